/** `.github/mcp-trust.yml` / `.mcp-trust.yml`: schema, defaults, and one-line errors naming key and line. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node, type Pair } from "yaml";
import { UserError } from "./errors.js";
import { SEVERITIES, type Config, type IgnoreEntry, type Severity } from "./model.js";
import { confinedPath, readRegularFile, treeOf } from "./sources/directory-tree.js";
import type { SourceTree } from "./sources/source-tree.js";

/** A config is a few lines; anything near this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export const CONFIG_PATHS = [".github/mcp-trust.yml", ".github/mcp-trust.yaml", ".mcp-trust.yml", ".mcp-trust.yaml"];

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

const TOP_LEVEL_KEYS = [
  "fail-under",
  "fail-on",
  "package",
  "server-json",
  "allow-install-scripts",
  "allowed-registries",
  "ignore",
  "paths-ignore",
] as const;
const IGNORE_KEYS = ["rule", "package", "path", "reason", "until"] as const;

export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const fail = (message: string, node?: { range?: [number, number, number] | null } | null): never => {
    throw new UserError(message, { file, line: lineOf(node) });
  };

  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line;
    throw new UserError(`invalid YAML: ${firstError.message.split("\n")[0]}`, { file, line });
  }
  const config = defaultConfig();
  config.source = file;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return config;
  if (!isMap(doc.contents)) return fail("the config must be a mapping of keys to values", doc.contents);

  for (const pair of doc.contents.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value;
    switch (key) {
      case "fail-under": {
        const n = scalar(value);
        if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 100)
          fail(`"fail-under" must be a number from 0 to 100`, value ?? pair.key);
        config.failUnder = n as number;
        break;
      }
      case "fail-on": {
        const s = scalar(value);
        if (typeof s !== "string" || !(s === "none" || (SEVERITIES as readonly string[]).includes(s)))
          fail(`"fail-on" must be one of ${SEVERITIES.join(", ")}, none`, value ?? pair.key);
        config.failOn = s as Severity | "none";
        break;
      }
      case "package":
      case "server-json": {
        const s = scalar(value);
        if (typeof s !== "string" || s.length === 0) fail(`"${key}" must be a non-empty string`, value ?? pair.key);
        if (key === "package") config.package = s as string;
        else {
          const inside = confinedPath(s as string);
          if (!inside) fail(`"server-json" must be a path inside the repository`, value);
          config.serverJson = inside as string;
        }
        break;
      }
      case "allow-install-scripts":
      case "allowed-registries":
      case "paths-ignore": {
        const list = stringList(value, key, fail);
        if (key === "allow-install-scripts") config.allowInstallScripts = list;
        else if (key === "allowed-registries") config.allowedRegistries = list;
        else {
          const outside = (value as { items: Node[] }).items.find((item) => confinedPath(String(scalar(item))) === undefined);
          if (outside) fail(`"paths-ignore" patterns match paths inside the repository: no absolute paths or ".."`, outside);
          config.pathsIgnore = list;
        }
        break;
      }
      case "ignore": {
        if (!isSeq(value)) fail(`"ignore" must be a list of {rule, reason, ...} entries`, value ?? pair.key);
        for (const item of (value as { items: Node[] }).items) config.ignore.push(ignoreEntry(item, fail));
        break;
      }
      default:
        fail(`unknown key "${key}" (known keys: ${TOP_LEVEL_KEYS.join(", ")})`, pair.key);
    }
  }
  return config;
}

type Fail = (message: string, node?: Node | null) => never;

function scalar(node: Node | null | undefined): unknown {
  return node && isScalar(node) ? node.value : undefined;
}

function stringList(node: Node | null | undefined, key: string, fail: Fail): string[] {
  if (!isSeq(node)) return fail(`"${key}" must be a list of strings`, node);
  return (node.items as Node[]).map((item) => {
    const s = scalar(item);
    if (typeof s !== "string" || s.length === 0) fail(`"${key}" entries must be non-empty strings`, item);
    return s as string;
  });
}

function ignoreEntry(node: Node, fail: Fail): IgnoreEntry {
  if (!isMap(node)) return fail(`"ignore" entries must be mappings with "rule" and "reason"`, node);
  const entry: Partial<IgnoreEntry> = {};
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!(IGNORE_KEYS as readonly string[]).includes(key))
      fail(`unknown key "ignore.${key}" (known keys: ${IGNORE_KEYS.join(", ")})`, pair.key);
    let value = scalar(pair.value);
    if (key === "until" && value instanceof Date) value = value.toISOString().slice(0, 10);
    if (typeof value !== "string" || value.length === 0) fail(`"ignore.${key}" must be a non-empty string`, pair.value ?? pair.key);
    if (key === "until" && !/^\d{4}-\d{2}-\d{2}$/.test(value as string))
      fail(`"ignore.until" must be a date written YYYY-MM-DD`, pair.value);
    (entry as Record<string, string>)[key] = value as string;
  }
  if (!entry.rule) fail(`an "ignore" entry needs a "rule"`, node);
  if (!entry.reason) fail(`the "ignore" entry for ${entry.rule} needs a "reason"`, node);
  return entry as IgnoreEntry;
}
