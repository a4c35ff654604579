/** Picks the source for a scan target: `npm:<spec>` or a directory. */
import { isNpmTarget, openNpmPackage, type NpmSourceOptions } from "./npm.js";
import { openDirectory } from "./local.js";
import type { SourceTree } from "./source-tree.js";

export async function openSource(target: string, options: NpmSourceOptions = {}): Promise<SourceTree> {
  return isNpmTarget(target) ? openNpmPackage(target, options) : openDirectory(target);
}
