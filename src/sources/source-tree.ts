/** One shape for every place files come from: the files of a scanned tree, read safely, and a way to let go of it. */
import type { TargetInfo } from "../model.js";

export interface SourceTree {
  /** Absolute path of a directory holding the tree's files (for tools that need a folder: git, npm-packlist). */
  root: string;
  target: TargetInfo;
  /** The tree's regular files and what was left out, listed once (VCS and dependency folders are not walked). */
  list(): TreeListing;
  /** Reads a file of the tree, refusing anything that is not a regular file inside it; never throws. */
  read(path: string, options?: { maxBytes?: number }): ReadResult;
  /** Removes anything the source created (a temp extraction); safe to call twice. */
  close(): Promise<void>;
}

/** An entry of the tree that was not listed, with the reason, for the report's skipped list. */
export interface LeftOut {
  path: string;
  reason: string;
}

export interface TreeListing {
  /** Posix paths relative to the root, sorted; symbolic links to files inside the tree included. */
  files: string[];
  /** FIFOs, devices, sockets, links that leave the tree, names that are not UTF-8, unreadable folders. */
  leftOut: LeftOut[];
  /** Set when the walk stopped at the file-count limit: the rest of the tree was not listed. */
  truncated?: string;
}

export type ReadFailure = "missing" | "outside" | "not-a-file" | "too-large" | "budget" | "unreadable";

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; failure: ReadFailure; reason: string };

export interface TreeLimits {
  /** Most files listed. */
  maxFiles: number;
  /** Largest file `read` returns unless the caller asks for less (or more). */
  maxFileBytes: number;
  /** Most bytes read across the whole tree; later reads fail with "budget". */
  maxTreeBytes: number;
  /** Deepest folder nesting walked. */
  maxDepth: number;
}

export const DEFAULT_TREE_LIMITS: TreeLimits = {
  maxFiles: 20_000,
  maxFileBytes: 64 * 1024 * 1024,
  maxTreeBytes: 256 * 1024 * 1024,
  maxDepth: 48,
};

/** The text of a file, or undefined when it does not exist; any other failure is returned for the caller to report. */
export function readTreeText(tree: Pick<SourceTree, "read">, path: string, options?: { maxBytes?: number }): { text?: string; failure?: Extract<ReadResult, { ok: false }> } {
  const result = tree.read(path, options);
  if (result.ok) return { text: result.bytes.toString("utf8") };
  return result.failure === "missing" ? {} : { failure: result };
}

/** True when something is at `path` in the tree (a file, or anything the reader refuses); reads no content. */
export function treeHas(tree: Pick<SourceTree, "read">, path: string): boolean {
  const result = tree.read(path, { maxBytes: 0 });
  return result.ok || result.failure !== "missing";
}
