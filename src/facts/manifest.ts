/** Reads a tree's package.json into a Manifest; malformed JSON is a UserError with the line. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { UserError, parseJsonFile } from "../errors.js";
import type { JsonFile, Manifest, PackageJson } from "../model.js";

export function readManifest(root: string, relativePath = "package.json"): Manifest | undefined {
  const full = path.join(root, relativePath);
  if (!existsSync(full)) return undefined;
  const text = readFileSync(full, "utf8");
  return parseManifest(text, relativePath);
}

export function parseManifest(text: string, relativePath: string): Manifest {
  const data = parseJsonFile<unknown>(text, relativePath);
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new UserError("package.json must hold a JSON object", { file: relativePath, line: 1 });
  return { path: relativePath, text, data: data as PackageJson };
}

export { jsonKeyLine } from "../json-key-line.js";

/** Reads a JSON object file of the tree (server.json); malformed JSON is a UserError with the line. */
export function readJsonFile(root: string, relativePath: string): JsonFile | undefined {
  const full = path.join(root, relativePath);
  if (!existsSync(full)) return undefined;
  const text = readFileSync(full, "utf8");
  const data = parseJsonFile<unknown>(text, relativePath);
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new UserError("must hold a JSON object", { file: relativePath, line: 1 });
  return { path: relativePath, text, data: data as Record<string, unknown> };
}
