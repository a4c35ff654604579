/** npm's own package.json normalisation (@npmcli/package-json "prepare"), so a manifest compares as npm publish saw it. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PackageJson from "@npmcli/package-json";
import type { PackageJson as PackageJsonData } from "../model.js";

// "gitHead" reads the surrounding git checkout, which says nothing about the package's contents.
const PUBLISH_STEPS = PackageJson.prepareSteps.filter((step: string) => step !== "gitHead");
// Steps that need no files: the source tree may not have built the files that bin points to yet.
const FILELESS_STEPS = ["_attributes", "bundledDependencies", "bundleDependencies", "bundleDependenciesDeleteFalse", "scriptpath", "bin", "normalizeData"];

/**
 * Normalises `data` as npm publish does for a package whose files are in `dir` (gypfile, server.js, bin
 * references are resolved against them). The file at dir/package.json is replaced for the run and restored by the caller.
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

/** The steps of normalisation that do not depend on the package's files (bin shape and paths, script paths, dependency fields). */
export async function normaliseShape(data: PackageJsonData): Promise<PackageJsonData> {
  const dir = mkdtempSync(path.join(tmpdir(), "mcp-trust-manifest-"));
  try {
    writeFileSync(path.join(dir, "package.json"), JSON.stringify(data));
    const pkg = await PackageJson.load(dir);
    await pkg.prepare({ steps: FILELESS_STEPS, root: dir });
    return stripSymbols(pkg.content as PackageJsonData);
  } catch {
    return structuredClone(data);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function stripSymbols(data: PackageJsonData): PackageJsonData {
  return JSON.parse(JSON.stringify(data)) as PackageJsonData;
}
