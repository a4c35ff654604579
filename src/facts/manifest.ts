/** Reads a tree's package.json into a Manifest; malformed JSON or a field of the wrong type is a UserError with the line. */
import { UserError, parseJsonFile } from "../errors.js";
import { jsonKeyLine } from "../json-key-line.js";
import type { JsonFile, Manifest, PackageJson } from "../model.js";
import { treeOf } from "../sources/directory-tree.js";
import type { SourceTree } from "../sources/source-tree.js";

/** No package.json or server.json comes near this; a bigger one is refused rather than parsed. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/** The tree's package.json (or one at `relativePath`); undefined when there is none, a UserError when it cannot be read. */
export function readManifest(tree: SourceTree | string, relativePath = "package.json"): Manifest | undefined {
  const text = readTreeFile(treeOf(tree), relativePath);
  return text === undefined ? undefined : parseManifest(text, relativePath);
}

export function parseManifest(text: string, relativePath: string): Manifest {
  const data = parseJsonFile<unknown>(text, relativePath);
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new UserError("package.json must hold a JSON object", { file: relativePath, line: 1 });
  checkFieldTypes(data as Record<string, unknown>, text, relativePath);
  return { path: relativePath, text, data: data as PackageJson };
}

const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];

/**
 * The fields rules read must have the type npm gives them: `"dependencies": "lodash"` read as no dependencies would
 * be a silent pass, so it is an error naming the field and its line.
 */
function checkFieldTypes(data: Record<string, unknown>, text: string, file: string): void {
  const fail = (key: string, expected: string): never => {
    throw new UserError(`"${key}" must be ${expected}, not ${describe(data[key])}`, { file, line: jsonKeyLine(text, key) ?? 1 });
  };
  for (const key of [...DEPENDENCY_FIELDS, "scripts"]) {
    const value = data[key];
    if (value === undefined) continue;
    const what = key === "scripts" ? "an object of script names to commands" : "an object of package names to version specs";
    if (!isPlainObject(value)) fail(key, what);
    for (const [name, spec] of Object.entries(value as Record<string, unknown>)) {
      if (typeof spec !== "string")
        throw new UserError(`"${key}.${name}" must be a string, not ${describe(spec)}`, { file, line: jsonKeyLine(text, name, key) ?? jsonKeyLine(text, key) ?? 1 });
    }
  }
  for (const key of ["name", "version"]) if (data[key] !== undefined && typeof data[key] !== "string") fail(key, "a string");
  const bin = data["bin"];
  if (bin !== undefined && typeof bin !== "string" && !(isPlainObject(bin) && Object.values(bin).every((v) => typeof v === "string")))
    fail("bin", "a path or an object of command names to paths");
  const repository = data["repository"];
  if (repository !== undefined && typeof repository !== "string" && !isPlainObject(repository)) fail("repository", "a URL or an object with a url");
  const workspaces = data["workspaces"];
  if (workspaces !== undefined && !isStringList(workspaces) && !(isPlainObject(workspaces) && ((workspaces as { packages?: unknown }).packages === undefined || isStringList((workspaces as { packages?: unknown }).packages))))
    fail("workspaces", "a list of folder globs");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}

export { jsonKeyLine };

/** Reads a JSON object file of the tree (server.json); malformed JSON is a UserError with the line. */
export function readJsonFile(tree: SourceTree | string, relativePath: string): JsonFile | undefined {
  const text = readTreeFile(treeOf(tree), relativePath);
  if (text === undefined) return undefined;
  const data = parseJsonFile<unknown>(text, relativePath);
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new UserError("must hold a JSON object", { file: relativePath, line: 1 });
  return { path: relativePath, text, data: data as Record<string, unknown> };
}

/** A file the scan cannot do without: undefined when absent, a one-line UserError when it is there but cannot be read. */
export function readTreeFile(tree: SourceTree, relativePath: string, maxBytes = MAX_MANIFEST_BYTES): string | undefined {
  const read = tree.read(relativePath, { maxBytes });
  if (read.ok) return read.bytes.toString("utf8");
  if (read.failure === "missing") return undefined;
  throw new UserError(read.reason, { file: relativePath });
}
