/** Finds the MCP surface in server code: the tools, prompts and resources it registers, and the handler functions that receive their arguments. */
import type { ToolDescriptor } from "../model.js";
import {
  type AstNode,
  type ModuleBinding,
  type ParsedJs,
  identifierName,
  isFunctionNode,
  isNode,
  literalString,
  memberPropertyName,
  moduleBindings,
  snippet,
  unwrapExpression,
  walk,
} from "./ast.js";
import { type JsConstants, constantsOf } from "./js-constants.js";
import { type ParsedPython, type SgNode, namedChildren, pyArguments, pyDottedName, pyLine, pyStringValue } from "./python-ast.js";

export interface JsSurface {
  tools: ToolDescriptor[];
  /** Functions whose parameters are a tool's (or prompt's, resource's) arguments. */
  handlers: Set<AstNode>;
}

export interface PythonSurface {
  tools: ToolDescriptor[];
  /** Start offsets of the function definitions that handle tool calls. */
  handlers: Set<number>;
}

/** Every tool, prompt and resource the parsed runtime modules register, in file order. */
export function collectToolSurface(js: readonly ParsedJs[], python: readonly ParsedPython[]): ToolDescriptor[] {
  const tools: ToolDescriptor[] = [];
  for (const parsed of js) if (MIGHT_REGISTER.test(parsed.file.text)) tools.push(...jsSurface(parsed, true).tools);
  for (const parsed of python) if (MIGHT_REGISTER_PY.test(parsed.file.text)) tools.push(...pythonSurface(parsed).tools);
  return tools;
}

const MIGHT_REGISTER = /\.(?:tool|prompt|resource|registerTool|registerPrompt|registerResource|addTool|addPrompt|addResource|setRequestHandler)\s*\(|inputSchema/;
const MIGHT_REGISTER_PY = /\.(?:tool|prompt|resource|call_tool|get_prompt|read_resource)\b|Tool\s*\(/;

const SDK_CALLS = new Set(["tool", "prompt", "resource"]);
const SDK_REGISTER = new Map<string, ToolDescriptor["kind"]>([["registerTool", "tool"], ["registerPrompt", "prompt"], ["registerResource", "resource"]]);
const FASTMCP_ADD = new Map<string, ToolDescriptor["kind"]>([["addTool", "tool"], ["addPrompt", "prompt"], ["addResource", "resource"], ["addResourceTemplate", "resource"]]);
const HANDLER_SCHEMAS = new Set(["CallToolRequestSchema", "GetPromptRequestSchema", "ReadResourceRequestSchema"]);
const REGISTRATION_METHODS = new Set([...SDK_CALLS, ...SDK_REGISTER.keys(), ...FASTMCP_ADD.keys(), "setRequestHandler"]);

const jsCache = new WeakMap<ParsedJs, JsSurface>();

/** The MCP surface of one JS/TS file; `mightRegister` says the caller already matched MIGHT_REGISTER (a bundle is megabytes long). */
export function jsSurface(parsed: ParsedJs, mightRegister = false): JsSurface {
  const cached = jsCache.get(parsed);
  if (cached) return cached;
  const surface: JsSurface = { tools: [], handlers: new Set() };
  jsCache.set(parsed, surface);
  if (!mightRegister && !MIGHT_REGISTER.test(parsed.file.text)) return surface;
  // One walk collects candidates and named functions; constants and bindings are built only when there are candidates.
  const calls: AstNode[] = [];
  const objects: AstNode[] = [];
  const functionsByName = new Map<string, AstNode>();
  walk(parsed.program, (node) => {
    if (node.type === "CallExpression") {
      const method = memberPropertyName(node.callee);
      if (method !== undefined && REGISTRATION_METHODS.has(method)) calls.push(node);
    } else if (node.type === "ObjectExpression") {
      if (hasKey(node, "inputSchema")) objects.push(node);
    } else if (node.type === "FunctionDeclaration" && identifierName(node.id)) {
      functionsByName.set(identifierName(node.id)!, node);
    } else if (node.type === "VariableDeclarator" && identifierName(node.id) && isNode(node.init) && isFunctionNode(unwrapExpression(node.init)!)) {
      functionsByName.set(identifierName(node.id)!, unwrapExpression(node.init)!);
    }
  });
  if (calls.length === 0 && objects.length === 0) return surface;
  const reader = new JsSurfaceReader(parsed, surface, functionsByName);
  for (const call of calls) reader.call(call);
  for (const object of objects) reader.listedTool(object);
  return surface;
}

class JsSurfaceReader {
  private readonly constants: JsConstants;
  private bindingsCache?: Map<string, ModuleBinding>;
  private readonly seen = new Set<AstNode>();

  constructor(
    private readonly parsed: ParsedJs,
    private readonly surface: JsSurface,
    private readonly functionsByName: ReadonlyMap<string, AstNode>,
  ) {
    this.constants = constantsOf(parsed);
  }

  private get bindings(): Map<string, ModuleBinding> {
    return (this.bindingsCache ??= moduleBindings(this.parsed.program));
  }

  call(node: AstNode): void {
    const callee = unwrapExpression(node.callee);
    if (callee?.type !== "MemberExpression") return;
    const method = memberPropertyName(callee);
    if (method === undefined) return;
    const args = (node.arguments as AstNode[]).map((a) => unwrapExpression(a)!).filter(Boolean);
    if (SDK_CALLS.has(method)) this.sdkCall(node, method as ToolDescriptor["kind"], args);
    else if (SDK_REGISTER.has(method)) this.sdkRegister(node, SDK_REGISTER.get(method)!, args);
    else if (FASTMCP_ADD.has(method)) this.fastMcpAdd(node, FASTMCP_ADD.get(method)!, args);
    else if (method === "setRequestHandler" && args.length >= 2 && HANDLER_SCHEMAS.has(this.schemaName(args[0]!) ?? "")) this.addHandler(args[1]);
  }

  /** A literal tool object as a ListTools handler returns it: `{ name, description, inputSchema }`. */
  listedTool(node: AstNode): void {
    if (this.seen.has(node)) return;
    const name = this.constants.string(property(node, "name"));
    const schema = property(node, "inputSchema");
    if (name === undefined || !schema) return;
    this.push(node, "tool", name, property(node, "description"), schema);
  }

  /** `server.tool(name, description?, schema?, annotations?, handler)`; prompt and resource alike. */
  private sdkCall(node: AstNode, kind: ToolDescriptor["kind"], args: AstNode[]): void {
    const name = this.constants.string(args[0]);
    const handler = args[args.length - 1];
    if (name === undefined || args.length < 2 || !this.isHandler(handler)) return;
    const middle = args.slice(1, -1);
    if (kind === "resource") {
      const metadata = middle.find((a) => a.type === "ObjectExpression");
      this.push(node, kind, name, metadata ? property(metadata, "description") : undefined, undefined);
    } else {
      const description = middle.find((a) => this.constants.string(a) !== undefined);
      const schema = middle.find((a) => a.type === "ObjectExpression" || a.type === "CallExpression" || a.type === "Identifier" && a !== description);
      this.push(node, kind, name, description, schema);
    }
    this.addHandler(handler);
  }

  /** `server.registerTool(name, { description, inputSchema }, handler)`; registerResource(name, uri, metadata, handler). */
  private sdkRegister(node: AstNode, kind: ToolDescriptor["kind"], args: AstNode[]): void {
    const name = this.constants.string(args[0]);
    const config = args.slice(1, -1).find((a) => a.type === "ObjectExpression");
    const handler = args[args.length - 1];
    if (name === undefined || !this.isHandler(handler)) return;
    const schema = config ? property(config, "inputSchema") ?? property(config, "argsSchema") : undefined;
    this.push(node, kind, name, config ? property(config, "description") : undefined, schema);
    this.addHandler(handler);
  }

  /** FastMCP: `server.addTool({ name, description, parameters, execute })`. */
  private fastMcpAdd(node: AstNode, kind: ToolDescriptor["kind"], args: AstNode[]): void {
    const config = args[0];
    if (config?.type !== "ObjectExpression") return;
    const name = this.constants.string(property(config, "name")) ?? this.constants.string(property(config, "uri"));
    if (name === undefined) return;
    this.seen.add(config);
    this.push(node, kind, name, property(config, "description"), property(config, "parameters") ?? property(config, "arguments"));
    this.addHandler(property(config, "execute") ?? property(config, "load"));
  }

  private push(node: AstNode, kind: ToolDescriptor["kind"], name: string, description: AstNode | undefined, schema: AstNode | undefined): void {
    const descriptor: ToolDescriptor = { kind, name, location: { path: this.parsed.file.path, startLine: this.parsed.lineOf(node.start) } };
    const text = description ? this.constants.string(description) : undefined;
    if (text !== undefined) descriptor.description = text;
    if (schema) descriptor.inputSchema = this.schemaSummary(schema);
    this.surface.tools.push(descriptor);
  }

  private isHandler(node: AstNode | undefined): boolean {
    return node !== undefined && (isFunctionNode(node) || (node.type === "Identifier" && this.functionsByName.has(node.name as string)));
  }

  private addHandler(node: unknown): void {
    const n = unwrapExpression(node);
    if (!n) return;
    if (isFunctionNode(n)) this.surface.handlers.add(n);
    else if (n.type === "Identifier" && this.functionsByName.has(n.name as string)) this.surface.handlers.add(this.functionsByName.get(n.name as string)!);
    else if (n.type === "CallExpression" && memberPropertyName(n.callee) === "bind") this.addHandler(unwrapExpression(n.callee)?.object);
    else if (n.type === "MemberExpression") {
      // `this.handleCall` / `handlers.call`: a method defined in this file under that name.
      const method = memberPropertyName(n);
      if (method) this.addMethodHandler(method);
    }
  }

  private addMethodHandler(name: string): void {
    walk(this.parsed.program, (node) => {
      if ((node.type === "MethodDefinition" || node.type === "Property") && (identifierName(node.key) ?? literalString(node.key)) === name) {
        const value = unwrapExpression(node.value);
        if (value && isFunctionNode(value)) this.surface.handlers.add(value);
      }
    });
  }

  private schemaName(node: AstNode): string | undefined {
    const name = identifierName(node) ?? memberPropertyName(node);
    if (name === undefined) return undefined;
    return this.bindings.get(name)?.imported ?? name;
  }

  /** JSON Schema as written, or `{ type: "object", properties }` read from a zod shape or `z.object(shape)`. */
  private schemaSummary(node: AstNode): unknown {
    const n = unwrapExpression(node)!;
    if (n.type === "ObjectExpression") {
      const keys = objectKeys(n);
      const looksLikeJsonSchema = keys.includes("type") || keys.includes("properties") || keys.includes("$schema");
      return looksLikeJsonSchema ? this.json(n, 0) : this.zodShape(n);
    }
    if (n.type === "CallExpression" && memberPropertyName(n.callee) === "object") {
      const shape = unwrapExpression((n.arguments as AstNode[])[0]);
      if (shape?.type === "ObjectExpression") return this.zodShape(shape);
    }
    if (n.type === "Identifier") {
      const init = this.constants.constInit(n.name as string);
      if (init) return this.schemaSummary(init);
    }
    return { $expression: snippet(this.parsed.textOf(n)) };
  }

  private zodShape(shape: AstNode): unknown {
    const properties: Record<string, unknown> = {};
    for (const p of shape.properties as AstNode[]) {
      if (p.type !== "Property") continue;
      const key = identifierName(p.key) ?? literalString(p.key);
      if (key !== undefined) properties[key] = this.zodType(p.value as AstNode);
    }
    return { type: "object", properties };
  }

  /** `z.string().min(1).describe("x").optional()` → { type: "string", description: "x", optional: true }. */
  private zodType(node: AstNode): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let current = unwrapExpression(node);
    for (let i = 0; current && i < 30; i++) {
      if (current.type !== "CallExpression") break;
      const callee = unwrapExpression(current.callee);
      const method = memberPropertyName(callee);
      const args = current.arguments as AstNode[];
      if (method === "describe" && out.description === undefined) {
        const text = this.constants.string(args[0]);
        if (text !== undefined) out.description = text;
      } else if (method === "optional" || method === "nullish") out.optional = true;
      const object = callee?.type === "MemberExpression" ? unwrapExpression(callee.object) : undefined;
      if (method && object && object.type !== "CallExpression") {
        out.type = method;
        if (method === "enum") out.enum = this.json(args[0], 0);
        if (method === "object" && unwrapExpression(args[0])?.type === "ObjectExpression") Object.assign(out, this.zodShape(unwrapExpression(args[0])!));
        break;
      }
      current = object;
    }
    if (out.type === undefined) out.type = "unknown";
    return out;
  }

  /** A literal expression as JSON; anything computed is kept as its source text. */
  private json(node: unknown, depth: number): unknown {
    const n = unwrapExpression(node);
    if (!n) return null;
    if (depth > 12) return { $expression: snippet(this.parsed.textOf(n)) };
    const text = this.constants.string(n);
    if (text !== undefined && n.type !== "Literal") return text;
    switch (n.type) {
      case "Literal":
        return n.value ?? null;
      case "UnaryExpression":
        // Minifiers write true and false as !0 and !1.
        if (n.operator === "!" && unwrapExpression(n.argument)?.type === "Literal") return !(unwrapExpression(n.argument)!.value as unknown);
        if (n.operator === "-" && typeof unwrapExpression(n.argument)?.value === "number") return -(unwrapExpression(n.argument)!.value as number);
        break;
      case "ArrayExpression":
        return (n.elements as unknown[]).map((e) => this.json(e, depth + 1));
      case "ObjectExpression": {
        const out: Record<string, unknown> = {};
        for (const p of n.properties as AstNode[]) {
          if (p.type !== "Property") continue;
          const key = p.computed ? this.constants.string(p.key) : identifierName(p.key) ?? literalString(p.key);
          if (key !== undefined) out[key] = this.json(p.value, depth + 1);
        }
        return out;
      }
      case "Identifier": {
        const init = this.constants.constInit(n.name as string);
        if (init) return this.json(init, depth + 1);
        break;
      }
      default:
        break;
    }
    return { $expression: snippet(this.parsed.textOf(n)) };
  }
}

function property(object: AstNode, key: string): AstNode | undefined {
  for (const p of object.properties as AstNode[]) {
    if (p.type !== "Property") continue;
    const name = p.computed ? literalString(p.key) : identifierName(p.key) ?? literalString(p.key);
    if (name === key) {
      // Shorthand `{ description }` and `{ description: description }` read the same.
      return unwrapExpression(p.value);
    }
  }
  return undefined;
}

/** objectKeys(object).includes(key) without building the list: the surface walk asks it of every object literal in a bundle. */
function hasKey(object: AstNode, key: string): boolean {
  for (const p of object.properties as AstNode[]) if (p.type === "Property" && (identifierName(p.key) ?? literalString(p.key)) === key) return true;
  return false;
}

function objectKeys(object: AstNode): string[] {
  return (object.properties as AstNode[]).flatMap((p) => {
    if (p.type !== "Property") return [];
    const name = identifierName(p.key) ?? literalString(p.key);
    return name === undefined ? [] : [name];
  });
}

// ------------------------------------------------------------------ Python

const PY_REGISTRATIONS = new Map<string, ToolDescriptor["kind"]>([["tool", "tool"], ["prompt", "prompt"], ["resource", "resource"]]);
const PY_LOW_LEVEL_HANDLERS = new Set(["call_tool", "get_prompt", "read_resource"]);
const pyCache = new WeakMap<ParsedPython, PythonSurface>();

/** The MCP surface of one Python file: FastMCP decorators, low-level handlers and `types.Tool(...)` literals. */
export function pythonSurface(parsed: ParsedPython): PythonSurface {
  const cached = pyCache.get(parsed);
  if (cached) return cached;
  const surface: PythonSurface = { tools: [], handlers: new Set() };
  pyCache.set(parsed, surface);
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
