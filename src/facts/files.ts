/** Lists and reads the text files of a tree that rules look at, honouring paths-ignore. */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { minimatch } from "minimatch";
import type { SourceFile } from "../model.js";

const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", ".hg", ".svn", "coverage", ".next", ".turbo", ".cache"]);
const TEXT_EXTENSIONS = new Set([
  ".js", ".cjs", ".mjs", ".jsx", ".ts", ".cts", ".mts", ".tsx", ".py", ".json", ".md", ".yml", ".yaml",
  ".toml", ".sh", ".txt", ".env", ".cfg", ".ini",
]);
const MAX_FILE_BYTES = 6 * 1024 * 1024;
const MAX_FILES = 20_000;

/** Every file path below root (posix, relative), skipping VCS and dependency folders; symlinks are not followed. */
export function listTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path.join(dir, entry.name), rel);
      } else if (entry.isFile()) {
        out.push(rel);
      }
    }
  };
  walk(root, "");
  return out;
}

export function isIgnoredPath(relativePath: string, pathsIgnore: readonly string[]): boolean {
  return pathsIgnore.some((pattern) => minimatch(relativePath, pattern, { dot: true, matchBase: !pattern.includes("/") }));
}

/** Reads the text files rules need; binary files, huge files and ignored paths are left out. */
export function readSourceFiles(root: string, paths: readonly string[], pathsIgnore: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  for (const rel of paths) {
    const ext = path.extname(rel).toLowerCase();
    const base = path.basename(rel);
    if (!TEXT_EXTENSIONS.has(ext) && !base.startsWith(".env") && base !== "Dockerfile" && base !== "binding.gyp") continue;
    if (isIgnoredPath(rel, pathsIgnore)) continue;
    const full = path.join(root, rel);
    const stat = lstatSync(full);
    if (stat.size > MAX_FILE_BYTES) continue;
    const buffer = readFileSync(full);
    if (buffer.includes(0)) continue;
    files.push({ path: rel, text: buffer.toString("utf8") });
  }
  return files;
}
