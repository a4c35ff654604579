/**
 * The safe reader of a scanned folder, behind every SourceTree: regular files only, symbolic links followed only
 * when they resolve inside the tree, no FIFO, socket or device ever opened, size caps per file and per tree, a
 * file-count cap, and names that are not UTF-8 left out with a reason instead of crashing the walk.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import type { TargetInfo } from "../model.js";
import { DEFAULT_TREE_LIMITS, type LeftOut, type ReadResult, type SourceTree, type TreeLimits, type TreeListing } from "./source-tree.js";

/** Folders no rule reads: version control and installed dependencies. */
export const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", ".hg", ".svn", "coverage", ".next", ".turbo", ".cache"]);

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
// O_NONBLOCK: opening a FIFO that slipped past the checks returns at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

export function directoryTree(root: string, target: TargetInfo, close: () => Promise<void>, limits: Partial<TreeLimits> = {}): SourceTree {
  const reader = new DirectoryTree(path.resolve(root), target, close, { ...DEFAULT_TREE_LIMITS, ...limits });
  // Own properties, not prototype methods: callers copy trees with a spread (`{ ...tree, target }`).
  return { root: reader.root, target, close, list: () => reader.list(), read: (relative, options) => reader.read(relative, options) };
}

class DirectoryTree implements SourceTree {
  private listing: TreeListing | undefined;
  private bytesRead = 0;
  private realRoot: string | undefined;

  constructor(
    readonly root: string,
    readonly target: TargetInfo,
    readonly close: () => Promise<void>,
    private readonly limits: TreeLimits,
  ) {}

  list(): TreeListing {
    this.listing ??= this.walk();
    return this.listing;
  }

  read(relative: string, options: { maxBytes?: number } = {}): ReadResult {
    const inside = confinedPath(relative);
    if (inside === undefined) return { ok: false, failure: "outside", reason: "the path leaves the tree" };
    const resolved = this.resolve(inside);
    if (!resolved.ok) return resolved;
    const maxBytes = options.maxBytes ?? this.limits.maxFileBytes;
    const stats = resolved.stats;
    if (stats.isDirectory()) return { ok: false, failure: "not-a-file", reason: "is a folder where a file was expected" };
    if (!stats.isFile()) return { ok: false, failure: "not-a-file", reason: `is ${specialKind(stats)}, not a regular file` };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    if (this.bytesRead + stats.size > this.limits.maxTreeBytes) return overBudget(this.limits.maxTreeBytes);
    const read = readRegularFile(resolved.real, maxBytes);
    if (read.ok) this.bytesRead += read.bytes.length;
    return read;
  }

  private rootReal(): string {
    if (this.realRoot === undefined) {
      try {
        this.realRoot = realpathSync(this.root);
      } catch {
        this.realRoot = this.root;
      }
    }
    return this.realRoot;
  }

  /** Where a tree path really is, refused when it (or a folder on the way) is a link that leaves the tree. */
  private resolve(inside: string): { ok: true; real: string; stats: Stats } | Extract<ReadResult, { ok: false }> {
    const full = path.join(this.root, inside);
    let real: string;
    try {
      real = realpathSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ELOOP") return { ok: false, failure: "outside", reason: "is a symbolic link loop" };
      if (code === "EACCES") return { ok: false, failure: "unreadable", reason: "could not be read (permission denied)" };
      if (lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) return { ok: false, failure: "outside", reason: "is a broken symbolic link" };
      return { ok: false, failure: "missing", reason: "does not exist" };
    }
    const rootReal = this.rootReal();
    if (real !== rootReal && !real.startsWith(rootReal + path.sep)) return { ok: false, failure: "outside", reason: "is a symbolic link that leaves the tree" };
    try {
      return { ok: true, real, stats: statSync(real) };
    } catch {
      return { ok: false, failure: "unreadable", reason: "could not be read" };
    }
  }

  private walk(): TreeListing {
    const files: string[] = [];
    const leftOut: LeftOut[] = [];
    let truncated: string | undefined;
    const { maxFiles, maxDepth } = this.limits;
    const visit = (dir: string, prefix: string, depth: number): void => {
      if (truncated) return;
      if (depth > maxDepth) {
        leftOut.push({ path: prefix, reason: `folders nested more than ${maxDepth} deep were not read` });
        return;
      }
      let entries: Dirent<Buffer>[];
      try {
        entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
      } catch (error) {
        leftOut.push({ path: prefix || ".", reason: `folder could not be read (${(error as NodeJS.ErrnoException).code ?? "error"})` });
        return;
      }
      entries.sort((a, b) => Buffer.compare(a.name, b.name));
      for (const entry of entries) {
        const name = decodeName(entry.name);
        if (typeof name !== "string") {
          leftOut.push({ path: joinPosix(prefix, printableName(entry.name)), reason: name.reason });
          continue;
        }
        const rel = joinPosix(prefix, name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(name)) visit(path.join(dir, name), rel, depth + 1);
        } else if (entry.isFile()) {
          files.push(rel);
        } else if (entry.isSymbolicLink()) {
          const resolved = this.resolve(rel);
          if (!resolved.ok) leftOut.push({ path: rel, reason: resolved.reason });
          else if (resolved.stats.isFile()) files.push(rel);
          else if (resolved.stats.isDirectory()) leftOut.push({ path: rel, reason: "is a symbolic link to a folder (not followed)" });
          else leftOut.push({ path: rel, reason: `is a symbolic link to ${specialKind(resolved.stats)}` });
        } else {
          leftOut.push({ path: rel, reason: `is ${direntKind(entry)}, not a regular file` });
        }
        if (files.length >= maxFiles) {
          truncated = `the tree has more than ${maxFiles.toLocaleString("en-US")} files: the rest were not read`;
          return;
        }
      }
    };
    visit(this.root, "", 0);
    return { files, leftOut, ...(truncated ? { truncated } : {}) };
  }
}

/**
 * Reads a regular file at an absolute path: opened without following a last link and without blocking, checked
 * again on the open descriptor, and read up to `maxBytes` + 1 bytes, so a file swapped for a FIFO or a device
 * (or one that grows while read) can neither hang nor grow the process.
 */
export function readRegularFile(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, failure: "missing", reason: "does not exist" };
    if (code === "ELOOP") return { ok: false, failure: "outside", reason: "is a symbolic link" };
    if (code === "EISDIR") return { ok: false, failure: "not-a-file", reason: "is a folder where a file was expected" };
    return { ok: false, failure: "unreadable", reason: `could not be read (${code ?? "error"})` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, failure: "not-a-file", reason: "is a folder where a file was expected" };
    if (!stats.isFile()) return { ok: false, failure: "not-a-file", reason: `is ${specialKind(stats)}, not a regular file` };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew past its size at open: one byte past the cap is enough to refuse it.
        if (length > maxBytes) return tooLarge(length, maxBytes);
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return tooLarge(length, maxBytes);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, failure: "unreadable", reason: `could not be read (${code ?? "error"})` };
  } finally {
    closeSync(fd);
  }
}

/** A tree path as posix, relative and inside the tree, or undefined when it is absolute or climbs out. */
export function confinedPath(relative: string): string | undefined {
  if (relative.includes("\0")) return undefined;
  const posix = relative.replace(/\\/g, "/");
  if (posix.startsWith("/") || /^[A-Za-z]:/.test(posix)) return undefined;
  const normal = path.posix.normalize(posix);
  if (normal === ".." || normal.startsWith("../")) return undefined;
  return normal === "." ? "" : normal.replace(/\/$/, "");
}

function tooLarge(size: number, maxBytes: number): Extract<ReadResult, { ok: false }> {
  return { ok: false, failure: "too-large", reason: `is over the ${sizeText(maxBytes)} read limit${size > maxBytes ? ` (${sizeText(size)})` : ""}` };
}

function overBudget(maxTreeBytes: number): Extract<ReadResult, { ok: false }> {
  return { ok: false, failure: "budget", reason: `was not read: the scan already read ${sizeText(maxTreeBytes)} of this tree, the most it reads` };
}

export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isDirectory()) return "a folder";
  return "not a regular file";
}

function direntKind(entry: Dirent<Buffer>): string {
  if (entry.isFIFO()) return "a FIFO";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "an unknown kind of entry";
}

/** A file name as a string, or why it is left out: not UTF-8, or holding control characters (which would garble a terminal). */
function decodeName(raw: Buffer): string | { reason: string } {
  let name: string;
  try {
    name = STRICT_UTF8.decode(raw);
  } catch {
    return { reason: "has a name that is not valid UTF-8" };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return { reason: "has a name with control characters" };
  return name;
}

/** A name safe to print: invalid bytes as U+FFFD, control characters escaped. */
export function printableName(raw: Buffer | string): string {
  const text = typeof raw === "string" ? raw : raw.toString("utf8");
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

function joinPosix(prefix: string, name: string): string {
  return prefix ? `${prefix}/${name}` : name;
}

/** A tree given as itself or as a folder path (tests and tools that hold only a path). */
export function treeOf(rootOrTree: string | SourceTree): SourceTree {
  return typeof rootOrTree === "string" ? directoryTree(rootOrTree, { kind: "directory", label: rootOrTree }, async () => {}) : rootOrTree;
}
