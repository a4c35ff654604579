/**
 * The MCP surface of the JS/TS modules: every tool, prompt and resource with its name, description and input schema,
 * and the handler functions that receive their arguments. Registrations are read wherever their values come from:
 * SDK calls (`tool`, `registerTool`, FastMCP's `addTool`) with names from constants, tables, loops over definitions,
 * helper functions and class fields; `tools/list` handlers returning a table; and tool-definition objects (a name, a
 * description, a schema and an execute/handler function) that a framework registers.
 */
import type { ToolDescriptor } from "../../model.js";
import { type AstNode, identifierName, isFunctionNode, literalString, memberPropertyName, snippet, unwrapExpression } from "../ast.js";
import type { Check } from "../code-facts.js";
import type { Flows, ParamRole } from "./flow.js";
import { type CallIR, type ClassIR, type FunctionIR, type ModuleIR, type ScopeIR, callsNamed, lookup, propertyKey } from "./module.js";
import type { Program } from "./program.js";
import type { Env, SValue, Values } from "./values.js";

type Kind = ToolDescriptor["kind"];

export interface HandlerRole {
  kind: Kind;
  name?: string;
  /** The parameter that carries the arguments. */
  argIndex: number;
  /** The parameter is the whole request (`request.params.arguments`): CallTool and GetPrompt handlers. */
  request?: boolean;
  /** The input schema summary, to narrow arguments it constrains. */
  schema?: unknown;
}

export interface JsSurface {
  tools: ToolDescriptor[];
  handlers: Map<FunctionIR, HandlerRole[]>;
}

const SDK_CALLS = new Map<string, Kind>([["tool", "tool"], ["prompt", "prompt"], ["resource", "resource"]]);
const SDK_REGISTER = new Map<string, Kind>([["registerTool", "tool"], ["registerPrompt", "prompt"], ["registerResource", "resource"]]);
const FASTMCP_ADD = new Map<string, Kind>([["addTool", "tool"], ["addPrompt", "prompt"], ["addResource", "resource"], ["addResourceTemplate", "resource"]]);
const REQUEST_METHODS = new Map<string, { kind: Kind; role: "list" | "call" }>([
  ["tools/list", { kind: "tool", role: "list" }],
  ["tools/call", { kind: "tool", role: "call" }],
  ["prompts/list", { kind: "prompt", role: "list" }],
  ["prompts/get", { kind: "prompt", role: "call" }],
  ["resources/list", { kind: "resource", role: "list" }],
  ["resources/read", { kind: "resource", role: "call" }],
]);
const SCHEMA_NAMES = new Map<string, string>([
  ["ListToolsRequestSchema", "tools/list"],
  ["CallToolRequestSchema", "tools/call"],
  ["ListPromptsRequestSchema", "prompts/list"],
  ["GetPromptRequestSchema", "prompts/get"],
  ["ListResourcesRequestSchema", "resources/list"],
  ["ReadResourceRequestSchema", "resources/read"],
]);
const SCHEMA_KEYS = ["inputSchema", "parameters", "schema", "argsSchema", "inputShape", "input_schema", "paramsSchema", "argsShape", "args"];
const HANDLER_KEYS = ["execute", "handler", "callback", "run", "cb", "handle", "invoke", "implementation", "fn", "call"];
const TOOL_NAME = /^[A-Za-z0-9_.\-/:]{1,128}$/;

export class SurfaceReader {
  readonly surface: JsSurface = { tools: [], handlers: new Map() };
  private readonly seenObjects = new Set<AstNode>();
  private readonly seenTools = new Set<string>();

  constructor(
    private readonly program: Program,
    private readonly values: Values,
    private readonly flows: () => Flows,
  ) {}

  read(candidates: readonly { node: AstNode; scope: ScopeIR }[]): JsSurface {
    for (const module of this.program.modules) {
      for (const name of [...SDK_CALLS.keys(), ...SDK_REGISTER.keys(), ...FASTMCP_ADD.keys(), "setRequestHandler"]) {
        for (const call of callsNamed(module, name)) if (unwrapExpression(call.node.callee)?.type === "MemberExpression") this.registration(call, name);
      }
    }
    for (const candidate of candidates) this.definitionObject(candidate.node, candidate.scope);
    for (const module of this.program.modules) for (const cls of module.classes) this.definitionClass(cls);
    return this.surface;
  }

  /** The role of a function's parameter as the surface sees it (tool handlers receive the model's arguments). */
  paramRole(fn: FunctionIR, index: number): ParamRole | undefined {
    const roles = this.surface.handlers.get(fn);
    const role = roles?.find((r) => r.argIndex === index);
    if (!role) return undefined;
    const what = role.kind === "tool" ? "tool" : role.kind;
    const named = role.name !== undefined ? ` "${role.name}"` : "";
    return {
      origin: "tool-argument",
      source: role.request ? `the ${what} call request${named}` : `the arguments of ${what}${named}`,
      ...(role.name !== undefined ? { tool: role.name } : {}),
      ...(role.schema !== undefined ? { constrained: (field: string[]) => constrainedBy(role.schema, role.request ? field.slice(field[0] === "params" ? 2 : 0) : field) } : {}),
    };
  }

  // ------------------------------------------------------------------ SDK registration calls

  private registration(call: CallIR, method: string): void {
    for (const env of this.environments(call)) {
      const args = (call.node.arguments as AstNode[]).map((a) => unwrapExpression(a)!);
      if (SDK_CALLS.has(method)) this.sdkCall(call, SDK_CALLS.get(method)!, args, env);
      else if (SDK_REGISTER.has(method)) this.sdkRegister(call, SDK_REGISTER.get(method)!, args, env);
      else if (FASTMCP_ADD.has(method)) this.fastMcpAdd(call, FASTMCP_ADD.get(method)!, args, env);
      else this.requestHandler(call, args, env);
    }
  }

  /** `server.tool(name, description?, schema?, annotations?, handler)`; prompt and resource alike. */
  private sdkCall(call: CallIR, kind: Kind, args: AstNode[], env: Env | undefined): void {
    if (args.length < 2) return;
    const names = this.values.strings(args[0], call.scope, env);
    const handler = this.functionOf(args[args.length - 1]!, call.scope, env);
    if (!names || !handler) return;
    const middle = args.slice(1, -1);
    let description: string | undefined;
    let schemaNode: AstNode | undefined;
    if (kind === "resource") {
      const metadata = middle.find((a) => a.type === "ObjectExpression");
      description = metadata ? this.values.string(property(metadata, "description"), call.scope, env) : undefined;
    } else {
      const descriptionNode = middle.find((a) => this.values.string(a, call.scope, env) !== undefined);
      description = descriptionNode ? this.values.string(descriptionNode, call.scope, env) : undefined;
      schemaNode = middle.find((a) => a !== descriptionNode && (a.type === "ObjectExpression" || a.type === "CallExpression" || a.type === "Identifier" || a.type === "MemberExpression"));
    }
    for (const name of names) {
      const schema = schemaNode ? this.schemaSummary(schemaNode, call.scope, env) : undefined;
      this.push(call, kind, name, description, schema);
      // Without a schema the SDK hands the callback only its context; resources get (uri, variables).
      if (kind === "resource") this.addHandler(handler, { kind, name, argIndex: 0 }, { kind, name, argIndex: 1 });
      else if (schemaNode) this.addHandler(handler, { kind, name, argIndex: 0, ...(schema !== undefined ? { schema } : {}) });
    }
  }

  /** `server.registerTool(name, { description, inputSchema }, handler)`; registerResource(name, uri, metadata, handler). */
  private sdkRegister(call: CallIR, kind: Kind, args: AstNode[], env: Env | undefined): void {
    if (args.length < 2) return;
    const names = this.values.strings(args[0], call.scope, env);
    const handler = this.functionOf(args[args.length - 1]!, call.scope, env);
    if (!names || !handler) return;
    const configValues = args.slice(1, -1).flatMap((a) => this.values.of(a, call.scope, env)).filter((v) => v.k === "obj" || v.k === "record");
    const config = configValues[0];
    const description = config ? this.stringMember(config, "description") : undefined;
    const schemaValues = config ? this.firstMember(config, ["inputSchema", "argsSchema"]) : undefined;
    for (const name of names) {
      const schema = config && schemaValues ? this.schemaOfMember(config, ["inputSchema", "argsSchema"]) : undefined;
      this.push(call, kind, name, description, schema);
      if (kind === "resource") this.addHandler(handler, { kind, name, argIndex: 0 }, { kind, name, argIndex: 1 });
      else if (schemaValues || kind === "prompt") this.addHandler(handler, { kind, name, argIndex: 0, ...(schema !== undefined ? { schema } : {}) });
    }
  }

  /** FastMCP: `server.addTool({ name, description, parameters, execute })`. */
  private fastMcpAdd(call: CallIR, kind: Kind, args: AstNode[], env: Env | undefined): void {
    for (const config of this.values.of(args[0], call.scope, env)) {
      if (config.k !== "obj" && config.k !== "record") continue;
      if (config.k === "obj") this.seenObjects.add(config.node);
      const name = this.stringMember(config, "name") ?? this.stringMember(config, "uri") ?? this.stringMember(config, "uriTemplate");
      if (name === undefined) continue;
      const schema = this.firstMember(config, ["parameters", "arguments"]) ? this.schemaOfMember(config, ["parameters", "arguments"]) : undefined;
      this.push(call, kind, name, this.stringMember(config, "description"), schema);
      const handler = this.memberFunction(config, ["execute", "load"]);
      if (handler) this.addHandler(handler, { kind, name, argIndex: 0, ...(schema !== undefined ? { schema } : {}) });
    }
  }

  /** `setRequestHandler(ListToolsRequestSchema, () => ({ tools }))` and the CallTool handler that receives every call. */
  private requestHandler(call: CallIR, args: AstNode[], env: Env | undefined): void {
    if (args.length < 2) return;
    const method = this.requestMethod(args[0]!, call.scope);
    const spec = method ? REQUEST_METHODS.get(method) : undefined;
    const handler = this.functionOf(args[1]!, call.scope, env);
    if (!spec || !handler) return;
    if (spec.role === "call") {
      this.addHandler(handler, { kind: spec.kind, argIndex: 0, request: true });
      return;
    }
    const key = spec.kind === "tool" ? "tools" : spec.kind === "prompt" ? "prompts" : "resources";
    for (const result of this.values.returnsOf(handler, [], undefined, 0)) {
      for (const list of this.values.member([result], key, 0)) {
        if (list.k !== "arr") continue;
        for (const item of list.items) {
          if (item.k !== "obj" && item.k !== "record") continue;
          if (item.k === "obj") this.seenObjects.add(item.node);
          const name = this.stringMember(item, spec.kind === "resource" ? "uri" : "name") ?? this.stringMember(item, "name");
          if (name === undefined) continue;
          const schema = this.firstMember(item, ["inputSchema", "arguments"]) ? this.schemaOfMember(item, ["inputSchema", "arguments"]) : undefined;
          this.push(call, spec.kind, name, this.stringMember(item, "description"), schema, item.k === "obj" ? item.node : undefined);
        }
      }
    }
  }

  /** The JSON-RPC method a request schema stands for: the SDK's exported schema, a bundled copy of it, or the method string. */
  private requestMethod(node: AstNode, scope: ScopeIR): string | undefined {
    const literal = this.values.string(node, scope);
    if (literal !== undefined && REQUEST_METHODS.has(literal)) return literal;
    for (const v of this.values.of(node, scope)) if (v.k === "ext") return SCHEMA_NAMES.get(v.path.at(-1) ?? "");
    const name = identifierName(node) ?? memberPropertyName(node);
    if (name && SCHEMA_NAMES.has(name)) return SCHEMA_NAMES.get(name);
    // A bundle renames the schema; its definition still holds the method literal: z.object({ method: z.literal("tools/list") }).
    const definition = this.definitionNode(node, scope);
    if (definition) {
      const text = definition.module.parsed.textOf(definition.node);
      if (text.length < 4000) for (const method of REQUEST_METHODS.keys()) if (text.includes(`"${method}"`) || text.includes(`'${method}'`)) return method;
    }
    return undefined;
  }

  private definitionNode(node: AstNode, scope: ScopeIR): { node: AstNode; module: ModuleIR } | undefined {
    const n = unwrapExpression(node);
    if (n?.type !== "Identifier") return undefined;
    const binding = lookup(scope, n.name as string);
    if (!binding) return undefined;
    if (binding.imported) {
      const target = this.program.exportFrom(scope.module, binding.imported.specifier, binding.imported.name);
      if (target?.kind === "binding" && target.binding.defs[0]) return { node: target.binding.defs[0].value, module: target.module };
      if (target?.kind === "value") return { node: target.def.value, module: target.module };
      return undefined;
    }
    return binding.defs[0] ? { node: binding.defs[0].value, module: scope.module } : undefined;
  }

  // ------------------------------------------------------------------ definition objects and classes

  /** An object literal shaped like a tool definition: a name (or its key in a table), a description, a schema, a handler. */
  private definitionObject(node: AstNode, scope: ScopeIR): void {
    if (this.seenObjects.has(node)) return;
    const value: SValue = { k: "obj", node, scope, env: undefined };
    const keys = this.values.keysOf(value) ?? [];
    const schemaKey = SCHEMA_KEYS.find((k) => keys.includes(k));
    const handlerKey = HANDLER_KEYS.find((k) => keys.includes(k));
    if (!keys.includes("description") || (!schemaKey && !handlerKey)) return;
    let name = this.stringMember(value, "name");
    if (name === undefined) name = this.tableKey(node);
    if (name === undefined || !TOOL_NAME.test(name)) return;
    // A schema or a handler must look like one: an object or a call (zod) for the schema, a function for the handler.
    const schemaValues = schemaKey ? this.values.member([value], schemaKey, 0) : undefined;
    const handler = handlerKey ? this.memberFunction(value, [handlerKey]) : undefined;
    if (handlerKey && !handler && !schemaValues?.some((v) => v.k === "obj" || v.k === "ext" || v.k === "record")) return;
    const schema = schemaKey ? this.schemaOfMember(value, [schemaKey]) : undefined;
    this.pushAt(scope.module, node, "tool", name, this.stringMember(value, "description"), schema);
    if (handler) this.addHandler(handler, { kind: "tool", name, argIndex: 0, ...(schema !== undefined ? { schema } : {}) });
  }

  /** A class whose fields name and describe a tool and whose method executes it (`class ReadTool { name = "read"; … execute(args) {} }`). */
  private definitionClass(cls: ClassIR): void {
    const self: SValue = { k: "inst", cls };
    const name = this.stringMember(self, "name");
    const description = this.stringMember(self, "description");
    if (name === undefined || description === undefined || !TOOL_NAME.test(name)) return;
    const schemaKey = SCHEMA_KEYS.find((k) => this.values.member([self], k, 0).some((v) => v.k === "obj" || v.k === "ext" || v.k === "record"));
    const handlerKey = HANDLER_KEYS.find((k) => this.values.member([self], k, 0).some((v) => v.k === "fn"));
    if (!schemaKey && !handlerKey) return;
    const schema = schemaKey ? this.schemaOfMember(self, [schemaKey]) : undefined;
    this.pushAt(cls.module, cls.node, "tool", name, description, schema);
    const handler = handlerKey ? this.memberFunction(self, [handlerKey]) : undefined;
    if (handler) this.addHandler(handler, { kind: "tool", name, argIndex: 0, ...(schema !== undefined ? { schema } : {}) });
  }

  /** The key an object sits under in an enclosing object literal (`{ list_tables: { description, … } }`). */
  private tableKey(node: AstNode): string | undefined {
    return this.parentKeys.get(node);
  }

  /** Keys of table entries, recorded by the walk (object → its key in the parent object literal). */
  readonly parentKeys = new Map<AstNode, string>();

  /** The walk's visitor: tool-definition candidates (objects with a description and a schema or handler key) and their table keys. */
  static candidateVisitor(out: { node: AstNode; scope: ScopeIR }[], parentKeys: Map<AstNode, string>): (node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[], scope: ScopeIR) => void {
    return (node, parent, ancestors, scope) => {
      if (node.type !== "ObjectExpression") return;
      let description = false;
      let spread = false;
      let shaped = false;
      for (const p of node.properties as AstNode[]) {
        if (p.type === "SpreadElement") {
          spread = true;
          continue;
        }
        const key = p.type === "Property" && !p.computed ? ((p.key as AstNode).name ?? (p.key as AstNode).value) : undefined;
        if (key === "description") description = true;
        else if (typeof key === "string" && (SCHEMA_KEYS.includes(key) || HANDLER_KEYS.includes(key))) shaped = true;
      }
      if (!(description || spread) || !(shaped || spread) || (!description && !shaped)) return;
      out.push({ node, scope });
      // `{ key: { … } }` and `{ key: tool({ … }) }`: the key names the tool.
      let holder = parent;
      let index = ancestors.length - 2;
      if (holder?.type === "CallExpression") {
        holder = ancestors[index];
        index -= 1;
      }
      if (holder?.type === "Property" && !holder.computed) {
        const key = (holder.key as AstNode).name ?? (holder.key as AstNode).value;
        if (typeof key === "string") parentKeys.set(node, key);
      }
    };
  }

  // ------------------------------------------------------------------ environments: loops, helpers, instances

  /**
   * The bindings a registration's arguments can be read with: none, plus each element of a loop the call sits in,
   * each call of the helper function it sits in, and each instance of the class whose method it is.
   */
  private environments(call: CallIR): (Env | undefined)[] {
    const out: (Env | undefined)[] = [undefined];
    const fn = call.scope.fn;
    if (!fn) return out;
    const identifiers = identifiersIn(call.node);
    const usesThis = containsThis(call.node);
    // for (const t of TOOLS) / TOOLS.forEach((t) => …) / Object.entries(T).forEach(([k, v]) => …)
    for (const name of identifiers) {
      const binding = lookup(call.scope, name);
      if (!binding) continue;
      const loop = binding.defs.find((d) => d.op === "of");
      if (loop) {
        for (const v of this.values.of(loop.value, loop.scope)) {
          if (v.k !== "arr") continue;
          for (const item of v.items.slice(0, 300)) {
            let values: SValue[] = [item];
            for (const key of loop.path) values = this.values.member(values, key, 0);
            out.push({ bindings: new Map([[binding, values]]), depth: 1 });
          }
        }
      }
      if (binding.param && binding.param.fn.argumentOf) {
        const passed = binding.param.fn.argumentOf;
        const callee = unwrapExpression(passed.call.callee);
        const method = memberPropertyName(callee);
        if (callee?.type === "MemberExpression" && (method === "forEach" || method === "map" || method === "flatMap") && binding.param.index === 0) {
          for (const v of this.values.of(callee.object, passed.scope)) {
            if (v.k !== "arr") continue;
            for (const item of v.items.slice(0, 300)) {
              let values: SValue[] = [item];
              for (const key of binding.param.path) values = this.values.member(values, key, 0);
              out.push({ bindings: new Map([[binding, values]]), depth: 1 });
            }
          }
        }
      }
    }
    // A helper that registers what it is given: bind its parameters to each caller's arguments.
    const params = [...fn.scope.names.values()].filter((b) => b.param?.fn === fn && identifiers.has(b.name));
    if (params.length > 0 && !fn.argumentOf) {
      for (const caller of this.flows().callersOf(fn).slice(0, 300)) {
        const bindings: Env["bindings"] = new Map();
        const callArgs = caller.call.arguments as AstNode[];
        for (const param of params) {
          let values = this.values.of(callArgs[param.param!.index + caller.offset], caller.scope);
          // The caller may itself be a loop: one level of its own environments.
          if (values.length === 1 && values[0]!.k === "any") {
            const loopValues = this.loopValues(callArgs[param.param!.index + caller.offset], caller.scope);
            if (loopValues) values = loopValues;
          }
          for (const key of param.param!.path) values = this.values.member(values, key, 0);
          bindings.set(param, values);
        }
        if (bindings.size === 1) {
          const [binding, values] = [...bindings][0]!;
          for (const v of values.slice(0, 300)) out.push({ bindings: new Map([[binding, [v]]]), depth: 1 });
        } else out.push({ bindings, depth: 1 });
      }
    }
    if (usesThis && fn.cls) {
      for (const cls of this.subclassesOf(fn.cls)) out.push({ bindings: new Map(), self: [{ k: "inst", cls }], depth: 1 });
    }
    return out;
  }

  /** Elements a loop variable takes, when `node` is one. */
  private loopValues(node: AstNode | undefined, scope: ScopeIR): SValue[] | undefined {
    const n = unwrapExpression(node);
    if (n?.type !== "Identifier") return undefined;
    const binding = lookup(scope, n.name as string);
    const loop = binding?.defs.find((d) => d.op === "of");
    if (!loop) return undefined;
    const out: SValue[] = [];
    for (const v of this.values.of(loop.value, loop.scope)) if (v.k === "arr") out.push(...v.items.slice(0, 300));
    return out.length > 0 ? out : undefined;
  }

  private subclassesOf(cls: ClassIR): ClassIR[] {
    const out = [cls];
    for (let i = 0; i < out.length && out.length < 300; i++) {
      for (const module of this.program.modules) {
        for (const c of module.classes) if (!out.includes(c) && this.values.superOf(c) === out[i]) out.push(c);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ values

  private functionOf(node: AstNode, scope: ScopeIR, env: Env | undefined): FunctionIR | undefined {
    const n = unwrapExpression(node);
    if (!n) return undefined;
    if (isFunctionNode(n)) return scope.module.functionByNode.get(n);
    for (const v of this.values.of(n, scope, env)) if (v.k === "fn") return v.fn;
    return undefined;
  }

  private memberFunction(object: SValue, keys: string[]): FunctionIR | undefined {
    for (const key of keys) for (const v of this.values.member([object], key, 0)) if (v.k === "fn") return v.fn;
    return undefined;
  }

  private stringMember(object: SValue, key: string): string | undefined {
    const values = this.values.member([object], key, 0);
    return values.length === 1 && values[0]!.k === "str" ? values[0]!.v : undefined;
  }

  private firstMember(object: SValue, keys: string[]): SValue[] | undefined {
    for (const key of keys) {
      const values = this.values.member([object], key, 0).filter((v) => v.k !== "undef");
      if (values.length > 0) return values;
    }
    return undefined;
  }

  private addHandler(fn: FunctionIR, ...roles: HandlerRole[]): void {
    const list = this.surface.handlers.get(fn) ?? [];
    for (const role of roles) if (!list.some((r) => r.argIndex === role.argIndex && r.name === role.name)) list.push(role);
    this.surface.handlers.set(fn, list);
  }

  private push(call: CallIR, kind: Kind, name: string, description: string | undefined, schema: unknown, node: AstNode = call.node): void {
    this.pushAt(call.scope.module, node, kind, name, description, schema);
  }

  private pushAt(module: ModuleIR, node: AstNode, kind: Kind, name: string, description: string | undefined, schema: unknown): void {
    const line = module.parsed.lineOf(node.start);
    const key = `${kind}\u0000${name}\u0000${module.path}\u0000${line}`;
    if (this.seenTools.has(key)) return;
    this.seenTools.add(key);
    // The same tool read twice in a file (a registration and its definition object): keep the first.
    if (this.surface.tools.some((t) => t.kind === kind && t.name === name && t.location.path === module.path && node.type === "ObjectExpression")) return;
    const descriptor: ToolDescriptor = { kind, name, location: { path: module.path, startLine: line } };
    if (description !== undefined) descriptor.description = description;
    if (schema !== undefined) descriptor.inputSchema = schema;
    this.surface.tools.push(descriptor);
  }

  // ------------------------------------------------------------------ schemas

  /** JSON Schema as written, or `{ type: "object", properties }` read from a zod shape or `z.object(shape)`. */
  private schemaSummary(node: AstNode, scope: ScopeIR, env: Env | undefined): unknown {
    const n = unwrapExpression(node)!;
    if (n.type === "ObjectExpression") {
      const keys = objectKeys(n);
      const looksLikeJsonSchema = keys.includes("type") || keys.includes("properties") || keys.includes("$schema");
      return looksLikeJsonSchema ? this.values.json(this.values.of(n, scope, env)[0]!) : this.zodShape(n, scope);
    }
    if (n.type === "CallExpression" && memberPropertyName(n.callee) === "object") {
      const shape = unwrapExpression((n.arguments as AstNode[])[0]);
      if (shape?.type === "ObjectExpression") return this.zodShape(shape, scope);
    }
    const values = this.values.of(n, scope, env);
    if (values.length === 1 && (values[0]!.k === "obj" || values[0]!.k === "record")) return this.schemaFromValue(values);
    const definition = this.definitionNode(n, scope);
    if (definition && definition.node !== n) {
      const defScope = definition.module.scope;
      return this.schemaSummary(definition.node, definition.module === scope.module ? scope : defScope, undefined);
    }
    return { $expression: snippet(scope.module.parsed.textOf(n)) };
  }

  /** The schema under the first of `keys` an object has, read from the property as written when there is one. */
  private schemaOfMember(object: SValue, keys: string[]): unknown {
    for (const key of keys) {
      const written = this.propertyNode(object, key);
      if (written) return this.schemaSummary(written.node, written.scope, written.env);
      const values = this.values.member([object], key, 0).filter((v) => v.k !== "undef");
      if (values.length > 0) return this.schemaFromValue(values);
    }
    return undefined;
  }

  /** The expression an object literal (spreads followed) or a class field writes for `key`. */
  private propertyNode(object: SValue, key: string, depth = 0): { node: AstNode; scope: ScopeIR; env: Env | undefined } | undefined {
    if (depth > 4) return undefined;
    if (object.k === "obj") {
      const props = object.node.properties as AstNode[];
      for (let i = props.length - 1; i >= 0; i--) {
        const p = props[i]!;
        if (p.type === "SpreadElement") {
          for (const inner of this.values.of(p.argument, object.scope, object.env)) {
            const found = this.propertyNode(inner, key, depth + 1);
            if (found) return found;
          }
          continue;
        }
        if (p.type === "Property" && propertyKey(p) === key) return { node: p.value as AstNode, scope: object.scope, env: object.env };
      }
      return undefined;
    }
    if (object.k === "inst") {
      for (let c: ClassIR | undefined = object.cls, hops = 0; c && hops < 8; c = this.values.superOf(c), hops++) {
        const field = c.fields.get(key);
        if (field?.value) return { node: field.value, scope: field.scope, env: { bindings: new Map(), self: [object], depth: 1 } };
      }
    }
    return undefined;
  }

  private schemaFromValue(values: SValue[]): unknown {
    const v = values.find((x) => x.k === "obj" || x.k === "record");
    if (!v) {
      const ext = values[0];
      return ext ? { $expression: ext.k } : undefined;
    }
    if (v.k === "obj") return this.schemaSummary(v.node, v.scope, v.env);
    return this.values.json(v);
  }

  private zodShape(shape: AstNode, scope: ScopeIR): unknown {
    const properties: Record<string, unknown> = {};
    for (const p of shape.properties as AstNode[]) {
      if (p.type === "SpreadElement") {
        const spread = this.values.of(p.argument, scope).find((v) => v.k === "obj");
        if (spread?.k === "obj") Object.assign(properties, (this.zodShape(spread.node, spread.scope) as { properties: Record<string, unknown> }).properties);
        continue;
      }
      if (p.type !== "Property") continue;
      const key = propertyKey(p);
      if (key !== undefined) properties[key] = this.zodType(p.value as AstNode, scope, 0);
    }
    return { type: "object", properties };
  }

  /** `z.string().min(1).describe("x").optional()` → { type: "string", description: "x", optional: true }. */
  private zodType(node: AstNode, scope: ScopeIR, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let current = unwrapExpression(node);
    if (current?.type === "Identifier" && depth < 3) {
      const definition = this.definitionNode(current, scope);
      if (definition) return this.zodType(definition.node, definition.module === scope.module ? scope : definition.module.scope, depth + 1);
    }
    for (let i = 0; current && i < 30; i++) {
      if (current.type !== "CallExpression") break;
      const callee = unwrapExpression(current.callee);
      const method = memberPropertyName(callee);
      const args = current.arguments as AstNode[];
      if (method === "describe" && out.description === undefined) {
        const text = this.values.string(args[0], scope);
        if (text !== undefined) out.description = text;
      } else if (method === "optional" || method === "nullish") out.optional = true;
      else if (method === "regex" && out.pattern === undefined) {
        const regex = unwrapExpression(args[0]);
        if (regex?.type === "Literal" && regex.regex) out.pattern = (regex.regex as { pattern: string }).pattern;
      }
      const object = callee?.type === "MemberExpression" ? unwrapExpression(callee.object) : undefined;
      if (method && object && object.type !== "CallExpression") {
        out.type = method;
        if (method === "enum") out.enum = this.values.json(this.values.of(args[0], scope)[0] ?? { k: "any" });
        if (method === "literal") out.enum = [this.values.json(this.values.of(args[0], scope)[0] ?? { k: "any" })];
        if (method === "object" && unwrapExpression(args[0])?.type === "ObjectExpression") Object.assign(out, this.zodShape(unwrapExpression(args[0])!, scope));
        break;
      }
      current = object;
    }
    if (out.type === undefined) out.type = "unknown";
    return out;
  }
}

/** A schema constrains an argument to a fixed set (enum, literal, const) or an anchored pattern: its value is not free text. */
export function constrainedBy(schema: unknown, field: readonly string[]): Check | undefined {
  let node: unknown = schema;
  for (const key of field) {
    if (!node || typeof node !== "object") return undefined;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    node = properties?.[key];
  }
  if (field.length === 0 || !node || typeof node !== "object") return undefined;
  const s = node as { enum?: unknown[]; const?: unknown; pattern?: string; type?: string };
  if (Array.isArray(s.enum) && s.enum.length > 0 && s.enum.every((e) => typeof e === "string" || typeof e === "number")) return { kind: "schema-constrained", holds: true, detail: `the input schema allows only ${s.enum.slice(0, 4).map((e) => JSON.stringify(e)).join(", ")}` };
  if (s.const !== undefined) return { kind: "schema-constrained", holds: true, detail: "the input schema fixes the value" };
  if (typeof s.pattern === "string" && s.pattern.startsWith("^") && s.pattern.endsWith("$") && !/(?<!\\)\.|\\[SWD]|\[\^|\/|\s/.test(s.pattern.slice(1, -1))) return { kind: "schema-constrained", holds: true, detail: `the input schema requires /${s.pattern}/` };
  if (s.type === "number" || s.type === "integer" || s.type === "boolean" || s.type === "int") return { kind: "schema-constrained", holds: true, detail: `the input schema makes it a ${s.type}` };
  return undefined;
}

function property(object: AstNode, key: string): AstNode | undefined {
  for (const p of object.properties as AstNode[]) {
    if (p.type !== "Property") continue;
    if (propertyKey(p) === key) return unwrapExpression(p.value);
  }
  return undefined;
}

function objectKeys(object: AstNode): string[] {
  return (object.properties as AstNode[]).flatMap((p) => {
    if (p.type !== "Property") return [];
    const name = propertyKey(p);
    return name === undefined ? [] : [name];
  });
}

/** Identifier names read anywhere in a node (a registration call is small). */
function identifiersIn(node: AstNode): Set<string> {
  const out = new Set<string>();
  const visit = (n: unknown, depth: number): void => {
    if (!n || typeof n !== "object" || depth > 30) return;
    if (Array.isArray(n)) {
      for (const item of n) visit(item, depth + 1);
      return;
    }
    const x = n as AstNode;
    if (typeof x.type !== "string") return;
    if (x.type === "Identifier") out.add(x.name as string);
    if (isFunctionNode(x)) return;
    for (const key of Object.keys(x)) {
      if (key === "type" || key === "start" || key === "end") continue;
      const value = x[key];
      if (value && typeof value === "object") visit(value, depth + 1);
    }
  };
  visit(node.arguments, 0);
  return out;
}

function containsThis(node: AstNode): boolean {
  let found = false;
  const visit = (n: unknown, depth: number): void => {
    if (found || !n || typeof n !== "object" || depth > 30) return;
    if (Array.isArray(n)) {
      for (const item of n) visit(item, depth + 1);
      return;
    }
    const x = n as AstNode;
    if (x.type === "ThisExpression") {
      found = true;
      return;
    }
    if (x.type === "FunctionExpression" || x.type === "FunctionDeclaration") return;
    for (const key of Object.keys(x)) if (key !== "start" && key !== "end" && typeof x[key] === "object") visit(x[key], depth + 1);
  };
  visit(node.arguments, 0);
  return found;
}

export { literalString };
