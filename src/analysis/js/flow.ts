/**
 * Value flow with origins. Every expression evaluates to the traces of what reaches it: a source (tool argument, HTTP
 * request, network response, argv, env, file content) with its way there, or a parameter of the enclosing function. A
 * function's returns are its summary in terms of its parameters, applied at each call site with that call's arguments,
 * so a helper called with tool input and with argv gives two different flows. Parameters are resolved through every
 * caller in the tree (following imports, re-exports and bundler renames), through callbacks of known methods, and
 * through the handlers the MCP surface and the HTTP frameworks call.
 */
import { type AstNode, identifierName, isFunctionNode, literalString, memberPropertyName, snippet, staticPath, unwrapExpression } from "../ast.js";
import type { Check, FlowStep, Origin, Trace } from "../code-facts.js";
import { type BindingIR, type DefIR, type FunctionIR, type ModuleIR, type ScopeIR, callsNamed, functionAt, lookup } from "./module.js";
import type { Program } from "./program.js";
import { type GuardContext, guardChecks, transformCheck } from "./sanitisers.js";
import type { SValue, Values } from "./values.js";

/** A value that depends on a parameter of a function: resolved through the function's callers, or at a call site. */
export interface ParamAtom {
  param: FunctionIR;
  index: number;
  path: string[];
  steps: FlowStep[];
  checks: Check[];
}

export type Atom = (Trace & { param?: undefined }) | ParamAtom;

/** Who calls a function's parameter when no caller in the tree does: a tool handler, a route handler, a library. */
export interface ParamRole {
  origin: Origin;
  source: string;
  tool?: string;
  /** Property path to prepend to what the handler reads (`request.params.arguments` for a CallTool handler). */
  field?: string[];
  /** Narrowing the tool's input schema applies to an argument (enum, literal, anchored pattern). */
  constrained?: (field: string[]) => Check | undefined;
}

export interface Roles {
  /** The role of parameter `index` of `fn`, when the surface or an HTTP framework calls it. */
  paramRole(fn: FunctionIR, index: number): ParamRole | undefined;
  /** True when `fn` is called by a framework (a handler): its parameters need no caller in the tree. */
  isEntry(fn: FunctionIR): boolean;
  /** The vendored region around an offset of a module, if any. */
  vendoredAt(module: ModuleIR, offset: number): string | undefined;
}

const MAX_ATOMS = 24;
const MAX_PARAM_DEPTH = 10;
const NETWORK_MODULES = new Set([
  "node-fetch", "cross-fetch", "isomorphic-fetch", "isomorphic-unfetch", "undici", "axios", "got", "ky", "needle", "superagent",
  "request", "request-promise", "request-promise-native", "phin", "make-fetch-happen", "minipass-fetch", "ofetch", "wretch",
]);
const FS_MODULES = new Set(["fs", "fs/promises", "fs-extra", "graceful-fs", "original-fs"]);
const FS_READS = new Set(["readFile", "readFileSync", "readJson", "readJsonSync", "readJSON", "readJSONSync", "readdir", "readdirSync", "createReadStream", "readlink", "readlinkSync"]);
const STRING_METHODS = new Set([
  "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "toLocaleLowerCase", "slice", "substring", "substr", "replace", "replaceAll",
  "split", "join", "concat", "padStart", "padEnd", "toString", "at", "charAt", "repeat", "normalize", "valueOf", "flat", "map", "filter",
  "find", "reduce", "pop", "shift", "values", "get", "getAll", "entries", "keys", "toJSON", "href", "format",
]);
/** Methods whose result holds their arguments' text. */
const TEXT_BUILDERS = new Set(["replace", "replaceAll", "concat", "join", "padStart", "padEnd", "format", "push", "append", "set", "add", "assign", "merge", "extend", "with"]);
const BODY_READERS = new Set(["json", "text", "arrayBuffer", "blob", "formData", "buffer", "body"]);
/** Callback-taking array methods: the callback's first parameter is an element of the receiver. */
const ELEMENT_CALLBACKS = new Set(["map", "forEach", "filter", "find", "findIndex", "some", "every", "flatMap", "findLast", "sort"]);
/** Globals whose result is a number, a boolean or a fresh value with no text of their arguments. */
const OPAQUE_GLOBALS = /^(?:Number|parseInt|parseFloat|Boolean|isNaN|isFinite|Math\.\w+|Date|Date\.now|Symbol|Array\.isArray|Number\.\w+|setTimeout|setInterval|clearTimeout|crypto\.\w+|performance\.now|Object\.keys)$/;
const PROPAGATING_GLOBALS = /^(?:String|JSON\.parse|Array\.from|Object\.values|Object\.entries|Object\.assign|Object\.fromEntries|structuredClone|Buffer\.from|Buffer\.concat|decodeURIComponent|decodeURI|atob|btoa|Promise\.all|Promise\.resolve|URL|URLSearchParams|escape|unescape)$/;

export class Flows {
  private readonly memo = new Map<AstNode, Atom[]>();
  private readonly active = new Set<AstNode>();
  private readonly paramMemo = new Map<FunctionIR, Map<string, Trace[]>>();
  private readonly paramActive = new Set<string>();
  private readonly callersMemo = new Map<FunctionIR, { call: AstNode; scope: ScopeIR; offset: number }[]>();
  private readonly assertsMemo = new Map<FunctionIR, Map<number, Check[]>>();
  /** Work done, to stop a pathological tree from taking the scan's time. */
  private work = 0;
  private readonly budget: number;

  constructor(
    readonly program: Program,
    readonly values: Values,
    private readonly roles: Roles,
    budget = 4_000_000,
  ) {
    this.budget = budget;
  }

  // ------------------------------------------------------------------ public

  /** The traces of every source that reaches `expression` (read in `scope`), parameters resolved through callers. */
  traces(expression: unknown, scope: ScopeIR): Trace[] {
    return this.resolve(this.atoms(expression, scope), 0);
  }

  /** Atoms of `expression` at `path` into it: `{ cmd: x }` at ["cmd"] is x. */
  atomsAt(expression: unknown, scope: ScopeIR, path: readonly string[]): Atom[] {
    const n = unwrapExpression(expression);
    if (!n) return [];
    if (path.length === 0) return this.atoms(n, scope);
    if (n.type === "ObjectExpression") {
      const props = n.properties as AstNode[];
      for (let i = props.length - 1; i >= 0; i--) {
        const p = props[i]!;
        if (p.type === "SpreadElement") {
          const inner = this.atomsAt(p.argument, scope, path);
          if (inner.length > 0) return inner;
          continue;
        }
        if (p.type !== "Property") continue;
        const key = p.computed ? literalString(p.key) : identifierName(p.key) ?? literalString(p.key) ?? (typeof (p.key as AstNode).value === "number" ? String((p.key as AstNode).value) : undefined);
        if (key === path[0]) return this.atomsAt(p.value, scope, path.slice(1));
      }
      return [];
    }
    // `const { conditions } = build(filters)`: only what the function returns under that key.
    if (n.type === "CallExpression" || (n.type === "AwaitExpression" && unwrapExpression(n.argument)?.type === "CallExpression")) {
      const call = n.type === "AwaitExpression" ? unwrapExpression(n.argument)! : n;
      const targets = this.values.of(call.callee, scope);
      if (targets.length > 0 && targets.every((t) => t.k === "fn" && !this.values.isInterop(t.fn))) {
        return dedupeAtoms(targets.flatMap((t) => (t.k === "fn" ? this.instantiate(t.fn, call.arguments as AstNode[], call, scope, undefined, path) : [])));
      }
    }
    if (n.type === "Identifier") {
      const binding = lookup(scope, n.name as string);
      if (binding && !binding.param && !binding.imported && binding.defs.length === 1 && binding.defs[0]!.op === "=" && binding.defs[0]!.path.length === 0) {
        const value = unwrapExpression(binding.defs[0]!.value);
        if (value?.type === "ObjectExpression") return this.withGuards(this.atomsAt(value, binding.defs[0]!.scope, path), n, scope, binding, [...path]);
      }
    }
    return refine(this.atoms(n, scope), path);
  }

  /** Replaces parameter atoms by what the callers pass (or the role of the handler), until only traces remain. */
  resolve(atoms: readonly Atom[], depth: number): Trace[] {
    const out: Trace[] = [];
    for (const atom of atoms) {
      if (atom.param === undefined) {
        out.push(atom);
        continue;
      }
      for (const t of this.paramTraces(atom.param, atom.index, depth, atom.path)) {
        out.push({ ...t, steps: [...t.steps, ...atom.steps], checks: [...t.checks, ...atom.checks] });
      }
    }
    return dedupeTraces(out);
  }

  // ------------------------------------------------------------------ atoms of an expression

  atoms(expression: unknown, scope: ScopeIR): Atom[] {
    const n = unwrapExpression(expression);
    if (!n) return [];
    const cached = this.memo.get(n);
    if (cached) return cached;
    if (this.active.has(n)) return [];
    if (++this.work > this.budget) return [];
    this.active.add(n);
    try {
      const result = limit(this.compute(n, scope));
      this.memo.set(n, result);
      return result;
    } finally {
      this.active.delete(n);
    }
  }

  private compute(n: AstNode, scope: ScopeIR): Atom[] {
    switch (n.type) {
      case "Literal":
      case "UnaryExpression":
      case "UpdateExpression":
      case "ThisExpression":
      case "Super":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "ClassExpression":
      case "MetaProperty":
      case "ImportExpression":
        return [];
      case "TemplateLiteral":
        return this.all(n.expressions as AstNode[], scope);
      case "TaggedTemplateExpression":
        return this.all((n.quasi as AstNode).expressions as AstNode[], scope);
      case "BinaryExpression":
        return n.operator === "+" ? this.all([n.left as AstNode, n.right as AstNode], scope) : [];
      case "LogicalExpression":
        return this.all([n.left as AstNode, n.right as AstNode], scope);
      case "ConditionalExpression":
        return this.all([n.consequent as AstNode, n.alternate as AstNode], scope);
      case "SequenceExpression":
        return this.atoms((n.expressions as AstNode[]).at(-1), scope);
      case "AssignmentExpression":
        return this.atoms(n.right, scope);
      case "AwaitExpression":
      case "SpreadElement":
      case "YieldExpression":
        return this.atoms(n.argument, scope);
      case "ArrayExpression":
        return this.all((n.elements as (AstNode | null)[]).filter((e): e is AstNode => e !== null), scope);
      case "ObjectExpression":
        return this.all((n.properties as AstNode[]).map((p) => (p.type === "SpreadElement" ? p : (p.value as AstNode))), scope);
      case "Identifier":
        return this.identifier(n, scope);
      case "MemberExpression":
        return this.member(n, scope);
      case "CallExpression":
      case "NewExpression":
        return this.call(n, scope);
      default:
        return [];
    }
  }

  private all(nodes: readonly AstNode[], scope: ScopeIR): Atom[] {
    const out: Atom[] = [];
    for (const node of nodes) out.push(...this.atoms(node, scope));
    return dedupeAtoms(out);
  }

  private identifier(n: AstNode, scope: ScopeIR): Atom[] {
    const name = n.name as string;
    const binding = lookup(scope, name);
    if (!binding) return [];
    return this.withGuards(this.bindingAtoms(binding, n), n, scope, binding, []);
  }

  private bindingAtoms(binding: BindingIR, use: AstNode): Atom[] {
    if (binding.fn || binding.cls || binding.kind === "catch") return [];
    const out: Atom[] = [];
    if (binding.param) {
      const { fn, index, path, rest } = binding.param;
      out.push({ param: fn, index, path: rest ? [] : path, steps: [], checks: [] });
    }
    if (binding.imported) out.push(...this.importedAtoms(binding.scope.module, binding.imported.specifier, binding.imported.name));
    for (const def of binding.defs) {
      if (def.op === "default" && binding.param) continue;
      out.push(...this.defAtoms(def));
    }
    void use;
    return dedupeAtoms(out);
  }

  private defAtoms(def: DefIR): Atom[] {
    const atoms = def.path.length > 0 ? this.atomsAt(def.value, def.scope, def.path) : this.atoms(def.value, def.scope);
    return atoms;
  }

  private importedAtoms(from: ModuleIR, specifier: string, name: string): Atom[] {
    const target = this.program.exportFrom(from, specifier, name);
    if (!target || target.kind === "external" || target.kind === "namespace") return [];
    if (target.kind === "binding") return this.bindingAtoms(target.binding, target.binding.declaredAt);
    return this.defAtoms(target.def);
  }

  private member(n: AstNode, scope: ScopeIR): Atom[] {
    const path = staticPath(n);
    if (path !== undefined) {
      const source = memberSource(path, scope);
      if (source !== undefined) return source === "none" ? [] : [this.sourceTrace(source.origin, source.source, scope.module, n)];
    }
    const key = memberPropertyName(n);
    if (key === "length" || key === "size") return [];
    // A static access path rooted at a binding (`args.file`, `req.body.cmd`): checks on that path apply.
    const chain = accessPath(n);
    if (chain) {
      const binding = lookup(scope, chain.root);
      if (binding) return this.withGuards(this.atomsAt(chain.rootNode, scope, chain.keys), n, scope, binding, chain.keys);
    }
    if (key === undefined) {
      const objectAtoms = this.atoms(n.object, scope);
      return dedupeAtoms([...objectAtoms, ...(n.computed ? [] : [])]);
    }
    return refine(this.atoms(n.object, scope), [key]);
  }

  private call(n: AstNode, scope: ScopeIR): Atom[] {
    let callee = unwrapExpression(n.callee)!;
    if (callee.type === "SequenceExpression") callee = unwrapExpression((callee.expressions as AstNode[]).at(-1))!;
    const args = n.arguments as AstNode[];
    const path = staticPath(callee);
    if (path === "require" && !lookup(scope, "require")) return [];
    if (path !== undefined) {
      if (OPAQUE_GLOBALS.test(path) && !lookup(scope, path.split(".")[0]!)) return [];
      const check = transformCheck(path, undefined, undefined);
      if (check && !lookup(scope, path.split(".")[0]!)) return withCheck(this.all(args, scope), check);
      if ((path === "fetch" || path === "globalThis.fetch") && !lookup(scope, "fetch")) return [this.sourceTrace("network-response", "the response of fetch()", scope.module, n)];
      if (PROPAGATING_GLOBALS.test(path) && !lookup(scope, path.split(".")[0]!)) return this.all(args, scope);
    }
    const method = callee.type === "MemberExpression" ? memberPropertyName(callee) : undefined;
    const targets = this.values.of(callee, scope);
    const out: Atom[] = [];
    let handled = false;
    for (const target of targets) {
      const result = this.callTarget(target, n, callee, method, args, scope);
      if (result) {
        handled = true;
        out.push(...result);
      }
    }
    if (handled) return dedupeAtoms(out);
    // Unknown callee: what it returns is made of its receiver and arguments (a library call, a method of a value).
    const receiver = callee.type === "MemberExpression" ? this.atoms(callee.object, scope) : [];
    const callbackOf = (arg: AstNode | undefined): FunctionIR | undefined => {
      const fn = arg ? this.values.of(arg, scope).find((v): v is Extract<SValue, { k: "fn" }> => v.k === "fn") : undefined;
      return fn?.fn;
    };
    // `list.map((x) => …)`: what the callback returns for each element, not the list itself.
    if ((method === "map" || method === "flatMap") && callee.type === "MemberExpression") {
      const fn = callbackOf(args[0]);
      if (fn) return this.instantiate(fn, [], n, scope, receiver);
    }
    if (method === "reduce" && callee.type === "MemberExpression") {
      const fn = callbackOf(args[0]);
      const initial = args[1] ? this.atoms(args[1], scope) : [];
      if (fn) return dedupeAtoms([...initial, ...this.instantiate(fn, [], n, scope, initial)]);
    }
    if (method === "then" || method === "catch" || method === "finally") {
      const callbackResults = args.flatMap((a) => {
        const fn = this.values.of(a, scope).find((v): v is Extract<SValue, { k: "fn" }> => v.k === "fn");
        return fn ? this.instantiate(fn.fn, [], n, scope, receiver) : [];
      });
      return dedupeAtoms([...receiver, ...callbackResults]);
    }
    if (method !== undefined && (BODY_READERS.has(method) || STRING_METHODS.has(method))) return dedupeAtoms([...receiver, ...(TEXT_BUILDERS.has(method) ? this.all(args, scope) : [])]);
    // A method of a value the analysis cannot see into (`db.prepare(sql).all(...params)`, `client.get(url)`): its
    // result comes from the receiver; arguments are the call's parameters, not its result (text builders aside).
    if (callee.type === "MemberExpression" && targets.every((t) => t.k === "any")) {
      return dedupeAtoms([...receiver, ...(method !== undefined && TEXT_BUILDERS.has(method) ? this.all(args, scope) : [])]);
    }
    return dedupeAtoms([...receiver, ...this.all(args.filter((a) => !isFunctionNode(a)), scope)]);
  }

  /** What calling one resolved callee gives; undefined when the callee says nothing (any). */
  private callTarget(target: SValue, n: AstNode, callee: AstNode, method: string | undefined, args: AstNode[], scope: ScopeIR): Atom[] | undefined {
    switch (target.k) {
      case "fn": {
        if (this.values.isInterop(target.fn)) return this.atoms(args[0], scope);
        if (method === "call" || method === "apply") return undefined;
        return this.instantiate(target.fn, args, n, scope);
      }
      case "ext": {
        const source = externalSource(target.module, [...target.path, "()"]);
        if (source) return [this.sourceTrace(source.origin, source.source, scope.module, n)];
        const name = target.path.at(-1) ?? "default";
        const check = transformCheck(undefined, target.module, target.path.filter((p) => p !== "()").join("."));
        if (check) return withCheck(this.all(args, scope), check);
        if (target.module === "os" || target.module === "crypto" || target.module === "uuid" || target.module === "nanoid") return [];
        // path.join keeps later components under the first: `join(base, "/etc/x")` is `base/etc/x`.
        if (target.module === "path" && (name === "join" || name === "posix.join") && args.length >= 2) {
          return dedupeAtoms([...this.atoms(args[0], scope), ...withCheck(this.all(args.slice(1), scope), { kind: "joined-component", holds: true, detail: "joined under a base with path.join" })]);
        }
        if (target.module === "child_process" || target.module === "util" && name === "promisify") return [];
        return undefined;
      }
      case "global": {
        const name = target.path.join(".");
        if (name === "fetch" || name === "globalThis.fetch") return [this.sourceTrace("network-response", "the response of fetch()", scope.module, n)];
        if (OPAQUE_GLOBALS.test(name)) return [];
        const check = transformCheck(name, undefined, undefined);
        if (check) return withCheck(this.all(args, scope), check);
        if (PROPAGATING_GLOBALS.test(name)) return this.all(args, scope);
        return undefined;
      }
      case "class":
        return this.all(args, scope);
      default:
        return undefined;
    }
  }

  /** A local function's returns with its parameters replaced by this call's arguments (the summary applied here). */
  private instantiate(fn: FunctionIR, args: AstNode[], call: AstNode, scope: ScopeIR, firstParamAtoms?: Atom[], path: readonly string[] = []): Atom[] {
    const returned: Atom[] = [];
    for (const r of fn.returns) returned.push(...(path.length > 0 ? this.atomsAt(r, fn.scope, path) : this.atoms(r, fn.scope)));
    const out: Atom[] = [];
    const step: FlowStep = this.step(scope.module, call, `passed through ${this.describeFunction(fn)}`);
    for (const atom of returned) {
      if (atom.param !== fn) {
        out.push(atom);
        continue;
      }
      const argAtoms = firstParamAtoms && atom.index === 0 ? refine(firstParamAtoms, atom.path) : args[atom.index] ? this.atomsAt(args[atom.index], scope, atom.path) : [];
      for (const a of argAtoms) out.push({ ...a, steps: [...a.steps, step, ...atom.steps], checks: [...a.checks, ...atom.checks] });
    }
    return dedupeAtoms(out);
  }

  // ------------------------------------------------------------------ parameters

  /** Everything that reaches parameter `index` of `fn`: the handler's role, or the arguments of every caller. */
  paramTraces(fn: FunctionIR, index: number, depth: number, path: readonly string[] = []): Trace[] {
    let byIndex = this.paramMemo.get(fn);
    const memoKey = `${index}\u0000${path.join("\u0000")}`;
    const cached = byIndex?.get(memoKey);
    if (cached) return cached;
    const key = `${fn.module.path}:${fn.node.start}:${memoKey}`;
    if (this.paramActive.has(key) || depth > MAX_PARAM_DEPTH) return [];
    this.paramActive.add(key);
    try {
      const result = dedupeTraces(this.computeParam(fn, index, depth, path));
      if (!byIndex) this.paramMemo.set(fn, (byIndex = new Map()));
      byIndex.set(memoKey, result);
      return result;
    } finally {
      this.paramActive.delete(key);
    }
  }

  private computeParam(fn: FunctionIR, index: number, depth: number, path: readonly string[]): Trace[] {
    const role = this.roles.paramRole(fn, index);
    if (role) {
      const trace = this.sourceTrace(role.origin, role.source, fn.module, fn.params[index] ?? fn.node);
      const field = [...(role.field ?? []), ...path];
      const schema = field.length > 0 && role.origin === "tool-argument" ? this.schemaCheck(fn, index, field) : [];
      return [{ ...trace, ...(role.tool ? { tool: role.tool } : {}), ...(field.length > 0 ? { field } : {}), checks: schema }];
    }
    if (this.roles.isEntry(fn)) return [];
    const out: Trace[] = [];
    const callers = this.callersOf(fn);
    for (const caller of callers) {
      const args = caller.call.arguments as AstNode[];
      const offset = caller.offset;
      const arg = args[index + offset];
      if (!arg) continue;
      if (arg.type === "SpreadElement") continue;
      const step = this.step(caller.scope.module, caller.call, `passed to ${this.describeFunction(fn)}`);
      for (const t of this.resolve(this.atomsAt(arg, caller.scope, path), depth + 1)) out.push({ ...t, steps: [...t.steps, step] });
    }
    if (callers.length > 0) return out;
    const callback = this.callbackTraces(fn, index, depth);
    if (callback) return path.length > 0 ? callback.map((t) => (t.origin === "tool-argument" || t.origin === "http-request" ? { ...t, field: [...(t.field ?? []), ...path] } : t)) : callback;
    const exported = this.exportedName(fn);
    const what = exported ? `a parameter of the exported function ${exported}, whose callers are not in the package` : `a parameter of ${this.describeFunction(fn)}, whose callers the analysis does not see`;
    return [this.sourceTrace("unresolved", what, fn.module, fn.params[index] ?? fn.node)];
  }

  /** A function written as an argument: what the call it is passed to hands its parameters. */
  private callbackTraces(fn: FunctionIR, index: number, depth: number): Trace[] | undefined {
    const passed = fn.argumentOf;
    if (!passed) return undefined;
    const call = passed.call;
    const scope = passed.scope;
    const callee = unwrapExpression(call.callee)!;
    const method = callee.type === "MemberExpression" ? memberPropertyName(callee) : undefined;
    const receiver = callee.type === "MemberExpression" ? callee.object : undefined;
    if (method && receiver && ELEMENT_CALLBACKS.has(method)) return index === 0 ? this.resolve(this.atoms(receiver, scope), depth + 1) : [];
    if (method === "reduce" && receiver) return index === 1 ? this.resolve(this.atoms(receiver, scope), depth + 1) : [];
    if ((method === "then" || method === "on" || method === "once" || method === "addListener") && receiver) return index === 0 || method !== "then" ? this.resolve(this.atoms(receiver, scope), depth + 1) : [];
    // A local higher-order function: the calls it makes of this parameter.
    const targets = this.values.of(callee, scope);
    const out: Trace[] = [];
    let local = false;
    for (const t of targets) {
      if (t.k === "fn") {
        local = true;
        out.push(...this.higherOrder(t.fn, passed.index, index, depth));
      } else if (t.k === "ext") {
        const source = callbackSource(t.module, t.path, passed.index, index);
        if (source) out.push(this.sourceTrace(source.origin, source.source, fn.module, fn.params[index] ?? fn.node));
        else if (source === null) local = true;
      } else if (t.k === "global") {
        const name = t.path.join(".");
        if (/^(?:setTimeout|setInterval|setImmediate|queueMicrotask|Promise|Promise\.new|process\.on|process\.once|process\.nextTick)$/.test(name) || name.startsWith("Promise")) local = true;
      } else if (t.k === "class") local = true;
    }
    if (local || out.length > 0) return dedupeTraces(out);
    return undefined;
  }

  /** What `fn` passes to its parameter `callbackIndex` when it calls it, at argument `index`. */
  private higherOrder(fn: FunctionIR, callbackIndex: number, index: number, depth: number): Trace[] {
    const out: Trace[] = [];
    for (const binding of fn.scope.names.values()) {
      if (binding.param?.fn !== fn || binding.param.index !== callbackIndex || binding.param.path.length > 0) continue;
      for (const call of callsNamed(fn.module, binding.name)) {
        if (lookup(call.scope, binding.name) !== binding) continue;
        const arg = (call.node.arguments as AstNode[])[index];
        if (arg) out.push(...this.resolve(this.atoms(arg, call.scope), depth + 1));
      }
    }
    return out;
  }

  /** Calls anywhere in the tree whose callee resolves to `fn`, with the offset of its first parameter among the arguments. */
  callersOf(fn: FunctionIR): { call: AstNode; scope: ScopeIR; offset: number }[] {
    const cached = this.callersMemo.get(fn);
    if (cached) return cached;
    const out: { call: AstNode; scope: ScopeIR; offset: number }[] = [];
    this.callersMemo.set(fn, out);
    const names = this.namesOf(fn);
    const modules = fn.method || fn.propertyOf || fn.cls ? this.program.modules : [fn.module, ...this.reachingModules(fn.module)];
    for (const module of modules) {
      for (const name of names) {
        for (const call of callsNamed(module, name)) {
          let callee = unwrapExpression(call.node.callee)!;
          if (callee.type === "SequenceExpression") callee = unwrapExpression((callee.expressions as AstNode[]).at(-1))!;
          const method = callee.type === "MemberExpression" ? memberPropertyName(callee) : undefined;
          if ((method === "call" || method === "apply") && callee.type === "MemberExpression") {
            if (this.values.of(callee.object, call.scope).some((v) => v.k === "fn" && v.fn === fn)) out.push({ call: call.node, scope: call.scope, offset: method === "call" ? 1 : 0 });
            continue;
          }
          if (this.values.of(callee, call.scope).some((v) => v.k === "fn" && v.fn === fn)) out.push({ call: call.node, scope: call.scope, offset: 0 });
        }
      }
    }
    return out;
  }

  /** The names calls to `fn` can use: its own, the variables and properties it is assigned to, its export names. */
  private namesOf(fn: FunctionIR): string[] {
    const names = new Set<string>();
    if (fn.name) names.add(fn.name);
    if (fn.method) names.add(fn.method.key);
    for (const module of [fn.module]) {
      for (const [exported, e] of module.exports) if (e.kind === "local" && e.name === fn.name) names.add(exported);
      for (const [exported, defs] of module.cjsExportProps) if (defs.some((d) => unwrapExpression(d.value) === fn.node || identifierName(d.value) === fn.name)) names.add(exported);
    }
    // Through a bundle's renames: `export { f as a }` here, `import { a as g }` there, calls of `g`.
    for (const importer of this.program.importers(fn.module)) {
      for (const binding of importer.scope.names.values()) {
        if (!binding.imported) continue;
        const target = this.program.exportFrom(importer, binding.imported.specifier, binding.imported.name);
        if (target?.kind === "binding" && target.binding.fn === fn) names.add(binding.name);
        if (target?.kind === "value" && unwrapExpression(target.def.value) === fn.node) names.add(binding.name);
        if (target?.kind === "namespace" && target.module === fn.module && fn.name) names.add(fn.name);
      }
      // `const x = require("./m")` then `x.f()`: the call is named by the property.
      if (fn.name) names.add(fn.name);
    }
    for (const [, binding] of fn.outer.names) if (binding.fn === fn) names.add(binding.name);
    return [...names];
  }

  /** Modules that may call a function of `module`: its importers, and theirs (re-exports), a few levels deep. */
  private reachingModules(module: ModuleIR): ModuleIR[] {
    const seen = new Set<ModuleIR>([module]);
    const queue = [module];
    for (let i = 0; i < queue.length && seen.size < 400; i++) {
      for (const importer of this.program.importers(queue[i]!)) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        queue.push(importer);
      }
    }
    seen.delete(module);
    return [...seen];
  }

  private exportedName(fn: FunctionIR): string | undefined {
    for (const [exported, e] of fn.module.exports) if (e.kind === "local" && e.name === fn.name) return exported;
    for (const [exported, defs] of fn.module.cjsExportProps) if (defs.some((d) => unwrapExpression(d.value) === fn.node || identifierName(d.value) === fn.name)) return exported;
    if (fn.module.cjsExports.some((d) => unwrapExpression(d.value) === fn.node)) return "module.exports";
    return undefined;
  }

  // ------------------------------------------------------------------ checks

  /** The checks that hold where `use` (an identifier or a static member path) sits, for the value it reads. */
  checksAt(use: AstNode, scope: ScopeIR): Check[] {
    const chain = accessPath(use);
    const binding = chain ? lookup(scope, chain.root) : undefined;
    if (!chain || !binding) return [];
    const probe: Atom = { origin: "unresolved", source: "", steps: [], checks: [] };
    const [checked] = this.withGuards([probe], use, scope, binding, chain.keys);
    return checked?.checks ?? [];
  }

  /** Checks that hold where `use` sits, on the access path (binding, keys) it reads: guards of the enclosing functions and helper asserts. */
  private withGuards(atoms: Atom[], use: AstNode, scope: ScopeIR, binding: BindingIR, keys: string[]): Atom[] {
    if (atoms.length === 0) return atoms;
    const fn = scope.fn ?? functionAt(scope.module, use.start);
    if (!fn) return atoms;
    const checks: Check[] = [];
    const context: GuardContext = { values: this.values, flows: this, scope, module: scope.module, step: (node, what) => this.step(scope.module, node, what) };
    for (let f: FunctionIR | undefined = fn, hops = 0; f && hops < 6; f = f.outer.fn, hops++) {
      for (const guard of f.guards) {
        if (use.start < guard.region[0] || use.start >= guard.region[1]) continue;
        if (guard.when !== undefined && !f.guards.some((g) => g.kind === "then" && use.start >= g.region[0] && use.start < g.region[1] && g.test.start > guard.region[0] && f.module.parsed.textOf(g.test) === guard.when)) continue;
        checks.push(...guardChecks(guard, binding, keys, context));
      }
      for (const statement of f.callStatements) {
        if (use.start < statement.block[0] || use.start >= statement.block[1]) continue;
        checks.push(...this.helperAsserts(statement.call, binding, keys, scope));
      }
    }
    return checks.length === 0 ? atoms : withChecks(atoms, checks);
  }

  /** `assertInside(p);` before the use: the helper throws unless its parameter passes a check. */
  private helperAsserts(call: AstNode, binding: BindingIR, keys: string[], scope: ScopeIR): Check[] {
    const args = call.arguments as AstNode[];
    const out: Check[] = [];
    args.forEach((arg, i) => {
      const chain = accessPath(unwrapExpression(arg)!);
      if (!chain || lookup(scope, chain.root) !== binding || chain.keys.join(".") !== keys.join(".")) return;
      for (const target of this.values.of(call.callee, scope)) {
        if (target.k !== "fn") continue;
        out.push(...this.assertsOf(target.fn).get(i) ?? []);
      }
    });
    return out;
  }

  /** What a function's exit guards check about each parameter, when the guard's failure throws. */
  private assertsOf(fn: FunctionIR): Map<number, Check[]> {
    const cached = this.assertsMemo.get(fn);
    if (cached) return cached;
    const out = new Map<number, Check[]>();
    this.assertsMemo.set(fn, out);
    for (const binding of fn.scope.names.values()) {
      if (binding.param?.fn !== fn || binding.param.path.length > 0) continue;
      const context: GuardContext = { values: this.values, flows: this, scope: fn.scope, module: fn.module, step: (node, what) => this.step(fn.module, node, what) };
      const checks: Check[] = [];
      for (const guard of fn.guards) if (guard.kind === "exit") checks.push(...guardChecks(guard, binding, [], context));
      if (checks.length > 0) out.set(binding.param.index, checks);
    }
    return out;
  }

  private readonly schemaChecks = new Map<string, Check[]>();

  private schemaCheck(fn: FunctionIR, index: number, field: string[]): Check[] {
    const role = this.roles.paramRole(fn, index);
    if (!role?.constrained) return [];
    const key = `${fn.node.start}:${index}:${field.join(".")}`;
    let found = this.schemaChecks.get(key);
    if (!found) {
      const check = role.constrained(field);
      this.schemaChecks.set(key, (found = check ? [check] : []));
    }
    return found;
  }

  // ------------------------------------------------------------------ traces and steps

  sourceTrace(origin: Origin, source: string, module: ModuleIR, node: AstNode): Trace {
    const vendored = this.roles.vendoredAt(module, node.start) !== undefined;
    return { origin, source, steps: [this.step(module, node, describeOrigin(origin, source))], checks: [], ...(vendored ? { vendored: true } : {}) };
  }

  step(module: ModuleIR, node: AstNode, what: string): FlowStep {
    return { path: module.path, line: module.parsed.lineOf(node.start), what };
  }

  describeFunction(fn: FunctionIR): string {
    const name = fn.method?.key ?? fn.name;
    if (!name || fn.module.minified || name.length < 2) return "a helper function";
    return `${name}()`;
  }

  /** The text of a node, short, for evidence. */
  text(module: ModuleIR, node: AstNode): string {
    return snippet(module.parsed.textOf(node));
  }
}

// ------------------------------------------------------------------ sources known by name

/** Sources read through a static member path: process.env, process.argv; runtime values ("none") carry nothing. */
function memberSource(path: string, scope: ScopeIR): { origin: Origin; source: string } | "none" | undefined {
  const root = path.split(".")[0]!;
  if (root !== "process" && root !== "globalThis" && root !== "Deno" && root !== "Bun") return undefined;
  if (lookup(scope, root)) return undefined;
  const p = path.replace(/^globalThis\./, "");
  if (p === "process.env" || p.startsWith("process.env.")) return { origin: "env", source: p };
  if (p === "process.argv" || p.startsWith("process.argv.")) return { origin: "process-argv", source: "process.argv" };
  if (/^process\.(?:pid|ppid|platform|arch|version|versions|execPath|title|release|config|exitCode|uptime|hrtime|cwd|memoryUsage|getuid|getgid)(?:\.|$)/.test(p)) return "none";
  return undefined;
}

/** Calls of packages that read from the network or the file system. */
function externalSource(module: string, path: string[]): { origin: Origin; source: string } | undefined {
  const name = path.filter((p) => p !== "()" && p !== "new").at(-1);
  const called = path.at(-1) === "()";
  if (!called) return undefined;
  if (NETWORK_MODULES.has(module)) {
    const member = path.length > 1 ? path[path.length - 2] : undefined;
    if (member === undefined || /^(?:get|post|put|patch|delete|head|options|request|fetch|stream|default)$/.test(member) || path.length === 1) return { origin: "network-response", source: `the response of ${module}${member && member !== "default" ? `.${member}` : ""}()` };
    return undefined;
  }
  if ((module === "http" || module === "https") && (name === "get" || name === "request")) return { origin: "network-response", source: `the response of ${module}.${name}()` };
  if (FS_MODULES.has(module) && name && FS_READS.has(name)) return { origin: "file-content", source: `the contents read by ${module}.${name}()` };
  if (module === "fs" && path[0] === "promises" && name && FS_READS.has(name)) return { origin: "file-content", source: `the contents read by fs.promises.${name}()` };
  return undefined;
}

/**
 * What a package passes its callback: network data for http(s).get's response listener, file contents for fs.readFile's;
 * null when the package calls it with nothing of note (timers, event emitters of the process).
 */
function callbackSource(module: string, path: string[], callbackIndex: number, index: number): { origin: Origin; source: string } | null | undefined {
  const name = path.at(-1);
  if ((module === "http" || module === "https") && (name === "get" || name === "request") && index === 0) return { origin: "network-response", source: `the response of ${module}.${name}()` };
  if (FS_MODULES.has(module) && (name === "readFile" || name === "readJson") && index === 1) return { origin: "file-content", source: `the contents read by ${module}.${name}()` };
  if (module === "child_process" || module === "timers" || module === "events") return null;
  void callbackIndex;
  return undefined;
}

function describeOrigin(origin: Origin, source: string): string {
  switch (origin) {
    case "tool-argument":
      return source;
    case "http-request":
      return source;
    case "network-response":
      return source;
    case "process-argv":
      return "read from process.argv";
    case "env":
      return `read from ${source}`;
    case "file-content":
      return source;
    case "unresolved":
      return source;
  }
}

/** `a.b.c` rooted at an identifier: its root name and the keys. */
export function accessPath(node: AstNode): { root: string; rootNode: AstNode; keys: string[] } | undefined {
  const keys: string[] = [];
  let n: AstNode | undefined = node;
  while (n?.type === "MemberExpression") {
    const key = memberPropertyName(n);
    if (key === undefined) return undefined;
    keys.unshift(key);
    n = unwrapExpression(n.object);
  }
  return n?.type === "Identifier" ? { root: n.name as string, rootNode: n, keys } : undefined;
}

function refine(atoms: Atom[], path: readonly string[]): Atom[] {
  if (path.length === 0) return atoms;
  return atoms.map((a) => (a.param !== undefined ? { ...a, path: [...a.path, ...path] } : (a.origin === "tool-argument" || a.origin === "http-request" ? { ...a, field: [...(a.field ?? []), ...path] } : a)));
}

function withCheck(atoms: Atom[], check: Check): Atom[] {
  return atoms.map((a) => ({ ...a, checks: [...a.checks, check] }));
}

function withChecks(atoms: Atom[], checks: Check[]): Atom[] {
  return atoms.map((a) => ({ ...a, checks: [...a.checks, ...checks] }));
}

function limit(atoms: Atom[]): Atom[] {
  return atoms.length > MAX_ATOMS ? atoms.slice(0, MAX_ATOMS) : atoms;
}

function atomKey(a: Atom): string {
  if (a.param !== undefined) return `p:${a.param.module.path}:${a.param.node.start}:${a.index}:${a.path.join(".")}:${a.checks.map((c) => c.kind).join(",")}`;
  const first = a.steps[0];
  return `t:${a.origin}:${a.source}:${first?.path}:${first?.line}:${(a.field ?? []).join(".")}:${a.checks.map((c) => c.kind).join(",")}`;
}

function dedupeAtoms(atoms: Atom[]): Atom[] {
  if (atoms.length < 2) return atoms;
  const seen = new Set<string>();
  const out: Atom[] = [];
  for (const a of atoms) {
    const key = atomKey(a);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return limit(out);
}

const ORIGIN_RANK: Record<Origin, number> = { "tool-argument": 6, "http-request": 6, "network-response": 5, "file-content": 4, "process-argv": 3, env: 3, unresolved: 1 };

/** Distinct traces, most dangerous first, one per source site and field. */
export function dedupeTraces(traces: Trace[]): Trace[] {
  const seen = new Set<string>();
  const out: Trace[] = [];
  for (const t of [...traces].sort((a, b) => ORIGIN_RANK[b.origin] - ORIGIN_RANK[a.origin] || a.steps.length - b.steps.length)) {
    const key = atomKey(t);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (out.length >= MAX_ATOMS) break;
  }
  return out;
}

export { identifierName };
