/** Reads Pipfile.lock (pipenv, JSON): `default` and `develop` packages with their hashes, indexes and git/path sources. */
import { parseJsonFile } from "../../errors.js";
import type { LockedPackage, PythonIndex, PythonLockfile } from "../../model.js";
import { pypiPackage, sha256Of } from "./locked-package.js";
import { lineOf } from "./names.js";
import { exactVersion } from "./requirements.js";
import { normaliseSpecifier } from "../../pep508.js";

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const asText = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export function parsePipfileLock(source: string, file: string): PythonLockfile {
  const doc = asObject(parseJsonFile(source, file));
  const meta = asObject(doc["_meta"]);
  const indexes: PythonIndex[] = (Array.isArray(meta["sources"]) ? meta["sources"] : []).flatMap((s, i): PythonIndex[] => {
    const url = asText(asObject(s)["url"]);
    const name = asText(asObject(s)["name"]);
    const line = url ? lineOf(source, url) : undefined;
    return url ? [{ url, ...(name ? { name } : {}), role: i === 0 ? "default" : "extra", path: file, ...(line ? { line } : {}) }] : [];
  });
  const packages: LockedPackage[] = [];
  const developFrom = source.indexOf('"develop"');
  for (const section of ["default", "develop"] as const) {
    const from = section === "develop" ? Math.max(0, developFrom) : 0;
    for (const [name, value] of Object.entries(asObject(doc[section]))) {
      const entry = asObject(value);
      const line = lineOf(source, `"${name}": {`, from);
      const at = line ? { line } : {};
      const dev = section === "develop" ? { dev: true } : {};
      const git = asText(entry["git"]);
      const ref = asText(entry["ref"]);
      const version = exactVersion(normaliseSpecifier(asText(entry["version"]) ?? "")) ?? ref ?? "";
      if (git) {
        packages.push(pypiPackage(name, version, "git", file, { resolved: ref ? `git+${git}@${ref}` : `git+${git}`, direct: true, ...dev, ...at }));
        continue;
      }
      const local = asText(entry["path"]) ?? asText(entry["file"]);
      if (local) {
        packages.push(pypiPackage(name, version, /^https?:/.test(local) ? "tarball" : "file", file, { resolved: local, ...dev, ...at }));
        continue;
      }
      const hashes = (Array.isArray(entry["hashes"]) ? entry["hashes"] : []).map((h) => sha256Of(asText(h))).filter((h): h is string => h !== undefined);
      const index = asText(entry["index"]);
      const indexUrl = indexes.find((i) => i.name === index)?.url;
      packages.push(
        pypiPackage(name, version, "registry", file, {
          ...(indexUrl ? { resolved: indexUrl } : {}),
          ...(hashes.length > 0 ? { integrity: `sha256:${hashes[0]}` } : {}),
          ...dev,
          ...at,
        }),
      );
    }
  }
  const lockfile: PythonLockfile = { kind: "pipfile", path: file, packages, indexes };
  const spec = meta["pipfile-spec"];
  if (typeof spec === "number") lockfile.formatVersion = String(spec);
  return lockfile;
}
