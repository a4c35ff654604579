/** Lists and reads the text files of a tree that rules look at, through the tree's safe reader, honouring paths-ignore. */
import path from "node:path";
import { minimatch } from "minimatch";
import { sparseSource } from "../analysis/oversized-source.js";
import { guardLanguageOf } from "../analysis/parse-guard.js";
import type { Skipped, SourceFile, UnanalysedFile } from "../model.js";
import { sizeText } from "../sources/directory-tree.js";
import type { SourceTree, TreeListing } from "../sources/source-tree.js";
import { isTestOrExamplePath } from "../analysis/ast.js";

const TEXT_EXTENSIONS = new Set([
  ".js", ".cjs", ".mjs", ".jsx", ".ts", ".cts", ".mts", ".tsx", ".py", ".json", ".md", ".yml", ".yaml",
  ".toml", ".sh", ".txt", ".env", ".cfg", ".ini",
]);
/** The largest file the analysis reads whole; a larger source file is reported and read only in part. */
export const MAX_ANALYSED_FILE_BYTES = 6 * 1024 * 1024;
/** A larger JS/TS file is read up to this size and analysed in part (see analysis/oversized-source.ts). */
const MAX_OVERSIZED_FILE_BYTES = 64 * 1024 * 1024;
/** The largest top-level statement of an oversized file that is analysed. */
const MAX_OVERSIZED_STATEMENT_BYTES = 1024 * 1024;
/** Skipped entries listed one by one; the rest are counted in one more entry. */
const MAX_LISTED_SKIPS = 50;

export interface SourceRead {
  files: SourceFile[];
  /** Files that could not be read, and entries the listing left out. */
  skipped: Skipped[];
  /** Source files too large to analyse whole. */
  unanalysed: UnanalysedFile[];
}

export function isIgnoredPath(relativePath: string, pathsIgnore: readonly string[]): boolean {
  return pathsIgnore.some((pattern) => minimatch(relativePath, pattern, { dot: true, matchBase: !pattern.includes("/") }));
}

/** True for the files rules read as text: by extension, plus .env files, Dockerfile and binding.gyp. */
export function isTextPath(relativePath: string): boolean {
  const base = path.posix.basename(relativePath);
  return TEXT_EXTENSIONS.has(path.posix.extname(relativePath).toLowerCase()) || base.startsWith(".env") || base === "Dockerfile" || base === "binding.gyp";
}

/** Reads the text files rules need; binary files and ignored paths are left out, anything unreadable is reported. */
export function readSourceFiles(tree: SourceTree, pathsIgnore: readonly string[]): SourceRead {
  const listing = tree.list();
  const files: SourceFile[] = [];
  const skipped: Skipped[] = [];
  const unanalysed: UnanalysedFile[] = [];
  for (const rel of listing.files) {
    if (!isTextPath(rel) || isIgnoredPath(rel, pathsIgnore)) continue;
    const read = tree.read(rel, { maxBytes: MAX_ANALYSED_FILE_BYTES });
    if (read.ok) {
      if (read.bytes.includes(0)) continue;
      files.push({ path: rel, text: read.bytes.toString("utf8") });
      continue;
    }
    const language = guardLanguageOf(rel);
    if (read.failure === "too-large" && language !== undefined) {
      const partial = language === "python" ? undefined : readInPart(tree, rel, language);
      const detail = partial?.detail ?? `is over the ${sizeText(MAX_ANALYSED_FILE_BYTES)} the code analysis reads whole: it was not analysed`;
      if (partial) files.push(partial.file);
      unanalysed.push({ path: rel, reason: "too-large", detail, runtime: !isTestOrExamplePath(rel), ...(partial?.unfollowed.length ? { unfollowed: partial.unfollowed } : {}) });
      skipped.push({ check: `file ${rel}`, reason: detail, dimension: "code" });
      continue;
    }
    skipped.push({ check: `file ${rel}`, reason: read.reason, dimension: "code" });
  }
  skipped.push(...listingSkipped(listing, pathsIgnore));
  return { files, skipped: capped(skipped), unanalysed };
}

/**
 * An oversized JS/TS file: its top-level statements that hold imports, shell and eval calls or tool registrations,
 * analysed at their own lines (analysis/oversized-source.ts); undefined when even that cannot be read.
 */
function readInPart(tree: SourceTree, rel: string, language: "js" | "ts" | "tsx"): { file: SourceFile; detail: string; unfollowed: NonNullable<UnanalysedFile["unfollowed"]> } | undefined {
  const read = tree.read(rel, { maxBytes: MAX_OVERSIZED_FILE_BYTES });
  if (!read.ok || read.bytes.includes(0)) return undefined;
  const sparse = sparseSource(read.bytes.toString("utf8"), language, MAX_ANALYSED_FILE_BYTES, MAX_OVERSIZED_STATEMENT_BYTES);
  const detail =
    `is ${sizeText(read.bytes.length)}, over the ${sizeText(MAX_ANALYSED_FILE_BYTES)} the code analysis reads whole: ` +
    `${sparse.kept.toLocaleString("en-US")} of its ${sparse.statements.toLocaleString("en-US")} top-level statements were analysed ` +
    `(up to ${sizeText(MAX_OVERSIZED_STATEMENT_BYTES)} each, imports, shell and eval calls and tool registrations first)`;
  return { file: { path: rel, text: sparse.text }, detail, unfollowed: sparse.unfollowed };
}

/** What the listing left out (FIFOs, devices, links out of the tree, names that are not UTF-8) and whether it stopped early. */
function listingSkipped(listing: TreeListing, pathsIgnore: readonly string[]): Skipped[] {
  const skipped: Skipped[] = listing.leftOut
    .filter((entry) => !isIgnoredPath(entry.path, pathsIgnore))
    .map((entry) => ({ check: `file ${entry.path}`, reason: entry.reason, ...(isTextPath(entry.path) ? { dimension: "code" as const } : {}) }));
  if (listing.truncated) skipped.push({ check: "files", reason: listing.truncated, dimension: "code" });
  return skipped;
}

/** At most MAX_LISTED_SKIPS file entries, then one that counts the rest (a tree of 20,000 FIFOs must not flood the report). */
function capped(skipped: Skipped[]): Skipped[] {
  if (skipped.length <= MAX_LISTED_SKIPS) return skipped;
  const rest = skipped.slice(MAX_LISTED_SKIPS);
  const dimension = rest.find((s) => s.dimension)?.dimension;
  return [
    ...skipped.slice(0, MAX_LISTED_SKIPS),
    { check: "files", reason: `${rest.length.toLocaleString("en-US")} more files could not be read (not listed one by one)`, ...(dimension ? { dimension } : {}) },
  ];
}
