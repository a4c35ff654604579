/** Reads poetry.lock (lock-version 1.x and 2.x): packages, their files' hashes, sources and dependency groups. */
import type { LockedPackage, PythonLockfile } from "../../model.js";
import { distribution, pypiPackage } from "./locked-package.js";
import { lineAt, normalisePythonName, tableHeaderOffsets } from "./names.js";
import { parseTomlFile, strings, table, tables, text } from "./toml.js";

export function parsePoetryLock(source: string, file: string): PythonLockfile {
  const doc = parseTomlFile(source, file);
  const offsets = tableHeaderOffsets(source, "[[package]]");
  const metadata = table(doc["metadata"]);
  // Lock-version 1.x kept the hashes in [metadata.files] keyed by name.
  const legacyFiles = table(metadata["files"]);
  const packages: LockedPackage[] = tables(doc["package"]).map((raw, i) => {
    const name = text(raw["name"]) ?? "";
    const version = text(raw["version"]) ?? "";
    const at = offsets[i] !== undefined ? { line: lineAt(source, offsets[i]!) } : {};
    const files = [...tables(raw["files"]), ...tables(legacyFiles[name] ?? legacyFiles[normalisePythonName(name)])];
    const distributions = files.flatMap((f) => {
      const filename = text(f["file"]);
      return filename ? [distribution(filename, { ...(text(f["hash"]) ? { hash: text(f["hash"])! } : {}) })] : [];
    });
    // Poetry 2 lists the groups a package is in; 1.x wrote a single category.
    const groups = strings(raw["groups"]);
    const category = text(raw["category"]);
    const dev = groups.length > 0 ? !groups.includes("main") : category === "dev";
    const flags = { ...(dev ? { dev: true } : {}), ...(raw["optional"] === true ? { optional: true } : {}), ...at };
    const src = table(raw["source"]);
    const type = text(src["type"]);
    const url = text(src["url"]);
    const withFiles = distributions.length > 0 ? { distributions } : {};
    if (type === "git" && url) {
      const commit = text(src["resolved_reference"]) ?? text(src["reference"]);
      return pypiPackage(name, version, "git", file, { resolved: commit ? `git+${url}@${commit}` : `git+${url}`, ...flags });
    }
    if (type === "url" && url) return pypiPackage(name, version, "tarball", file, { resolved: url, ...withFiles, ...flags });
    // A path dependency: non-registry-source judges whether it leaves the repository.
    if ((type === "file" || type === "directory") && url) return pypiPackage(name, version, "file", file, { resolved: url, ...withFiles, ...flags });
    // "legacy" is a private or secondary index; no source table means PyPI.
    return pypiPackage(name, version, "registry", file, { ...(url ? { resolved: url } : {}), ...withFiles, ...flags });
  });
  const lockfile: PythonLockfile = { kind: "poetry", path: file, packages, indexes: [] };
  const version = text(metadata["lock-version"]);
  if (version) lockfile.formatVersion = version;
  return lockfile;
}
