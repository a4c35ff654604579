/** The MCP surface of a Python module: FastMCP decorators, low-level handlers and `types.Tool(...)` literals. */
import type { ToolDescriptor } from "../../model.js";
import { type ParsedPython, type SgNode, namedChildren, pyArguments, pyDottedName, pyLine, pyStringValue } from "../python-ast.js";

export interface PythonSurface {
  tools: ToolDescriptor[];
  /** Start offsets of the function definitions that handle tool calls. */
  handlers: Set<number>;
}

const PY_REGISTRATIONS = new Map<string, ToolDescriptor["kind"]>([["tool", "tool"], ["prompt", "prompt"], ["resource", "resource"]]);
const PY_LOW_LEVEL_HANDLERS = new Set(["call_tool", "get_prompt", "read_resource"]);
/** The MCP surface of one Python file: FastMCP decorators, low-level handlers and `types.Tool(...)` literals. */
export function pythonSurface(parsed: ParsedPython): PythonSurface {
  const surface: PythonSurface = { tools: [], handlers: new Set() };
  const path = parsed.file.path;
  for (const decorated of parsed.root.findAll({ rule: { kind: "decorated_definition" } })) {
    const fn = decorated.field("definition");
    if (!fn || fn.kind() !== "function_definition") continue;
    for (const decorator of namedChildren(decorated).filter((c) => c.kind() === "decorator")) {
      const expression = namedChildren(decorator)[0];
      if (!expression) continue;
      const call = expression.kind() === "call" ? expression : undefined;
      const target = call ? call.field("function") : expression;
      if (target?.kind() !== "attribute") continue;
      const method = target.field("attribute")?.text() ?? "";
      if (PY_LOW_LEVEL_HANDLERS.has(method)) {
        surface.handlers.add(fn.range().start.index);
        continue;
      }
      const kind = PY_REGISTRATIONS.get(method);
      if (!kind) continue;
      const args = call ? pyArguments(call) : { positional: [], keywords: new Map<string, SgNode>() };
      const name = pyStringValue(args.keywords.get("name")) ?? fn.field("name")?.text();
      if (!name) continue;
      const descriptor: ToolDescriptor = { kind, name, location: { path, startLine: pyLine(decorated) } };
      const description = pyStringValue(args.keywords.get("description")) ?? docstring(fn);
      if (description !== undefined) descriptor.description = description;
      if (kind !== "resource") descriptor.inputSchema = parameterSchema(fn);
      surface.tools.push(descriptor);
      surface.handlers.add(fn.range().start.index);
    }
  }
  for (const call of parsed.root.findAll({ rule: { kind: "call" } })) {
    const callee = pyDottedName(call.field("function"));
    if (callee !== "Tool" && !callee?.endsWith(".Tool")) continue;
    const args = pyArguments(call);
    const name = pyStringValue(args.keywords.get("name"));
    if (name === undefined) continue;
    const descriptor: ToolDescriptor = { kind: "tool", name, location: { path, startLine: pyLine(call) } };
    const description = pyStringValue(args.keywords.get("description"));
    if (description !== undefined) descriptor.description = description;
    const schema = args.keywords.get("inputSchema") ?? args.keywords.get("input_schema");
    if (schema) descriptor.inputSchema = pyJson(schema, 0);
    surface.tools.push(descriptor);
  }
  return surface;
}

function docstring(fn: SgNode): string | undefined {
  const body = fn.field("body");
  const first = body ? namedChildren(body)[0] : undefined;
  if (first?.kind() !== "expression_statement") return undefined;
  const value = pyStringValue(namedChildren(first)[0]);
  return value === undefined ? undefined : dedent(value);
}

function dedent(text: string): string {
  return text.split("\n").map((line) => line.trim()).join("\n").trim();
}

/** `def f(query: str, limit: int = 10, ctx: Context)` → { type: "object", properties: { query: { type: "str" }, ... } }. */
function parameterSchema(fn: SgNode): unknown {
  const properties: Record<string, unknown> = {};
  const parameters = fn.field("parameters");
  for (const p of parameters ? namedChildren(parameters) : []) {
    const name = p.kind() === "identifier" ? p.text() : (p.field("name") ?? namedChildren(p).find((c) => c.kind() === "identifier"))?.text();
    const type = p.field("type")?.text();
    if (!name || name === "self" || name === "cls" || type === "Context" || /Context\]?$/.test(type ?? "")) continue;
    properties[name] = type ? { type } : {};
  }
  return { type: "object", properties };
}

function pyJson(node: SgNode, depth: number): unknown {
  const text = pyStringValue(node);
  if (text !== undefined) return text;
  if (depth > 12) return { $expression: node.text().slice(0, 120) };
  switch (node.kind()) {
    case "integer":
    case "float":
      return Number(node.text());
    case "true":
      return true;
    case "false":
      return false;
    case "none":
      return null;
    case "list":
    case "tuple":
      return namedChildren(node).map((c) => pyJson(c, depth + 1));
    case "dictionary": {
      const out: Record<string, unknown> = {};
      for (const pair of namedChildren(node).filter((c) => c.kind() === "pair")) {
        const key = pyStringValue(pair.field("key"));
        const value = pair.field("value");
        if (key !== undefined && value) out[key] = pyJson(value, depth + 1);
      }
      return out;
    }
    default:
      return { $expression: node.text().replace(/\s+/g, " ").slice(0, 120) };
  }
}
