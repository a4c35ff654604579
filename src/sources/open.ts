/** Picks the source for a scan target: `npm:<spec>`, `pypi:<spec>` or a directory. */
import type { PypiClient } from "../facts/python/pypi-client.js";
import { isNpmTarget, openNpmPackage, type NpmSourceOptions } from "./npm.js";
import { openDirectory } from "./local.js";
import { isPypiTarget, openPypiPackage } from "./pypi.js";
import type { SourceTree } from "./source-tree.js";

export async function openSource(target: string, options: NpmSourceOptions & { pypi?: PypiClient } = {}): Promise<SourceTree> {
  if (isPypiTarget(target)) return openPypiPackage(target, { ...(options.pypi ? { client: options.pypi } : {}), ...(options.offline ? { offline: true } : {}) });
  return isNpmTarget(target) ? openNpmPackage(target, options) : openDirectory(target);
}
