/**
 * The JS/TS side of the analysis: builds every module's intermediate form in one walk each, links them into the module
 * graph, reads the MCP surface and the HTTP entry points, then evaluates every call of the sink catalogue with the
 * origins of its inputs.
 */
import type { ToolDescriptor } from "../../model.js";
import { type AstNode, type ParsedJs, identifierName, isFunctionNode, literalString, memberPropertyName, snippet, staticPath, unwrapExpression } from "../ast.js";
import type { HttpEntry, SettingHit, SinkHit, SinkInput, StringLiteral, TextPart, Trace } from "../code-facts.js";
import { Flows, type Roles } from "./flow.js";
import { HttpReader } from "./http.js";
import { type CallIR, type FunctionIR, type ModuleIR, type ModuleVisitor, type ScopeIR, buildModule, functionAt, lookup } from "./module.js";
import { Program, packageOf } from "./program.js";
import { type InputSpec, SINK_CALL_NAMES, SINKS, type SinkSpec, writesData } from "./sinks.js";
import { SurfaceReader } from "./surface.js";
import { type SValue, Values } from "./values.js";
import { type Region, VendoredCode, tableRegionVisitor } from "./vendored.js";

const MIN_STRING = 20;
const TEXT_ROLES = new Set<SinkInput["role"]>(["command", "code", "sql", "url", "target", "path", "module", "program"]);
/** OAuth client providers: the MCP SDK calls redirectToAuthorization with a URL from the authorization server's metadata. */
const NETWORK_CALLBACKS = new Set(["redirectToAuthorization"]);

export interface JsAnalysis {
  modules: ModuleIR[];
  program: Program;
  values: Values;
  flows: Flows;
  tools: ToolDescriptor[];
  http: HttpEntry[];
  sinks: SinkHit[];
  settings: SettingHit[];
  strings: StringLiteral[];
  vendored: VendoredCode;
  /** Handler functions the surface and the HTTP frameworks call. */
  handlerOf(fn: FunctionIR): string | undefined;
  httpHandlers: HttpReader["surface"]["handlers"];
}

export function analyzeJs(
  parsed: readonly ParsedJs[],
  extraVisitors: (modules: readonly ParsedJs[]) => Map<ParsedJs, ModuleVisitor[]> = () => new Map(),
  onTooDeep: (parsed: ParsedJs) => void = () => undefined,
): JsAnalysis {
  const candidates: { node: AstNode; scope: ScopeIR }[] = [];
  const parentKeys = new Map<AstNode, string>();
  const tableRegions = new Map<ModuleIR, Region[]>();
  const strings: StringLiteral[] = [];
  const tls: { node: AstNode; scope: ScopeIR }[] = [];
  const extras = extraVisitors(parsed);
  const common: ModuleVisitor[] = [
    SurfaceReader.candidateVisitor(candidates, parentKeys),
    tableRegionVisitor(tableRegions),
    (node, _parent, _ancestors, scope) => {
      if (node.type === "Literal" && typeof node.value === "string" && node.value.length >= MIN_STRING) {
        strings.push({ path: scope.module.path, line: scope.module.parsed.lineOf(node.start), value: node.value });
      } else if (node.type === "TemplateElement") {
        const cooked = (node.value as { cooked?: string | null }).cooked;
        if (typeof cooked === "string" && cooked.length >= MIN_STRING) strings.push({ path: scope.module.path, line: scope.module.parsed.lineOf(node.start), value: cooked });
      } else if (node.type === "Property" || node.type === "AssignmentExpression") {
        if (isTlsCandidate(node)) tls.push({ node, scope });
      }
    },
  ];
  const modules: ModuleIR[] = [];
  for (const p of parsed) {
    try {
      modules.push(buildModule(p, [...common, ...(extras.get(p) ?? [])]));
    } catch (error) {
      // A tree deeper than the stack: the module is left out and named, never a crash.
      if (!(error instanceof RangeError)) throw error;
      onTooDeep(p);
    }
  }
  const program = new Program(modules);
  const values = new Values(program);
  const vendored = new VendoredCode(modules, tableRegions);
  let flows: Flows | undefined;
  const surfaceReader = new SurfaceReader(program, values, () => flows!);
  for (const [node, key] of parentKeys) surfaceReader.parentKeys.set(node, key);
  const httpReader = new HttpReader(program, values);
  const roles: Roles = {
    paramRole: (fn, index) => surfaceReader.paramRole(fn, index) ?? httpReader.paramRole(fn, index) ?? networkCallbackRole(fn, index),
    isEntry: (fn) => surfaceReader.surface.handlers.has(fn) || httpReader.surface.handlers.has(fn) || (fn.method !== undefined && NETWORK_CALLBACKS.has(fn.method.key)),
    vendoredAt: (module, offset) => vendored.at(module, offset),
  };
  flows = new Flows(program, values, roles);
  const surface = surfaceReader.read(candidates);
  const http = httpReader.read();
  const handlerOf = (fn: FunctionIR): string | undefined => {
    const tool = surface.handlers.get(fn)?.find((r) => r.name !== undefined);
    if (tool) return `${tool.kind}:${tool.name}`;
    const route = http.handlers.get(fn);
    if (route && !route.middleware) return `route:${route.method} ${route.route}`;
    return undefined;
  };
  const sinks = new SinkReader(program, values, flows, vendored, handlerOf).read();
  const settings: SettingHit[] = tls.flatMap(({ node, scope }) => tlsSetting(node, scope, values, vendored));
  return { modules, program, values, flows, tools: surface.tools, http: http.entries, sinks, settings, strings, vendored, handlerOf, httpHandlers: http.handlers };
}

function networkCallbackRole(fn: FunctionIR, index: number): ReturnType<Roles["paramRole"]> {
  if (index !== 0 || !fn.method || !NETWORK_CALLBACKS.has(fn.method.key)) return undefined;
  return { origin: "network-response", source: "the authorization URL the MCP SDK passes to redirectToAuthorization (built from the authorization server's metadata)" };
}

// ------------------------------------------------------------------ sinks

class SinkReader {
  private readonly out: SinkHit[] = [];
  /** The expression each hole stands for, to expand a parameter into what each caller passes. */
  private readonly holeNodes = new WeakMap<TextPart, { node: AstNode; scope: ScopeIR }>();

  constructor(
    private readonly program: Program,
    private readonly values: Values,
    private readonly flows: Flows,
    private readonly vendored: VendoredCode,
    private readonly handlerOf: (fn: FunctionIR) => string | undefined,
  ) {}

  read(): SinkHit[] {
    for (const module of this.program.modules) {
      for (const call of module.calls) {
        if (!this.mightBeSink(call)) continue;
        this.call(module, call);
      }
    }
    for (const module of this.program.modules) this.dynamicImports(module);
    return this.out;
  }

  /** A cheap filter: a callee named like a sink, or bound to an import, a require or a wrapper of one. */
  private mightBeSink(call: CallIR): boolean {
    if (call.name !== undefined && (SINK_CALL_NAMES.has(call.name) || call.name === "then")) return true;
    const callee = unwrapExpression(call.node.callee);
    if (callee?.type === "SequenceExpression") return true;
    if (callee?.type !== "Identifier") return false;
    const binding = lookup(call.scope, callee.name as string);
    if (!binding || binding.fn || binding.param) return false;
    if (binding.imported) return true;
    return binding.defs.some((d) => {
      const v = unwrapExpression(d.value);
      return v?.type === "CallExpression" || v?.type === "MemberExpression" || v?.type === "AwaitExpression";
    });
  }

  private call(module: ModuleIR, call: CallIR): void {
    const node = call.node;
    let callee = unwrapExpression(node.callee)!;
    if (callee.type === "SequenceExpression") callee = unwrapExpression((callee.expressions as AstNode[]).at(-1))!;
    const args = node.arguments as AstNode[];
    // require(x) with x not a literal loads whatever x names.
    if (!call.isNew && callee.type === "Identifier" && callee.name === "require" && !lookup(call.scope, "require")) {
      if (args.length === 1 && literalString(args[0]) === undefined) this.push(module, call, { id: "require", kind: "module-load", api: "require()", callee: { global: ["require"] }, inputs: [{ arg: 0, role: "module" }] }, "require");
      return;
    }
    const targets = this.values.of(callee, call.scope);
    for (const target of targets) {
      const found = this.match(target, call, callee);
      if (found) {
        this.push(module, call, found.spec, found.exportName);
        return;
      }
    }
    // `.then(eval)`: a response handed straight to a code runner.
    if (memberPropertyName(callee) === "then" && callee.type === "MemberExpression") {
      for (const arg of args) {
        if (this.values.of(arg, call.scope).some((v) => v.k === "global" && (v.path.join(".") === "eval" || v.path.join(".") === "Function"))) {
          const hit = this.hit(module, call, { id: "then(eval)", kind: "code", api: "eval", callee: { global: ["eval"] }, inputs: [] }, []);
          hit.inputs.push({ role: "code", traces: this.flows.traces(callee.object, call.scope) });
          this.out.push(hit);
          return;
        }
      }
    }
  }

  private match(target: SValue, call: CallIR, callee: AstNode): { spec: SinkSpec; exportName: string } | undefined {
    const args = call.node.arguments as AstNode[];
    for (const spec of SINKS) {
      if ((spec.construct === true) !== call.isNew) continue;
      let exportName: string | undefined;
      if ("module" in spec.callee) {
        if (target.k !== "ext") continue;
        const { module, path } = normaliseExternal(target.module, target.path);
        if (!spec.callee.module.includes(module)) continue;
        const name = path.join(".");
        if (!spec.callee.exports.includes(name)) continue;
        exportName = name;
      } else if ("global" in spec.callee) {
        if (target.k !== "global") continue;
        const name = target.path.join(".").replace(/^(?:globalThis|window|global|self)\./, "");
        if (!spec.callee.global.includes(name)) continue;
        exportName = name;
      } else {
        const method = memberPropertyName(callee);
        if (callee.type !== "MemberExpression" || method === undefined || !spec.callee.method.includes(method)) continue;
        // Any receiver (SQL clients come from many packages, bundled or not); the SQL text decides (looksLikeSql).
        if (target.k === "global") continue;
        exportName = method;
      }
      if (spec.shellOption && !this.shellOption(args, call.scope)) continue;
      return { spec, exportName };
    }
    return undefined;
  }

  /** An options object among the arguments sets `shell` truthy (`shell: true`, `shell: "/bin/sh"`, minified `!0`). */
  private shellOption(args: AstNode[], scope: ScopeIR): boolean {
    for (const arg of args.slice(1)) {
      for (const v of this.values.of(arg, scope)) {
        if (v.k !== "obj" && v.k !== "record") continue;
        for (const s of this.values.member([v], "shell", 0)) {
          if ((s.k === "bool" && s.v) || (s.k === "str" && s.v !== "") || s.k === "any") return true;
        }
      }
    }
    return false;
  }

  private push(module: ModuleIR, call: CallIR, spec: SinkSpec, exportName: string): void {
    const hit = this.hit(module, call, spec, call.node.arguments as AstNode[]);
    // A module sink reads as module.export (`child_process.execSync`, `fs/promises.readFile`); phrases stay as written.
    if ("module" in spec.callee && !spec.api.includes(" ") && exportName && spec.kind !== "url") hit.api = `${spec.callee.module.length === 1 ? spec.callee.module[0] : spec.api}.${exportName}`;
    if (spec.kind === "sql" && !this.looksLikeSql(hit)) return;
    if (spec.kind === "file") {
      const data = writesData(spec, exportName.split(".").at(-1) ?? exportName);
      const args = call.node.arguments as AstNode[];
      if (data !== undefined && args[data]) hit.writes = { pathKey: this.pathKey(args[0], call.scope, module), traces: this.flows.traces(args[data], call.scope) };
    }
    if (spec.kind === "module-load") hit.pathKey = this.pathKey((call.node.arguments as AstNode[])[0], call.scope, module);
    this.out.push(hit);
  }

  private hit(module: ModuleIR, call: CallIR, spec: SinkSpec, args: AstNode[]): SinkHit {
    const inputs: SinkInput[] = [];
    for (const input of spec.inputs) {
      const expression = this.inputExpression(input, args, call.scope);
      if (!expression) continue;
      inputs.push(this.input(input.role, expression, call.scope));
    }
    const vendored = this.vendored.at(module, call.node.start) ?? this.vendored.generatedAt(module, call.node);
    const anchor = this.anchor(module, call.node, inputs);
    return {
      sink: spec.id,
      kind: spec.kind,
      api: spec.api,
      language: "js",
      location: { path: module.path, startLine: module.parsed.lineOf(call.node.start) },
      evidence: snippet(module.parsed.textOf(call.node)),
      inputs,
      ...(anchor ? { anchor } : {}),
      ...(vendored ? { vendored } : {}),
      ...(spec.shellOption ? { shell: true } : {}),
    };
  }

  private inputExpression(input: InputSpec, args: AstNode[], scope: ScopeIR): AstNode | undefined {
    const arg = unwrapExpression(args[input.arg]);
    if (!arg || arg.type === "SpreadElement") return undefined;
    if (!input.option) return arg;
    if (arg.type === "ObjectExpression") {
      for (const key of input.option) {
        for (const p of arg.properties as AstNode[]) {
          if (p.type === "Property" && (identifierName(p.key) ?? literalString(p.key)) === key) return unwrapExpression(p.value);
        }
      }
      return undefined;
    }
    // A string (or URL) where an options object may also stand: axios(url), http.get(url).
    const values = this.values.of(arg, scope);
    if (values.some((v) => v.k === "obj")) {
      for (const v of values) {
        if (v.k !== "obj") continue;
        for (const key of input.option) {
          for (const p of v.node.properties as AstNode[]) if (p.type === "Property" && (identifierName(p.key) ?? literalString(p.key)) === key) return unwrapExpression(p.value);
        }
      }
      return undefined;
    }
    return input.role === "arguments" || input.role === "program" ? undefined : arg;
  }

  private input(role: SinkInput["role"], expression: AstNode, scope: ScopeIR): SinkInput {
    const input: SinkInput = { role, traces: this.flows.traces(expression, scope) };
    if (TEXT_ROLES.has(role)) {
      const parts = this.parts(expression, scope, 0);
      if (parts.length > 0) input.parts = parts;
      const alternatives = this.expandParameters(this.alternatives(expression, scope, 0) ?? (input.parts ? [input.parts] : []), 0);
      if (alternatives.length > 1) input.alternatives = alternatives;
      // `isWindows ? "npx.cmd" : "npx"`: every text the input can hold, when the code fixes each.
      const texts = this.values.strings(expression, scope);
      if (texts && texts.length > 1) input.texts = texts;
    }
    if (role === "arguments") {
      const words = this.words(expression, scope);
      if (words) input.words = words;
    }
    return input;
  }

  /** The text an input is built from: literal text the code fixes and holes with their traces. */
  private parts(expression: AstNode, scope: ScopeIR, depth: number): TextPart[] {
    const n = unwrapExpression(expression);
    if (!n) return [];
    const fixed = this.values.string(n, scope);
    if (fixed !== undefined) return [{ text: fixed }];
    if (depth < 4) {
      if (n.type === "TemplateLiteral") {
        const out: TextPart[] = [];
        const quasis = n.quasis as AstNode[];
        const expressions = n.expressions as AstNode[];
        for (let i = 0; i < quasis.length; i++) {
          const cooked = (quasis[i]!.value as { cooked?: string | null; raw: string }).cooked ?? (quasis[i]!.value as { raw: string }).raw;
          if (cooked) out.push({ text: cooked });
          if (i < expressions.length) out.push(...this.parts(expressions[i]!, scope, depth + 1));
        }
        return merge(out);
      }
      if (n.type === "BinaryExpression" && n.operator === "+") return merge([...this.parts(n.left as AstNode, scope, depth + 1), ...this.parts(n.right as AstNode, scope, depth + 1)]);
      if (n.type === "Identifier") {
        const binding = lookup(scope, n.name as string);
        const defs = binding && !binding.param && !binding.imported ? binding.defs.filter((d) => d.op === "=" && d.path.length === 0) : [];
        const appended = binding ? binding.defs.filter((d) => d.op === "+=") : [];
        // `let url = \`${base}/v2${path}\`; url += \`?${query}\``: the first write decides where the text starts.
        if (binding && defs.length === 1 && appended.length > 0 && binding.defs.length === 1 + appended.length && defs[0]!.at.start < Math.min(...appended.map((d) => d.at.start))) {
          const head = this.parts(defs[0]!.value, defs[0]!.scope, depth + 1);
          return merge([...head, { hole: appended.flatMap((d) => this.flows.traces(d.value, d.scope)) }]);
        }
        if (binding && defs.length === 1 && binding.defs.length === 1) {
          // Checks that hold at this use (a guard between the definition and here) apply to what the definition is built from.
          const checks = this.flows.checksAt(n, scope);
          const parts = this.parts(defs[0]!.value, defs[0]!.scope, depth + 1);
          return checks.length === 0 ? parts : parts.map((p) => ("hole" in p ? { hole: p.hole.map((t) => ({ ...t, checks: [...t.checks, ...checks] })) } : p));
        }
      }
      if (n.type === "NewExpression" && staticPath(n.callee) === "URL") {
        const args = n.arguments as AstNode[];
        // new URL(path, base): an absolute path replaces the base's origin, so only a path starting with "/" keeps it.
        if (args.length >= 2) {
          const path = this.parts(args[0]!, scope, depth + 1);
          const first = path[0];
          if (first && "text" in first && first.text.startsWith("/") && !first.text.startsWith("//")) return merge([...this.parts(args[1]!, scope, depth + 1), ...path]);
          return path;
        }
        return this.parts(args[0]!, scope, depth + 1);
      }
      if (n.type === "CallExpression" && memberPropertyName(n.callee) === "toString" && unwrapExpression(n.callee)?.type === "MemberExpression") return this.parts(unwrapExpression(n.callee)!.object as AstNode, scope, depth + 1);
    }
    const hole: TextPart = { hole: this.flows.traces(n, scope) };
    this.holeNodes.set(hole, { node: n, scope });
    return [hole];
  }

  /**
   * A hole that is a parameter of the enclosing function stands for what each caller passes: `${base}${path}` in a
   * helper called with `/projects/${id}` reads as `${base}/projects/${id}` there (the summary applied per call site).
   */
  private expandParameters(alternatives: TextPart[][], depth: number): TextPart[][] {
    if (depth > 2) return alternatives;
    const out: TextPart[][] = [];
    let expanded = false;
    for (const parts of alternatives) {
      const index = parts.findIndex((p) => "hole" in p && this.parameterHole(p) !== undefined);
      if (index < 0 || out.length > 16) {
        out.push(parts);
        continue;
      }
      const { fn, param } = this.parameterHole(parts[index]!)!;
      const callers = this.flows.callersOf(fn).slice(0, 8);
      if (callers.length === 0) {
        out.push(parts);
        continue;
      }
      expanded = true;
      for (const caller of callers) {
        const arg = (caller.call.arguments as AstNode[])[param + caller.offset];
        const inner = arg ? this.parts(arg, caller.scope, 1) : [{ hole: [] } as TextPart];
        out.push(merge([...parts.slice(0, index), ...inner, ...parts.slice(index + 1)]));
      }
    }
    return expanded ? this.expandParameters(out, depth + 1) : out;
  }

  private parameterHole(part: TextPart): { fn: FunctionIR; param: number } | undefined {
    const origin = this.holeNodes.get(part);
    if (origin?.node.type !== "Identifier") return undefined;
    const binding = lookup(origin.scope, origin.node.name as string);
    if (!binding?.param || binding.param.path.length > 0 || binding.param.rest || binding.defs.length > 0) return undefined;
    return { fn: binding.param.fn, param: binding.param.index };
  }

  /** The branches of a conditional input (through a variable holding one), each as parts. */
  private alternatives(expression: AstNode, scope: ScopeIR, depth: number): TextPart[][] | undefined {
    const n = unwrapExpression(expression);
    if (!n || depth > 3) return undefined;
    if (n.type === "ConditionalExpression" || (n.type === "LogicalExpression" && (n.operator === "||" || n.operator === "??"))) {
      const branches = n.type === "ConditionalExpression" ? [n.consequent as AstNode, n.alternate as AstNode] : [n.left as AstNode, n.right as AstNode];
      return branches.flatMap((b) => this.alternatives(b, scope, depth + 1) ?? [this.parts(b, scope, 0)]);
    }
    if (n.type === "Identifier") {
      const binding = lookup(scope, n.name as string);
      if (binding && !binding.param && !binding.imported && binding.defs.length === 1 && binding.defs[0]!.op === "=" && binding.defs[0]!.path.length === 0) {
        const checks = this.flows.checksAt(n, scope);
        const found = this.alternatives(binding.defs[0]!.value, binding.defs[0]!.scope, depth + 1);
        return found && checks.length > 0 ? found.map((parts) => parts.map((p) => ("hole" in p ? { hole: p.hole.map((t) => ({ ...t, checks: [...t.checks, ...checks] })) } : p))) : found;
      }
    }
    return undefined;
  }

  private words(expression: AstNode, scope: ScopeIR): (string | undefined)[] | undefined {
    const values = this.values.of(expression, scope);
    if (values.length !== 1 || values[0]!.k !== "arr") return undefined;
    return values[0]!.items.map((v) => (v.k === "str" ? v.v : v.k === "num" ? String(v.v) : undefined));
  }

  private looksLikeSql(hit: SinkHit): boolean {
    const input = hit.inputs[0];
    if (!input?.parts) return false;
    const text = input.parts.map((p) => ("text" in p ? p.text : " ? ")).join("");
    return /\b(?:select|insert|update|delete|create|drop|alter|pragma|from|where|values|into|join|order\s+by|limit|table)\b/i.test(text);
  }

  /** `import(x)` with x not a literal: a module named at run time (a URL or a downloaded file among them). */
  private dynamicImports(module: ModuleIR): void {
    const text = module.parsed.file.text;
    if (!text.includes("import(")) return;
    const stack: unknown[] = [module.parsed.program];
    while (stack.length > 0) {
      const node = stack.pop() as AstNode;
      if (!node || typeof node !== "object") continue;
      if (node.type === "ImportExpression") {
        const source = node.source as AstNode;
        if (literalString(source) === undefined || /^https?:\/\//i.test(literalString(source) ?? "")) {
          const fn = functionAt(module, node.start);
          const scope = fn?.scope ?? module.scope;
          const input = this.input("module", source, scope);
          const vendored = this.vendored.at(module, node.start);
          const anchor = this.anchor(module, node, [input]);
          this.out.push({
            sink: "import()",
            kind: "module-load",
            api: "import()",
            language: "js",
            location: { path: module.path, startLine: module.parsed.lineOf(node.start) },
            evidence: snippet(module.parsed.textOf(node)),
            inputs: [input],
            pathKey: this.pathKey(source, scope, module),
            ...(anchor ? { anchor } : {}),
            ...(vendored ? { vendored } : {}),
          });
        }
      }
      for (const key in node) {
        if (key === "start" || key === "end" || key === "type") continue;
        const value = node[key];
        if (value && typeof value === "object") {
          if (Array.isArray(value)) for (const v of value) stack.push(v);
          else stack.push(value);
        }
      }
    }
  }

  /** A key for the file a path expression names: its static text, or its source text. */
  private pathKey(node: AstNode | undefined, scope: ScopeIR, module: ModuleIR): string {
    if (!node) return "";
    const fixed = this.values.string(node, scope);
    if (fixed !== undefined) return `value:${fixed}`;
    const n = unwrapExpression(node);
    if (n?.type === "Identifier") {
      const binding = lookup(scope, n.name as string);
      if (binding) return `binding:${module.path}:${binding.declaredAt.start}`;
    }
    return n ? `text:${module.parsed.textOf(n).replace(/\s+/g, "")}` : "";
  }

  /** The tool, route or exported function a sink sits in, or the tool its worst trace belongs to. */
  private anchor(module: ModuleIR, node: AstNode, inputs: SinkInput[]): string | undefined {
    let exported: string | undefined;
    for (let fn = functionAt(module, node.start); fn; fn = fn.outer.fn) {
      const handler = this.handlerOf(fn);
      if (handler) return handler;
      exported ??= exportedName(module, fn);
    }
    const tool = inputs.flatMap((i) => [...i.traces, ...(i.parts ?? []).flatMap((p) => ("hole" in p ? p.hole : []))]).find((t) => t.tool !== undefined)?.tool;
    if (tool) return `tool:${tool}`;
    return exported ? `export:${exported}` : undefined;
  }
}

function exportedName(module: ModuleIR, fn: FunctionIR): string | undefined {
  if (!fn.name || module.minified) {
    for (const [name, e] of module.exports) if (e.kind === "value" && unwrapExpression(e.value) === fn.node) return name;
    return undefined;
  }
  for (const [name, e] of module.exports) if (e.kind === "local" && e.name === fn.name) return name;
  for (const [name, defs] of module.cjsExportProps) if (defs.some((d) => identifierName(d.value) === fn.name || unwrapExpression(d.value) === fn.node)) return name;
  return undefined;
}

/** `fs/promises` reached as fs.promises, `node:` prefixes gone: the module and export path a sink is listed under. */
function normaliseExternal(module: string, path: string[]): { module: string; path: string[] } {
  const clean = path.filter((p) => p !== "()" && p !== "new" && p !== "default");
  const called = path.at(-1) === "()" || path.at(-1) === "new";
  void called;
  if ((module === "fs" || module === "fs-extra" || module === "graceful-fs") && clean[0] === "promises") return { module: "fs/promises", path: clean.slice(1) };
  if (module === "util" && clean[0] === "promisify") return { module, path: clean };
  const pkg = packageOf(module);
  if (pkg !== module && !["fs/promises", "child_process"].includes(module) && !module.startsWith("@modelcontextprotocol/")) return { module: pkg, path: clean };
  return { module, path: clean };
}

function merge(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && "text" in last && "text" in p) out[out.length - 1] = { text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------ TLS settings

function isTlsCandidate(node: AstNode): boolean {
  if (node.type === "Property") {
    const key = (node.key as AstNode).name ?? (node.key as AstNode).value;
    return key === "rejectUnauthorized" || key === "strictSSL" || key === "NODE_TLS_REJECT_UNAUTHORIZED";
  }
  const left = node.left as AstNode;
  return left?.type === "MemberExpression" && (memberPropertyName(left) === "NODE_TLS_REJECT_UNAUTHORIZED");
}

function tlsSetting(node: AstNode, scope: ScopeIR, values: Values, vendored: VendoredCode): SettingHit[] {
  const value = node.type === "Property" ? (node.value as AstNode) : (node.right as AstNode);
  const off = values.of(value, scope).every((v) => (v.k === "bool" && !v.v) || (v.k === "num" && v.v === 0) || (v.k === "str" && (v.v === "0" || v.v === "false")));
  if (!off || values.of(value, scope).length === 0) return [];
  const key = node.type === "Property" ? ((node.key as AstNode).name ?? (node.key as AstNode).value) : "NODE_TLS_REJECT_UNAUTHORIZED";
  if (node.type === "AssignmentExpression" && !/env\.NODE_TLS_REJECT_UNAUTHORIZED$/.test(staticPath(node.left) ?? "")) return [];
  const module = scope.module;
  const label = vendored.at(module, node.start);
  return [{
    setting: "tls-verification-off",
    language: "js",
    location: { path: module.path, startLine: module.parsed.lineOf(node.start) },
    evidence: snippet(module.parsed.textOf(node)),
    detail: key === "NODE_TLS_REJECT_UNAUTHORIZED" ? "NODE_TLS_REJECT_UNAUTHORIZED=0" : `${String(key)}: false`,
    ...(label ? { vendored: label } : {}),
  }];
}

export { isFunctionNode, type Trace };
