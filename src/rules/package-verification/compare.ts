/** The per-file and file-set rungs of the ladder, computed once per Snapshot from the published entries and the source's pack (pure). */
import path from "node:path";
import type { BuildOutput, PackedSource, PackedSourceFile, PublishedPackage, Snapshot, TarballEntry } from "../../model.js";

export interface BuiltFile {
  path: string;
  /** The source file it is built from, or the build that writes it. */
  from: string;
}

export interface SourceComparison {
  /** Tarball files byte-identical to the source file at the same path. */
  identical: string[];
  /** Tarball files that are build output, matched to their source instead of compared byte for byte. */
  built: BuiltFile[];
  /** Tarball files whose source counterpart differs. */
  contentMismatch: { entry: TarballEntry; source: PackedSourceFile }[];
  /** Tarball files with no source counterpart that no declared build produces. */
  extra: TarballEntry[];
  /** Files npm would pack from the source (for a wheel: modules of its package folders) that the published file lacks. */
  missing: { path: string }[];
}

const cache = new WeakMap<Snapshot, SourceComparison | undefined>();

/** The comparison, or undefined when there is nothing to compare (no published package, no source pack, or the source is the tarball). */
export function sourceComparison(snapshot: Snapshot): SourceComparison | undefined {
  if (cache.has(snapshot)) return cache.get(snapshot);
  const { published, packedSource } = snapshot;
  const result = published && packedSource && !published.sourceIsTarball ? compare(published, packedSource) : undefined;
  cache.set(snapshot, result);
  return result;
}

function compare(published: PublishedPackage, source: PackedSource): SourceComparison {
  const sourceFiles = new Map(source.files.map((f) => [f.path, f]));
  const allPaths = new Set(source.allPaths);
  const result: SourceComparison = { identical: [], built: [], contentMismatch: [], extra: [], missing: [] };
  const tarballFiles = new Set<string>();
  for (const entry of published.entries) {
    if (entry.type !== "file" || entry.unsafe) continue;
    tarballFiles.add(entry.path);
    // npm rewrites nothing in package.json, but it is judged field by field by the manifest rules.
    if (entry.path === "package.json") continue;
    const from = buildSourceOf(entry.path, source.buildOutputs, allPaths);
    const counterpart = sourceFiles.get(entry.path);
    if (from) result.built.push({ path: entry.path, from });
    else if (!counterpart) result.extra.push(entry);
    else if (counterpart.sha512 === entry.sha512) result.identical.push(entry.path);
    else result.contentMismatch.push({ entry, source: counterpart });
  }
  for (const file of source.files) {
    if (file.packed && !tarballFiles.has(file.path) && file.path !== "package.json") result.missing.push(file);
  }
  return result;
}

const OUTPUT_SUFFIXES = [".d.ts.map", ".d.mts.map", ".d.cts.map", ".js.map", ".mjs.map", ".cjs.map", ".d.ts", ".d.mts", ".d.cts", ".js", ".mjs", ".cjs", ".jsx"];
const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts"];
const SOURCE_EXTENSIONS_WITH_JS = [...SOURCE_EXTENSIONS, ".js", ".jsx", ".mjs", ".cjs"];

/** The source a build output comes from: a TypeScript sibling, tsc's rootDir counterpart, or a bundler's output folder. */
export function buildSourceOf(file: string, outputs: readonly BuildOutput[], allPaths: ReadonlySet<string>): string | undefined {
  const suffix = OUTPUT_SUFFIXES.find((s) => file.endsWith(s));
  if (suffix) {
    const stem = file.slice(0, -suffix.length);
    // tsc without outDir writes next to the source: index.ts → index.js.
    const sibling = SOURCE_EXTENSIONS.map((ext) => stem + ext).find((candidate) => allPaths.has(candidate));
    if (sibling) return sibling;
  }
  for (const output of outputs) {
    if (!output.outDir || !file.startsWith(`${output.outDir}/`)) continue;
    const inner = file.slice(output.outDir.length + 1);
    if (output.tool === "bundler") return `the build that writes ${output.outDir}/`;
    const roots = output.rootDir !== undefined ? [output.rootDir] : ["src", ""];
    for (const root of roots) {
      const base = root ? `${root}/` : "";
      if (allPaths.has(base + inner) && base + inner !== file) return base + inner;
      if (!suffix) continue;
      const stem = base + inner.slice(0, -suffix.length);
      // allowJs copies .js sources through; declaration maps and .d.ts come from the same .ts.
      const source = SOURCE_EXTENSIONS_WITH_JS.map((ext) => stem + ext).find((candidate) => allPaths.has(candidate) && candidate !== file);
      if (source) return source;
    }
  }
  return undefined;
}

const CODE_EXTENSIONS = new Set([".js", ".cjs", ".mjs", ".node", ".sh", ".exe", ".dll", ".so", ".dylib", ".wasm", ".bin", ".bat", ".cmd", ".ps1", ".py", ".pyc", ".pyo", ".pyd"]);

/** Code or a binary: what runs (high); anything else in a tarball is data (low). */
export function isCodeFile(entry: Pick<TarballEntry, "path" | "mode">): boolean {
  const ext = path.posix.extname(entry.path).toLowerCase();
  if (CODE_EXTENSIONS.has(ext)) return true;
  return ext === "" && (entry.mode & 0o111) !== 0;
}

/** The package's bin targets, normalised the way npm does (no leading ./). */
export function binPaths(snapshot: Snapshot): Set<string> {
  const manifest = snapshot.published?.tarballManifestNormalised ?? snapshot.published?.registryManifest;
  const bin = manifest?.bin;
  const values = typeof bin === "string" ? [bin] : bin && typeof bin === "object" ? Object.values(bin) : [];
  return new Set(values.filter((v): v is string => typeof v === "string").map((v) => path.posix.normalize(v).replace(/^\.\//, "")));
}
