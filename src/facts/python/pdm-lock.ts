/** Reads pdm.lock: packages with their groups, files' hashes and git/url/path sources. */
import type { LockedPackage, PythonLockfile } from "../../model.js";
import { distribution, pypiPackage } from "./locked-package.js";
import { lineAt, tableHeaderOffsets } from "./names.js";
import { parseTomlFile, strings, table, tables, text } from "./toml.js";

export function parsePdmLock(source: string, file: string): PythonLockfile {
  const doc = parseTomlFile(source, file);
  const offsets = tableHeaderOffsets(source, "[[package]]");
  const packages: LockedPackage[] = tables(doc["package"]).map((raw, i) => {
    const name = text(raw["name"]) ?? "";
    const version = text(raw["version"]) ?? "";
    const at = offsets[i] !== undefined ? { line: lineAt(source, offsets[i]!) } : {};
    const distributions = tables(raw["files"]).flatMap((f) => {
      const filename = text(f["file"]) ?? text(f["url"]);
      return filename ? [distribution(filename.split("/").pop()!, { ...(text(f["url"]) ? { url: text(f["url"])! } : {}), ...(text(f["hash"]) ? { hash: text(f["hash"])! } : {}) })] : [];
    });
    const groups = strings(raw["groups"]);
    const flags = { ...(groups.length > 0 && !groups.includes("default") ? { dev: true } : {}), ...at };
    const withFiles = distributions.length > 0 ? { distributions } : {};
    const git = text(raw["git"]);
    if (git) {
      const revision = text(raw["revision"]) ?? text(raw["ref"]);
      return pypiPackage(name, version, "git", file, { resolved: revision ? `git+${git}@${revision}` : `git+${git}`, ...flags });
    }
    const url = text(raw["url"]);
    if (url) return pypiPackage(name, version, "tarball", file, { resolved: url, ...withFiles, ...flags });
    const local = text(raw["path"]);
    if (local) return pypiPackage(name, version, "file", file, { resolved: local, ...withFiles, ...flags });
    return pypiPackage(name, version, "registry", file, { ...withFiles, ...flags });
  });
  const lockfile: PythonLockfile = { kind: "pdm", path: file, packages, indexes: [] };
  const version = text(table(doc["metadata"])["lock_version"]);
  if (version) lockfile.formatVersion = version;
  return lockfile;
}
