/**
 * The per-file rung for a PyPI release: each file of its sdist and wheel matched with the source file it comes from
 * (an sdist holds the project folder as is; a wheel's packages sit at its top, mapped back through `src/` or the
 * package folder), generated metadata recognised as such, compiled extensions checked for a source to build them from (pure).
 */
import path from "node:path";
import type { PypiArchive, PypiArchiveEntry, PypiSourceFile, PypiSourceProject, Snapshot } from "../../model.js";
import type { SourceComparison } from "./compare.js";

/** Folders of a checkout that hold copies or build output, never the package's source. */
const NOT_SOURCE = new Set(["build", "dist", ".venv", "venv", ".tox", ".nox", "site-packages", "node_modules", "__pycache__", ".eggs"]);
const EXTENSION_MODULE = /\.(?:so|pyd|dylib|dll)$/i;
const NATIVE_SOURCE = /\.(?:c|cc|cpp|cxx|h|hpp|pyx|pxd|rs|go|f|f90|zig|py)$/i;
/** Folders auditwheel and delocate copy shared libraries into when they repair a wheel. */
const REPAIRED_LIBS = /^[^/]+\.libs\/|\.dylibs\//;

export interface ArchiveComparison {
  archive: PypiArchive;
  comparison: SourceComparison;
}

const cache = new WeakMap<Snapshot, ArchiveComparison[]>();

/** One comparison per release file read, except the file a pypi: target's tree was unpacked from (it is the source). */
export function pypiArchiveComparisons(snapshot: Snapshot): ArchiveComparison[] {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const published = snapshot.pypiPublished;
  const source = published?.source;
  const out: ArchiveComparison[] = [];
  if (published && source) {
    for (const archive of published.archives) {
      if (archive.refused || archive.filename === published.treeFile) continue;
      out.push({ archive, comparison: archive.kind === "sdist" ? compareSdist(archive, source) : compareWheel(archive, source) });
    }
  }
  cache.set(snapshot, out);
  return out;
}

function emptyComparison(): SourceComparison {
  return { identical: [], built: [], contentMismatch: [], extra: [], missing: [] };
}

/** An sdist is the project folder as the build backend collected it: each file at the same path, plus PKG-INFO and egg-info. */
function compareSdist(archive: PypiArchive, source: PypiSourceProject): SourceComparison {
  const result = emptyComparison();
  const files = new Map(source.files.map((f) => [f.path, f]));
  const rewritten = new Map(archive.rewritten.map((r) => [r.path, r.how]));
  const hasSetupPy = source.allPaths.includes("setup.py");
  for (const entry of archive.entries) {
    if (entry.type !== "file" || entry.unsafe) continue;
    if (entry.path === "PKG-INFO" || /^(?:[^/]+\/)*[^/]+\.egg-info\//.test(entry.path)) {
      result.built.push({ path: entry.path, from: "the core metadata the build backend writes" });
      continue;
    }
    const how = rewritten.get(entry.path);
    if (how) {
      result.built.push({ path: entry.path, from: how });
      continue;
    }
    // poetry-core writes a setup.py into sdists of projects that have none, for old installers.
    if (entry.path === "setup.py" && !hasSetupPy && /poetry/.test(source.manifest?.buildSystem?.backend ?? "")) {
      result.built.push({ path: entry.path, from: "the setup.py poetry-core generates for old installers" });
      continue;
    }
    judge(result, entry, entry.path, files, source);
  }
  return result;
}

/** A wheel holds the importable packages at its top, `.dist-info/` (generated) and `.data/` (scripts, headers, data files). */
function compareWheel(archive: PypiArchive, source: PypiSourceProject): SourceComparison {
  const result = emptyComparison();
  const files = new Map(source.files.map((f) => [f.path, f]));
  const installed = archive.entries.filter((e) => e.type === "file" && !e.unsafe && !/^[^/]+\.dist-info\//.test(e.path));
  for (const e of archive.entries) if (e.type === "file" && !e.unsafe && /^[^/]+\.dist-info\//.test(e.path)) result.built.push({ path: e.path, from: "the wheel's metadata the build backend writes" });

  const importPath = (e: PypiArchiveEntry): string => e.path.replace(/^[^/]+\.data\/(?:purelib|platlib)\//, "");
  const prefixes = topLevelPrefixes(installed.filter((e) => !/^[^/]+\.data\/(?:scripts|data|headers)\//.test(e.path)).map(importPath), source.allPaths);
  for (const entry of installed) {
    const scripts = /^[^/]+\.data\/scripts\/(.+)$/.exec(entry.path)?.[1];
    const other = /^[^/]+\.data\/(?:data|headers)\/(.+)$/.exec(entry.path)?.[1];
    let sourcePath: string | undefined;
    if (scripts !== undefined) sourcePath = bySuffix(scripts, source.allPaths, true);
    else if (other !== undefined) sourcePath = bySuffix(other, source.allPaths, false);
    else {
      const inner = importPath(entry);
      const prefix = prefixes.get(inner.split("/")[0]!);
      sourcePath = prefix === undefined ? undefined : prefix + inner;
    }
    if (scripts !== undefined && sourcePath !== undefined) {
      const counterpart = files.get(sourcePath);
      // Installers (and wheel builders) rewrite a script's #! line; the rest must be the source's.
      if (counterpart && entry.bodySha512 && counterpart.bodySha512 === entry.bodySha512 && counterpart.sha512 !== entry.sha512) {
        result.built.push({ path: entry.path, from: `${sourcePath}, with its #! line rewritten` });
        continue;
      }
    }
    judge(result, entry, sourcePath, files, source);
  }
  // Modules of a mapped package folder that the wheel lacks.
  const shipped = new Set(installed.map(importPath));
  for (const [top, prefix] of prefixes) {
    const folder = `${prefix}${top}/`;
    for (const file of source.allPaths) {
      if (!file.startsWith(folder) || !file.endsWith(".py") || isTestPath(file.slice(prefix.length))) continue;
      if (!shipped.has(file.slice(prefix.length)) && !source.generated.includes(file)) result.missing.push({ path: file });
    }
  }
  return result;
}

/** Sorts one archive file into identical, built, differing or extra against the source file it maps to. */
function judge(result: SourceComparison, entry: PypiArchiveEntry, sourcePath: string | undefined, files: ReadonlyMap<string, PypiSourceFile>, source: PypiSourceProject): void {
  if (sourcePath !== undefined && source.generated.includes(sourcePath)) {
    result.built.push({ path: entry.path, from: `the version file a build hook writes (${sourcePath})` });
    return;
  }
  if (EXTENSION_MODULE.test(entry.path)) {
    const from = extensionSource(entry.path, source);
    if (from) result.built.push({ path: entry.path, from });
    else result.extra.push(entry);
    return;
  }
  const counterpart = sourcePath === undefined ? undefined : files.get(sourcePath);
  if (!counterpart) {
    if (sourcePath !== undefined && source.allPaths.includes(sourcePath)) {
      // Listed but not digested (unreadable, past the read limits): nothing to claim either way.
      result.built.push({ path: entry.path, from: `${sourcePath} (not read)` });
      return;
    }
    result.extra.push(entry);
    return;
  }
  if (counterpart.sha512 === entry.sha512) result.identical.push(entry.path);
  else result.contentMismatch.push({ entry, source: { ...counterpart, path: counterpart.path } });
}

/** The source a compiled extension module is built from: a native file of its name, or the project's declared native build. */
function extensionSource(file: string, source: PypiSourceProject): string | undefined {
  const stem = path.posix.basename(file).split(".")[0]!;
  const named = source.allPaths.find((p) => NATIVE_SOURCE.test(p) && path.posix.basename(p).split(".")[0] === stem && !isNotSource(p));
  if (named && (source.nativeBuild || !named.endsWith(".py"))) return `${named}, compiled by ${source.nativeBuild ?? "the build"}`;
  if (!source.nativeBuild) return undefined;
  const natives = source.allPaths.filter((p) => NATIVE_SOURCE.test(p) && !p.endsWith(".py") && !isNotSource(p));
  if (natives.length === 0) return undefined;
  if (REPAIRED_LIBS.test(file)) return `a shared library the wheel repair tool copied in for ${source.nativeBuild}`;
  return `the native build (${source.nativeBuild}) of ${natives.slice(0, 2).join(", ")}${natives.length > 2 ? "…" : ""}`;
}

/**
 * Where each top-level package (or module) of the wheel sits in the source: the folder prefix most of its files are
 * found under (`src/`, `python/`, "" for a flat layout). A package found nowhere has no entry.
 */
export function topLevelPrefixes(importPaths: readonly string[], allPaths: readonly string[]): Map<string, string> {
  const bySuffixIndex = new Map<string, string[]>();
  for (const p of allPaths) {
    if (isNotSource(p)) continue;
    const base = path.posix.basename(p);
    bySuffixIndex.set(base, [...(bySuffixIndex.get(base) ?? []), p]);
  }
  const votes = new Map<string, Map<string, number>>();
  for (const inner of importPaths) {
    const top = inner.split("/")[0]!;
    for (const candidate of bySuffixIndex.get(path.posix.basename(inner)) ?? []) {
      if (candidate !== inner && !candidate.endsWith(`/${inner}`)) continue;
      const prefix = candidate.slice(0, candidate.length - inner.length);
      const counts = votes.get(top) ?? new Map<string, number>();
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
      votes.set(top, counts);
    }
  }
  const out = new Map<string, string>();
  for (const [top, counts] of votes) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]!;
    out.set(top, best[0]);
  }
  return out;
}

/** The one source file whose path ends with `inner` (by base name alone for scripts); undefined when none or several. */
function bySuffix(inner: string, allPaths: readonly string[], baseNameOnly: boolean): string | undefined {
  const matches = allPaths.filter((p) => !isNotSource(p) && (p === inner || p.endsWith(`/${inner}`) || (baseNameOnly && path.posix.basename(p) === path.posix.basename(inner))));
  if (matches.length === 0) return undefined;
  return matches.sort((a, b) => a.length - b.length)[0];
}

function isNotSource(p: string): boolean {
  return p.split("/").slice(0, -1).some((segment) => NOT_SOURCE.has(segment) || segment.endsWith(".egg-info"));
}

function isTestPath(inner: string): boolean {
  return inner.split("/").some((s) => s === "tests" || s === "test") || /(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$/.test(inner);
}
