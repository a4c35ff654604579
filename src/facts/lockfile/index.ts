/** Finds a project's lockfile and reads it with the parser for its format. */
import { UserError } from "../../errors.js";
import type { Lockfile, PackageJson } from "../../model.js";
import { treeOf } from "../../sources/directory-tree.js";
import { treeHas, type SourceTree } from "../../sources/source-tree.js";
import { readTreeFile } from "../manifest.js";
import { parseBunLockfile } from "./bun.js";
import { parseNpmLockfile } from "./npm.js";
import { parsePnpmLockfile } from "./pnpm.js";
import { parseYarnBerryLockfile } from "./yarn-berry.js";
import { parseYarnClassicLockfile } from "./yarn-classic.js";

export { parseBunLockfile, parseNpmLockfile, parsePnpmLockfile, parseYarnBerryLockfile, parseYarnClassicLockfile };
export { classifySource } from "./classify-source.js";

type LockfileParser = (text: string, path: string, manifest?: PackageJson) => Lockfile;

/** In the order package managers themselves prefer them: a shrinkwrap wins over package-lock.json. */
const LOCKFILES: ReadonlyArray<readonly [string, LockfileParser]> = [
  ["npm-shrinkwrap.json", parseNpmLockfile],
  ["package-lock.json", parseNpmLockfile],
  ["pnpm-lock.yaml", parsePnpmLockfile],
  ["yarn.lock", parseYarnLockfile],
  ["bun.lock", parseBunLockfile],
];

/** The largest lockfile read; big monorepos reach tens of megabytes. */
const MAX_LOCKFILE_BYTES = 96 * 1024 * 1024;

export function readLockfile(rootOrTree: string | SourceTree, manifest?: PackageJson): Lockfile | undefined {
  const tree = treeOf(rootOrTree);
  for (const [name, parse] of LOCKFILES) {
    const text = readTreeFile(tree, name, MAX_LOCKFILE_BYTES);
    if (text !== undefined) return parse(text, name, manifest);
  }
  if (treeHas(tree, "bun.lockb"))
    throw new UserError(
      "bun.lockb is bun's binary lockfile and cannot be read safely; run `bun install --save-text-lockfile` to write bun.lock and scan again",
      { file: "bun.lockb" },
    );
  return undefined;
}

/** yarn.lock is either yarn 1's own text format or, from yarn 2 on, YAML with a __metadata entry. */
export function parseYarnLockfile(text: string, path: string, manifest?: PackageJson): Lockfile {
  return /^__metadata:/m.test(text)
    ? parseYarnBerryLockfile(text, path, manifest)
    : parseYarnClassicLockfile(text, path, manifest);
}
