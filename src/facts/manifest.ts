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

/** 1-based line of the first `"key"` in a JSON text at or after a parent key, for annotations. */
export function jsonKeyLine(text: string, key: string, parentKey?: string): number | undefined {
  let from = 0;
  if (parentKey) {
    const parent = text.indexOf(JSON.stringify(parentKey) + ":");
    const parentLoose = parent >= 0 ? parent : text.search(new RegExp(`${escapeRegExp(JSON.stringify(parentKey))}\\s*:`));
    if (parentLoose < 0) return undefined;
    from = parentLoose;
  }
  const match = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`).exec(text.slice(from));
  if (!match) return undefined;
  return text.slice(0, from + match.index).split("\n").length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

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
