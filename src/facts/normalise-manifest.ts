/** npm's own package.json normalisation (@npmcli/package-json "prepare"), so a manifest compares as npm publish saw it. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import PackageJson from "@npmcli/package-json";
import type { PackageJson as PackageJsonData } from "../model.js";

// "gitHead" reads the surrounding git checkout, which says nothing about the package's contents.
const PUBLISH_STEPS = PackageJson.prepareSteps.filter((step: string) => step !== "gitHead");

/**
 * Normalises `data` as npm publish does for a package whose files are in `dir` (gypfile, server.js, bin
 * references are resolved against them). It overwrites dir/package.json: dir is a scratch folder.
 */
export async function normaliseForPublish(data: PackageJsonData, dir: string): Promise<PackageJsonData> {
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(data));
  try {
    const pkg = await PackageJson.load(dir);
    await pkg.prepare({ steps: PUBLISH_STEPS, root: dir });
    return stripSymbols(pkg.content as PackageJsonData);
  } catch {
    return structuredClone(data);
  }
}

function stripSymbols(data: PackageJsonData): PackageJsonData {
  return JSON.parse(JSON.stringify(data)) as PackageJsonData;
}
