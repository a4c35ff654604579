/** A directory on disk as a SourceTree. */
import { statSync } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { directoryTree } from "./directory-tree.js";
import type { SourceTree } from "./source-tree.js";

export function openDirectory(dir: string): SourceTree {
  const root = path.resolve(dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    throw new UserError(`no such directory`, { file: dir });
  }
  if (!isDirectory) throw new UserError(`not a directory (give a directory or npm:<package>)`, { file: dir });
  return directoryTree(root, { kind: "directory", label: dir }, async () => {});
}
