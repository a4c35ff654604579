/** Reads uv.lock: every package with its source, files (hashes, upload times) and which are direct, dev-only or optional. */
import path from "node:path";
import type { LockedPackage, PythonLockfile } from "../../model.js";
import { distribution, fileNameOf, localPathSource, pypiPackage } from "./locked-package.js";
import { lineAt, normalisePythonName, tableHeaderOffsets } from "./names.js";
import { normaliseSpecifier } from "../../pep508.js";
import { isoTime, parseTomlFile, strings, table, tables, text, type TomlTable } from "./toml.js";

interface Edge {
  name: string;
  version?: string;
  extras: string[];
}

interface Entry {
  raw: TomlTable;
  name: string;
  version: string;
  line?: number;
  /** The project itself or a workspace member (editable/virtual source inside the tree). */
  own: boolean;
}

export function parseUvLock(source: string, file: string): PythonLockfile {
  const doc = parseTomlFile(source, file);
  const lockDir = path.posix.dirname(file) === "." ? "" : path.posix.dirname(file);
  const offsets = tableHeaderOffsets(source, "[[package]]");
  const entries: Entry[] = tables(doc["package"]).map((raw, i) => {
    const src = table(raw["source"]);
    const local = text(src["editable"]) ?? text(src["virtual"]);
    return {
      raw,
      name: normalisePythonName(text(raw["name"]) ?? ""),
      version: text(raw["version"]) ?? "",
      ...(offsets[i] !== undefined ? { line: lineAt(source, offsets[i]!) } : {}),
      own: local !== undefined && localPathSource(local, lockDir) === "workspace",
    };
  });
  const root = entries.find((e) => {
    const src = table(e.raw["source"]);
    return e.own && (text(src["editable"]) === "." || text(src["virtual"]) === ".");
  });
  const byName = new Map<string, Entry[]>();
  for (const e of entries) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  const resolve = (edge: Edge): Entry[] => (byName.get(edge.name) ?? []).filter((e) => edge.version === undefined || e.version === edge.version);

  const owners = entries.filter((e) => e.own);
  const required = closure(owners.flatMap((o) => edges(o.raw["dependencies"])), resolve);
  const optional = closure(owners.flatMap((o) => Object.values(table(o.raw["optional-dependencies"])).flatMap(edges)), resolve);
  const directNames = new Set(
    owners.flatMap((o) => [
      ...edges(o.raw["dependencies"]),
      ...Object.values(table(o.raw["optional-dependencies"])).flatMap(edges),
      ...Object.values(table(o.raw["dev-dependencies"])).flatMap(edges),
    ]).map((e) => e.name),
  );

  const packages: LockedPackage[] = [];
  for (const entry of entries) {
    if (entry === root) continue;
    const pkg = toPackage(entry, file);
    if (directNames.has(entry.name)) pkg.direct = true;
    if (!entry.own && !required.has(entry)) {
      if (optional.has(entry)) pkg.optional = true;
      else pkg.dev = true;
    }
    packages.push(pkg);
  }
  const lockfile: PythonLockfile = { kind: "uv", path: file, packages, indexes: [] };
  const version = doc["version"];
  if (typeof version === "number" || typeof version === "string") lockfile.formatVersion = String(version);
  if (root) lockfile.rootRequirements = rootRequirements(table(root.raw["metadata"]));
  return lockfile;
}

function edges(value: unknown): Edge[] {
  return tables(value).flatMap((dep) => {
    const name = text(dep["name"]);
    if (!name) return [];
    const version = text(dep["version"]);
    return [{ name: normalisePythonName(name), ...(version ? { version } : {}), extras: strings(dep["extra"]).map(normalisePythonName) }];
  });
}

/** Every entry reachable from the starting edges through dependencies (and the optional dependencies an edge's extras ask for). */
function closure(start: Edge[], resolve: (edge: Edge) => Entry[]): Set<Entry> {
  const seen = new Set<Entry>();
  const queue: Edge[] = [...start];
  while (queue.length > 0) {
    const edge = queue.pop()!;
    for (const entry of resolve(edge)) {
      const optionalDeps = table(entry.raw["optional-dependencies"]);
      const next = [...edges(entry.raw["dependencies"]), ...edge.extras.flatMap((extra) => edges(optionalDeps[extra]))];
      if (seen.has(entry)) {
        // Already visited, but this edge may ask for extras the first visit did not.
        if (edge.extras.length > 0) queue.push(...edge.extras.flatMap((extra) => edges(optionalDeps[extra])));
        continue;
      }
      seen.add(entry);
      queue.push(...next);
    }
  }
  return seen;
}

function toPackage(entry: Entry, file: string): LockedPackage {
  const src = table(entry.raw["source"]);
  const at = entry.line !== undefined ? { line: entry.line } : {};
  const sdist = table(entry.raw["sdist"]);
  const files = [...(Object.keys(sdist).length > 0 ? [sdist] : []), ...tables(entry.raw["wheels"])].flatMap((f) => {
    const url = text(f["url"]) ?? text(f["path"]) ?? text(f["filename"]);
    if (!url) return [];
    const uploadTime = isoTime(f["upload-time"]);
    return [distribution(text(f["filename"]) ?? fileNameOf(url), { url, ...(text(f["hash"]) ? { hash: text(f["hash"])! } : {}), ...(uploadTime ? { uploadTime } : {}) })];
  });
  const distributions = files.length > 0 ? { distributions: files } : {};
  if (text(src["registry"])) return pypiPackage(entry.name, entry.version, "registry", file, { resolved: text(src["registry"])!, ...distributions, ...at });
  if (text(src["git"])) return pypiPackage(entry.name, entry.version, "git", file, { resolved: text(src["git"])!, ...at });
  if (text(src["url"])) return pypiPackage(entry.name, entry.version, "tarball", file, { resolved: text(src["url"])!, ...distributions, ...at });
  // An editable or virtual member inside the tree is the project's own code; any other path is a path dependency.
  const member = text(src["editable"]) ?? text(src["virtual"]);
  if (member !== undefined) return pypiPackage(entry.name, entry.version, entry.own ? "workspace" : "file", file, { resolved: member, ...at });
  const local = text(src["path"]) ?? text(src["directory"]);
  if (local !== undefined) return pypiPackage(entry.name, entry.version, "file", file, { resolved: local, ...distributions, ...at });
  return pypiPackage(entry.name, entry.version, "unknown", file, { ...distributions, ...at });
}

/** `[package.metadata] requires-dist` and `requires-dev`: what the lockfile was resolved for. */
function rootRequirements(metadata: TomlTable): { name: string; specifier: string; group: string }[] {
  const out: { name: string; specifier: string; group: string }[] = [];
  const read = (list: unknown, group: string): void => {
    for (const dep of tables(list)) {
      const name = text(dep["name"]);
      if (!name) continue;
      // A requirement pinned to a git/url/path source records no specifier.
      const specifier = text(dep["specifier"]) ?? "";
      const marker = text(dep["marker"]) ?? "";
      const extra = /extra\s*==\s*['"]([^'"]+)['"]/.exec(marker)?.[1];
      out.push({ name: normalisePythonName(name), specifier: normaliseSpecifier(specifier), group: extra ? `extra:${normalisePythonName(extra)}` : group });
    }
  };
  read(metadata["requires-dist"], "dependencies");
  for (const [group, list] of Object.entries(table(metadata["requires-dev"]))) read(list, `group:${normalisePythonName(group)}`);
  return out;
}
