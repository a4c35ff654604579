/** Finds a project's lockfile and reads it with the parser for its format. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { UserError } from "../../errors.js";
import type { Lockfile, PackageJson } from "../../model.js";
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

export function readLockfile(root: string, manifest?: PackageJson): Lockfile | undefined {
  for (const [name, parse] of LOCKFILES) {
    const full = path.join(root, name);
    if (existsSync(full)) return parse(readFileSync(full, "utf8"), name, manifest);
  }
  if (existsSync(path.join(root, "bun.lockb")))
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
