/** One shape for every place files come from: a directory on disk that the scan reads, and a way to let go of it. */
import type { TargetInfo } from "../model.js";

export interface SourceTree {
  /** Absolute path of a directory holding the tree's files. */
  root: string;
  target: TargetInfo;
  /** Removes anything the source created (a temp extraction); safe to call twice. */
  close(): Promise<void>;
}
