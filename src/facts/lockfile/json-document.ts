/** Parses JSON (or bun's JSONC) keeping node offsets, so entries can be annotated with their lines. */
import { type Node, type ParseError, getNodeValue, parseTree, printParseErrorCode } from "jsonc-parser";
import { dataNestingTooDeep } from "../../analysis/data-nesting.js";
import { UserError } from "../../errors.js";
import { type LineAt, lineLocator } from "./text-lines.js";

export interface JsonDocument {
  value: unknown;
  tree: Node;
  lineAt: LineAt;
}

export function parseJsonDocument(text: string, file: string, options: { jsonc?: boolean } = {}): JsonDocument {
  const lineAt = lineLocator(text);
  const tooDeep = dataNestingTooDeep(text, "json");
  if (tooDeep) throw new UserError("nests too deep to read (more than 1000 levels of brackets)", { file, line: tooDeep.line });
  const errors: ParseError[] = [];
  const source = text.replace(/^\uFEFF/, "");
  const tree = parseTree(source, errors, {
    allowTrailingComma: options.jsonc ?? false,
    disallowComments: !options.jsonc,
  });
  const first = errors[0];
  if (first || !tree) {
    const detail = first ? printParseErrorCode(first.error) : "empty document";
    throw new UserError(`malformed ${options.jsonc ? "JSONC" : "JSON"}: ${detail}`, {
      file,
      line: first ? lineAt(first.offset) : 1,
    });
  }
  return { value: getNodeValue(tree), tree, lineAt };
}

/** The object node at a property path, e.g. ["packages"]; undefined when absent or not an object. */
export function objectNodeAt(tree: Node, path: string[]): Node | undefined {
  let node: Node | undefined = tree;
  for (const key of path) {
    if (node?.type !== "object") return undefined;
    node = node.children?.find((property) => property.children?.[0]?.value === key)?.children?.[1];
  }
  return node?.type === "object" ? node : undefined;
}

/** The 1-based line where each property of an object node starts, by key (first occurrence wins). */
export function propertyLines(objectNode: Node | undefined, lineAt: LineAt): Map<string, number> {
  const lines = new Map<string, number>();
  for (const property of objectNode?.children ?? []) {
    const key = property.children?.[0]?.value;
    if (typeof key === "string" && !lines.has(key)) lines.set(key, lineAt(property.offset));
  }
  return lines;
}
