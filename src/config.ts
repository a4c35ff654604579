/**
 * `.github/mcp-trust.yml` / `.mcp-trust.yml`: validated against schema/config.schema.json with ajv, every error at once,
 * each naming its key and line, in one message; then mapped onto the Config defaults.
 */
import { readFileSync } from "node:fs";
import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node, type Pair } from "yaml";
import { dataNestingTooDeep } from "./analysis/data-nesting.js";
import { UserError } from "./errors.js";
import type { Config, IgnoreEntry, Severity } from "./model.js";
import { confinedPath, readRegularFile, treeOf } from "./sources/directory-tree.js";
import type { SourceTree } from "./sources/source-tree.js";

/** A config is a few lines; anything near this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export const CONFIG_PATHS = [".github/mcp-trust.yml", ".github/mcp-trust.yaml", ".mcp-trust.yml", ".mcp-trust.yaml"];

export const CONFIG_SCHEMA_URL = new URL("../schema/config.schema.json", import.meta.url);

export function defaultConfig(): Config {
  return { serverJson: "server.json", allowInstallScripts: [], allowedRegistries: [], ignore: [], pathsIgnore: [] };
}

/** Finds and parses the config of a tree (read through its safe reader); an explicit path must exist. */
export function loadConfig(rootOrTree: string | SourceTree, explicitPath?: string): Config {
  if (explicitPath) {
    const read = readRegularFile(explicitPath, MAX_CONFIG_BYTES);
    if (!read.ok) throw new UserError(read.failure === "missing" ? "config file not found" : `config file ${read.reason}`, { file: explicitPath });
    return parseConfig(read.bytes.toString("utf8"), explicitPath);
  }
  const tree = treeOf(rootOrTree);
  for (const candidate of CONFIG_PATHS) {
    const read = tree.read(candidate, { maxBytes: MAX_CONFIG_BYTES });
    if (read.ok) return parseConfig(read.bytes.toString("utf8"), candidate);
    if (read.failure !== "missing") throw new UserError(read.reason, { file: candidate });
  }
  return defaultConfig();
}

interface ConfigSchema {
  properties: Record<string, { enum?: string[]; properties?: Record<string, unknown> }>;
  $defs: { ruleId: { enum: string[] } };
}

let compiled: { validate: ValidateFunction; schema: ConfigSchema } | undefined;

function configValidator(): { validate: ValidateFunction; schema: ConfigSchema } {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_URL, "utf8")) as ConfigSchema;
    const ajv = new AjvModule.default({ allErrors: true, strict: true, allowUnionTypes: true });
    compiled = { validate: ajv.compile(schema), schema };
  }
  return compiled;
}

interface ConfigProblem {
  line?: number;
  message: string;
}

export function parseConfig(text: string, file: string): Config {
  const tooDeep = dataNestingTooDeep(text, "yaml");
  if (tooDeep) throw new UserError("the config nests too deep to read", { file, line: tooDeep.line });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more YAML errors)` : "";
    throw new UserError(`invalid YAML: ${first.message.split("\n")[0]}${more}`, { file, line: first.linePos?.[0]?.line });
  }
  const config = defaultConfig();
  config.source = file;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return config;
  if (!isMap(doc.contents)) throw new UserError("the config must be a mapping of keys to values", { file, line: lineOf(doc.contents) });

  const data = yamlValue(doc, file);
  const { validate, schema } = configValidator();
  const problems: ConfigProblem[] = [];
  if (!validate(data)) problems.push(...explain(validate.errors ?? [], doc, lineOf, schema));
  problems.push(...dateProblems(data, doc, lineOf), ...pathProblems(data, doc, lineOf));
  if (problems.length > 0) throw configError(problems, file);

  if (typeof data["fail-under"] === "number") config.failUnder = data["fail-under"];
  if (typeof data["fail-on"] === "string") config.failOn = data["fail-on"] as Severity | "none";
  if (typeof data["comment"] === "string") config.comment = data["comment"] as NonNullable<Config["comment"]>;
  if (typeof data["package"] === "string") config.package = data["package"];
  if (typeof data["server-json"] === "string") config.serverJson = confinedPath(data["server-json"])!;
  if (Array.isArray(data["allow-install-scripts"])) config.allowInstallScripts = data["allow-install-scripts"] as string[];
  if (Array.isArray(data["allowed-registries"])) config.allowedRegistries = data["allowed-registries"] as string[];
  if (Array.isArray(data["paths-ignore"])) config.pathsIgnore = data["paths-ignore"] as string[];
  if (Array.isArray(data["ignore"])) config.ignore = data["ignore"] as IgnoreEntry[];
  return config;
}

/** One message for all of them: "3 problems: line 2: ...; line 5: ..."; the error's line is the first one's. */
function configError(problems: ConfigProblem[], file: string): UserError {
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (sorted.length === 1) return new UserError(sorted[0]!.message, { file, line: sorted[0]!.line });
  const listed = sorted.map((p) => `${p.line ? `line ${p.line}: ` : ""}${p.message}`).join("; ");
  return new UserError(`${sorted.length} problems: ${listed}`, { file, line: sorted[0]!.line });
}

type LineOf = (node: { range?: [number, number, number] | null } | null | undefined) => number | undefined;

/** "/ignore/0/until" → ["ignore", 0, "until"] and the display key "ignore[0].until". */
function pathOf(instancePath: string): { segments: (string | number)[]; key: string } {
  const segments = instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const key = segments.reduce<string>((k, s) => (typeof s === "number" ? `${k}[${s}]` : k ? `${k}.${s}` : s), "");
  return { segments, key };
}

function explain(errors: readonly ErrorObject[], doc: Document, lineOf: LineOf, schema: ConfigSchema): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  // An anyOf failure (the rule id) reports each branch too; the anyOf itself says it best.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  for (const error of errors) {
    if (anyOfPaths.has(error.instancePath) && error.keyword !== "anyOf") continue;
    const { segments, key } = pathOf(error.instancePath);
    const node = doc.getIn(segments, true) as Node | undefined;
    const value = doc.getIn(segments);
    let line = lineOf(node);
    let message: string;
    switch (error.keyword) {
      case "additionalProperties": {
        const extra = String((error.params as { additionalProperty: string }).additionalProperty);
        const pair = isMap(node) ? (node.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && String(p.key.value) === extra) : undefined;
        line = lineOf(pair?.key) ?? line;
        const known = key ? IGNORE_KEYS : Object.keys(schema.properties);
        const full = key ? `${key}.${extra}` : extra;
        const guess = closest(extra, known);
        message = `unknown key "${full}"${guess ? ` (did you mean "${guess}"?)` : ""} (known keys: ${known.join(", ")})`;
        break;
      }
      case "required": {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        const rule = isMap(node) ? node.get("rule") : undefined;
        message = key.startsWith("ignore[") ? `the "ignore" entry${typeof rule === "string" ? ` for ${rule}` : ` ${key}`} needs a "${missing}"` : `"${key}" needs "${missing}"`;
        break;
      }
      case "enum":
        message = `"${key}" must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")} (got ${JSON.stringify(value)})`;
        break;
      case "anyOf":
        message = key.endsWith(".rule")
          ? `"${key}": unknown rule ${JSON.stringify(value)} (a rule id such as supply-chain/install-script, a dimension's "<dimension>/*", or "*")${suggestRule(value, schema)}`
          : `"${key}" is not valid`;
        break;
      case "type": {
        const type = String((error.params as { type: string | string[] }).type);
        const noun = type === "array" ? (key.endsWith("ignore") ? "a list of {rule, reason, ...} entries" : "a list of strings") : type === "object" ? "a mapping" : `a ${type}`;
        message = `"${key || "the config"}" must be ${noun}`;
        break;
      }
      case "minimum":
      case "maximum":
        message = `"${key}" must be a number from 0 to 100 (got ${JSON.stringify(value)})`;
        break;
      case "minLength":
        message = `"${key}" must be a non-empty string`;
        break;
      case "pattern":
        message = key.endsWith(".until") ? `"${key}" must be a date written YYYY-MM-DD (got ${JSON.stringify(value)})` : `"${key}" is not valid`;
        break;
      default:
        message = `"${key}" ${error.message ?? "is not valid"}`;
    }
    const id = `${line}\u0000${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push({ ...(line !== undefined ? { line } : {}), message });
  }
  return problems;
}

const IGNORE_KEYS = ["rule", "package", "path", "reason", "until"];

/**
 * The document as plain data; yaml refuses a document whose aliases expand past its limit (a "billion laughs"
 * bomb), and a nesting deep enough to overflow the stack is refused the same way, as a one-line error.
 */
function yamlValue(doc: Document, file: string): Record<string, unknown> {
  try {
    return doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof RangeError ? "it nests too deep" : (error as Error).message.split("\n")[0];
    throw new UserError(`the config cannot be read: ${reason}`, { file });
  }
}

/** `server-json` and `paths-ignore` name files of the scanned tree: an absolute path or a `..` out of it is an error. */
function pathProblems(data: Record<string, unknown>, doc: Document, lineOf: LineOf): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const serverJson = data["server-json"];
  if (typeof serverJson === "string" && serverJson && !confinedPath(serverJson)) {
    const line = lineOf(doc.getIn(["server-json"], true) as Node | undefined);
    problems.push({ ...(line !== undefined ? { line } : {}), message: `"server-json" must be a path inside the repository` });
  }
  const ignored = Array.isArray(data["paths-ignore"]) ? (data["paths-ignore"] as unknown[]) : [];
  ignored.forEach((pattern, i) => {
    if (typeof pattern !== "string" || confinedPath(pattern) !== undefined) return;
    const line = lineOf(doc.getIn(["paths-ignore", i], true) as Node | undefined);
    problems.push({ ...(line !== undefined ? { line } : {}), message: `"paths-ignore[${i}]" must match paths inside the repository (no absolute path, no "..")` });
  });
  return problems;
}

/** A YYYY-MM-DD that is no real day (2027-02-30) passes the pattern: caught here. */
function dateProblems(data: Record<string, unknown>, doc: Document, lineOf: LineOf): ConfigProblem[] {
  const ignore = Array.isArray(data["ignore"]) ? (data["ignore"] as unknown[]) : [];
  const problems: ConfigProblem[] = [];
  ignore.forEach((entry, i) => {
    const until = entry && typeof entry === "object" ? (entry as Record<string, unknown>)["until"] : undefined;
    if (typeof until !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(until)) return;
    const date = new Date(`${until}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === until) return;
    const line = lineOf(doc.getIn(["ignore", i, "until"], true) as Node | undefined);
    problems.push({ ...(line !== undefined ? { line } : {}), message: `"ignore[${i}].until" is not a real date (got "${until}")` });
  });
  return problems;
}

function suggestRule(value: unknown, schema: ConfigSchema): string {
  if (typeof value !== "string") return "";
  const guess = closest(value, schema.$defs.ruleId.enum);
  return guess ? ` (did you mean "${guess}"?)` : "";
}

/** The known name within edit distance 2, if exactly one is nearest. */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(word, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
