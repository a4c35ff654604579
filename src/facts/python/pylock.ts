/** Reads PEP 751 lockfiles (pylock.toml, pylock.<name>.toml): packages with their sdist, wheels, archive, vcs or directory source. */
import type { LockedPackage, PythonDistribution, PythonLockfile } from "../../model.js";
import { distribution, fileNameOf, pypiPackage } from "./locked-package.js";
import { lineAt, tableHeaderOffsets } from "./names.js";
import { isoTime, parseTomlFile, table, tables, text, type TomlTable } from "./toml.js";

export function parsePylock(source: string, file: string): PythonLockfile {
  const doc = parseTomlFile(source, file);
  const offsets = tableHeaderOffsets(source, "[[packages]]");
  const packages: LockedPackage[] = tables(doc["packages"]).map((raw, i) => {
    const name = text(raw["name"]) ?? "";
    const version = text(raw["version"]) ?? "";
    const at = offsets[i] !== undefined ? { line: lineAt(source, offsets[i]!) } : {};
    // A package only some dependency groups install carries a marker naming them.
    const marker = text(raw["marker"]) ?? "";
    const flags = { ...(/dependency_groups/.test(marker) && !/extras/.test(marker) ? { dev: true } : {}), ...at };
    const vcs = table(raw["vcs"]);
    if (Object.keys(vcs).length > 0) {
      const url = text(vcs["url"]) ?? text(vcs["path"]) ?? "";
      const commit = text(vcs["commit-id"]);
      return pypiPackage(name, version, "git", file, { resolved: commit ? `git+${url}@${commit}` : `git+${url}`, ...flags });
    }
    const directory = table(raw["directory"]);
    if (text(directory["path"])) {
      const local = text(directory["path"])!;
      return pypiPackage(name, version, "file", file, { resolved: local, ...flags });
    }
    const archive = table(raw["archive"]);
    if (Object.keys(archive).length > 0) {
      const url = text(archive["url"]) ?? text(archive["path"]) ?? "";
      const files = [toDistribution(archive)].filter((d): d is PythonDistribution => d !== undefined);
      return pypiPackage(name, version, /^https?:/.test(url) ? "tarball" : "file", file, { resolved: url, ...(files.length ? { distributions: files } : {}), ...flags });
    }
    const files = [table(raw["sdist"]), ...tables(raw["wheels"])].map(toDistribution).filter((d): d is PythonDistribution => d !== undefined);
    const index = text(raw["index"]);
    return pypiPackage(name, version, "registry", file, { ...(index ? { resolved: index } : {}), ...(files.length ? { distributions: files } : {}), ...flags });
  });
  const lockfile: PythonLockfile = { kind: "pylock", path: file, packages, indexes: [] };
  const version = text(doc["lock-version"]);
  if (version) lockfile.formatVersion = version;
  return lockfile;
}

function toDistribution(entry: TomlTable): PythonDistribution | undefined {
  const url = text(entry["url"]) ?? text(entry["path"]);
  const filename = text(entry["name"]) ?? (url ? fileNameOf(url) : undefined);
  if (!filename) return undefined;
  const sha256 = text(table(entry["hashes"])["sha256"]);
  const uploadTime = isoTime(entry["upload-time"]);
  return distribution(filename, { ...(url ? { url } : {}), ...(sha256 ? { hash: `sha256:${sha256}` } : {}), ...(uploadTime ? { uploadTime } : {}) });
}
