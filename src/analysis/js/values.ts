/**
 * Static values: what an expression denotes when the code fixes it. Strings and numbers, object and array literals,
 * functions, classes and their instances, a module's namespace, a member of an external package or a global. It
 * follows bindings, imports across modules, spreads, `Object.values`, `.map()` with its callback, and calls of local
 * functions with their arguments bound. It is what resolves callees (the call graph), tool tables and options objects.
 */
import { type AstNode, isFunctionNode, isNode, literalString, memberPropertyName, unwrapExpression } from "../ast.js";
import { type BindingIR, type ClassIR, type DefIR, type FunctionIR, type ModuleIR, type ScopeIR, lookup, propertyKey } from "./module.js";
import type { ExportTarget, Program } from "./program.js";

export type SValue =
  | { k: "str"; v: string }
  | { k: "num"; v: number }
  | { k: "bool"; v: boolean }
  | { k: "null" }
  | { k: "undef" }
  | { k: "obj"; node: AstNode; scope: ScopeIR; env: Env | undefined; binding?: BindingIR }
  /** An object built by the analysis (Object.entries pairs, merged spreads). */
  | { k: "record"; props: Map<string, SValue[]> }
  | { k: "arr"; items: SValue[] }
  | { k: "fn"; fn: FunctionIR; self?: SValue[] }
  | { k: "class"; cls: ClassIR }
  | { k: "inst"; cls: ClassIR }
  | { k: "ns"; module: ModuleIR }
  /** A member of an external package (`child_process.exec`), `()` marking a call's result, `new` a construction. */
  | { k: "ext"; module: string; path: string[] }
  | { k: "global"; path: string[] }
  | { k: "any" };

export interface Env {
  bindings: Map<BindingIR, SValue[]>;
  self?: SValue[];
  depth: number;
}

const ANY: SValue = { k: "any" };
const MAX_UNION = 48;
const MAX_ITEMS = 400;
const MAX_DEPTH = 48;
const MAX_CALL_DEPTH = 4;
/** Free names that are the platform's, not the package's. */
const GLOBALS = new Set([
  "process", "console", "JSON", "Object", "Array", "Math", "Number", "String", "Boolean", "Promise", "Buffer", "URL", "URLSearchParams",
  "globalThis", "global", "window", "self", "fetch", "eval", "Function", "require", "module", "exports", "Reflect", "Symbol", "Date",
  "RegExp", "Error", "TypeError", "Map", "Set", "WeakMap", "setTimeout", "setInterval", "encodeURIComponent", "decodeURIComponent",
  "encodeURI", "parseInt", "parseFloat", "isNaN", "structuredClone", "crypto", "performance", "AbortController", "Headers", "Request",
  "Response", "TextEncoder", "TextDecoder", "WebAssembly", "__dirname", "__filename",
]);
/** Interop helpers that hand back their argument (or its default) unchanged. */
const INTEROP_HELPERS = new Set(["__importDefault", "__importStar", "__toESM", "__toCommonJS", "_interopRequireDefault", "_interopRequireWildcard", "__importStar2", "__reExport"]);

export class Values {
  private readonly memo = new Map<AstNode, SValue[]>();
  private readonly active = new Set<AstNode>();
  private readonly interopCache = new Map<FunctionIR, boolean>();

  constructor(readonly program: Program) {}

  /** Every value `expression` (read in `scope`) can hold. */
  of(expression: unknown, scope: ScopeIR, env?: Env, depth = 0): SValue[] {
    const n = unwrapExpression(expression);
    if (!n) return [{ k: "undef" }];
    if (depth > MAX_DEPTH) return [ANY];
    if (!env) {
      const cached = this.memo.get(n);
      if (cached) return cached;
      if (this.active.has(n)) return [ANY];
      this.active.add(n);
      try {
        const result = this.compute(n, scope, undefined, depth);
        this.memo.set(n, result);
        return result;
      } finally {
        this.active.delete(n);
      }
    }
    return this.compute(n, scope, env, depth);
  }

  /** The one string an expression holds, when every value it can hold is that string (numbers read as their text). */
  string(expression: unknown, scope: ScopeIR, env?: Env): string | undefined {
    const all = this.of(expression, scope, env);
    let out: string | undefined;
    for (const v of all) {
      const s = v.k === "str" ? v.v : v.k === "num" ? String(v.v) : undefined;
      if (s === undefined || (out !== undefined && out !== s)) return undefined;
      out = s;
    }
    return out;
  }

  /** Every string an expression can hold, or undefined when one of its values is not a known string. */
  strings(expression: unknown, scope: ScopeIR, env?: Env): string[] | undefined {
    const out: string[] = [];
    for (const v of this.of(expression, scope, env)) {
      if (v.k === "str") out.push(v.v);
      else if (v.k === "num") out.push(String(v.v));
      else return undefined;
    }
    return [...new Set(out)];
  }

  private compute(n: AstNode, scope: ScopeIR, env: Env | undefined, depth: number): SValue[] {
    const next = depth + 1;
    switch (n.type) {
      case "Literal":
        if (typeof n.value === "string") return [{ k: "str", v: n.value }];
        if (typeof n.value === "number") return [{ k: "num", v: n.value }];
        if (typeof n.value === "boolean") return [{ k: "bool", v: n.value }];
        if (n.value === null && n.regex === undefined && n.bigint === undefined) return [{ k: "null" }];
        return [ANY];
      case "TemplateLiteral": {
        const literal = literalString(n);
        if (literal !== undefined) return [{ k: "str", v: literal }];
        const quasis = n.quasis as AstNode[];
        const expressions = n.expressions as AstNode[];
        let out = "";
        for (let i = 0; i < quasis.length; i++) {
          const cooked = (quasis[i]!.value as { cooked?: string | null }).cooked;
          if (typeof cooked !== "string") return [ANY];
          out += cooked;
          if (i < expressions.length) {
            const s = this.string(expressions[i], scope, env);
            if (s === undefined) return [ANY];
            out += s;
          }
        }
        return [{ k: "str", v: out }];
      }
      case "BinaryExpression": {
        if (n.operator !== "+") return [ANY];
        const left = this.of(n.left, scope, env, next);
        const right = this.of(n.right, scope, env, next);
        if (left.length === 1 && right.length === 1) {
          const a = left[0]!;
          const b = right[0]!;
          if (a.k === "num" && b.k === "num") return [{ k: "num", v: a.v + b.v }];
          const sa = a.k === "str" || a.k === "num" ? String(a.v) : undefined;
          const sb = b.k === "str" || b.k === "num" ? String(b.v) : undefined;
          if (sa !== undefined && sb !== undefined) return [{ k: "str", v: sa + sb }];
        }
        return [ANY];
      }
      case "UnaryExpression": {
        const argument = unwrapExpression(n.argument);
        if (n.operator === "!" && argument?.type === "Literal") return [{ k: "bool", v: !argument.value }];
        if (n.operator === "-" && argument?.type === "Literal" && typeof argument.value === "number") return [{ k: "num", v: -argument.value }];
        if (n.operator === "void") return [{ k: "undef" }];
        return [ANY];
      }
      case "LogicalExpression":
        return union(this.of(n.left, scope, env, next), this.of(n.right, scope, env, next));
      case "ConditionalExpression":
        return union(this.of(n.consequent, scope, env, next), this.of(n.alternate, scope, env, next));
      case "SequenceExpression":
        return this.of((n.expressions as AstNode[]).at(-1), scope, env, next);
      case "AssignmentExpression":
        return this.of(n.right, scope, env, next);
      case "AwaitExpression":
        return this.of(n.argument, scope, env, next);
      case "ObjectExpression":
        return [{ k: "obj", node: n, scope, env }];
      case "ArrayExpression": {
        const items: SValue[] = [];
        for (const element of n.elements as (AstNode | null)[]) {
          if (!element) continue;
          if (element.type === "SpreadElement") {
            for (const v of this.of(element.argument, scope, env, next)) {
              if (v.k === "arr") items.push(...v.items);
              else items.push(ANY);
            }
          } else items.push(...this.of(element, scope, env, next).slice(0, 4));
          if (items.length > MAX_ITEMS) break;
        }
        return [{ k: "arr", items }];
      }
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "FunctionDeclaration": {
        const fn = this.functionNode(n, scope);
        return fn ? [{ k: "fn", fn, ...(env?.self ? { self: env.self } : {}) }] : [ANY];
      }
      case "ClassExpression":
      case "ClassDeclaration": {
        const cls = scope.module.classByNode.get(n);
        return cls ? [{ k: "class", cls }] : [ANY];
      }
      case "ThisExpression":
        return env?.self ?? this.thisOf(scope);
      case "Identifier":
        return this.identifier(n.name as string, scope, env, next);
      case "MemberExpression": {
        const key = memberPropertyName(n) ?? (n.computed ? this.string(n.property, scope, env) : undefined);
        const object = unwrapExpression(n.object);
        if (key === undefined) {
          // `list[i]`: any element.
          const objects = this.of(n.object, scope, env, next);
          return union(...objects.map((o) => (o.k === "arr" ? o.items : [ANY])));
        }
        return this.member(this.of(object, scope, env, next), key, next);
      }
      case "CallExpression":
        return this.call(n, scope, env, next);
      case "NewExpression": {
        const callees = this.of(n.callee, scope, env, next);
        return union(
          ...callees.map((c): SValue[] => {
            if (c.k === "class") return [{ k: "inst", cls: c.cls }];
            if (c.k === "ext") return [{ k: "ext", module: c.module, path: [...c.path, "new"] }];
            if (c.k === "global") return [{ k: "global", path: [...c.path, "new"] }];
            return [ANY];
          }),
        );
      }
      case "ImportExpression": {
        const specifier = literalString(n.source);
        if (specifier === undefined) return [ANY];
        const target = this.program.resolve(scope.module, specifier);
        return target ? [{ k: "ns", module: target }] : specifier.startsWith(".") ? [ANY] : [{ k: "ext", module: bare(specifier), path: [] }];
      }
      default:
        return [ANY];
    }
  }

  private functionNode(n: AstNode, scope: ScopeIR): FunctionIR | undefined {
    return scope.module.functionByNode.get(n);
  }

  private thisOf(scope: ScopeIR): SValue[] {
    for (let s: ScopeIR | undefined = scope; s; s = s.parent) {
      const fn = s.fn;
      if (!fn) break;
      if (fn.node.type === "ArrowFunctionExpression") continue;
      if (fn.cls) return [{ k: "inst", cls: fn.cls }];
      return [ANY];
    }
    return [ANY];
  }

  private identifier(name: string, scope: ScopeIR, env: Env | undefined, depth: number): SValue[] {
    const binding = lookup(scope, name);
    if (!binding) {
      if (name === "undefined") return [{ k: "undef" }];
      if (name === "NaN" || name === "Infinity") return [{ k: "num", v: name === "NaN" ? NaN : Infinity }];
      return GLOBALS.has(name) ? [{ k: "global", path: [name] }] : [ANY];
    }
    return this.binding(binding, env, depth);
  }

  /** Every value a binding can hold. */
  binding(binding: BindingIR, env: Env | undefined, depth: number): SValue[] {
    const bound = env?.bindings.get(binding);
    if (bound) return bound;
    if (binding.fn) return [{ k: "fn", fn: binding.fn }];
    if (binding.cls) return [{ k: "class", cls: binding.cls }];
    if (binding.imported) return this.imported(binding.scope.module, binding.imported.specifier, binding.imported.name, depth);
    if (binding.param && binding.defs.length === 0) return [ANY];
    const out: SValue[] = [];
    let pushed: SValue[] | undefined;
    for (const def of binding.defs) {
      if (def.op === "push") {
        (pushed ??= []).push(...this.of(def.value, def.scope, undefined, depth));
        continue;
      }
      out.push(...this.def(def, depth));
    }
    if (binding.param) out.push(ANY);
    const values = out.length === 0 ? [binding.kind === "implicit" ? ANY : ({ k: "undef" } as SValue)] : out;
    const withPushed = pushed ? values.map((v) => (v.k === "arr" ? { k: "arr" as const, items: [...v.items, ...pushed!] } : v)) : values;
    if (binding.props) {
      // `const t = {}; t.a = …`: the written keys join each object value.
      return withPushed.map((v) => (v.k === "obj" ? { ...v, binding } : v));
    }
    return dedupe(withPushed);
  }

  /** The value a definition writes: the value at its path, an element for for-of, anything else for `+=`. */
  def(def: DefIR, depth: number): SValue[] {
    let values = this.of(def.value, def.scope, undefined, depth + 1);
    if (def.op === "of") values = union(...values.map((v) => (v.k === "arr" ? v.items : [ANY])));
    else if (def.op === "in") return [ANY];
    else if (def.op === "+=") return [ANY];
    for (const key of def.path) values = this.member(values, key, depth + 1);
    return values;
  }

  imported(from: ModuleIR, specifier: string, name: string, depth: number): SValue[] {
    return this.target(this.program.exportFrom(from, specifier, name), depth);
  }

  target(target: ExportTarget | undefined, depth: number): SValue[] {
    if (!target || depth > MAX_DEPTH) return [ANY];
    switch (target.kind) {
      case "external":
        return [{ k: "ext", module: target.specifier, path: target.name === "*" || target.name === "default" ? [] : [target.name] }];
      case "namespace":
        return [{ k: "ns", module: target.module }];
      case "binding":
        return this.binding(target.binding, undefined, depth + 1);
      case "value":
        return this.def(target.def, depth + 1);
    }
  }

  /** The values of property `key` on each of `objects`. */
  member(objects: SValue[], key: string, depth: number): SValue[] {
    if (depth > MAX_DEPTH) return [ANY];
    const out: SValue[] = [];
    for (const o of objects) out.push(...this.memberOf(o, key, depth));
    return dedupe(out);
  }

  private memberOf(o: SValue, key: string, depth: number): SValue[] {
    switch (o.k) {
      case "obj": {
        const found = this.objectProperty(o.node, o.scope, o.env, key, depth);
        if (o.binding?.props?.has(key)) found.push(...union(...o.binding.props.get(key)!.map((d) => this.def(d, depth))));
        return found.length > 0 ? found : [{ k: "undef" }];
      }
      case "record":
        return o.props.get(key) ?? [{ k: "undef" }];
      case "arr":
        if (key === "length") return [{ k: "num", v: o.items.length }];
        if (/^\d+$/.test(key)) return o.items[Number(key)] ? [o.items[Number(key)]!] : [{ k: "undef" }];
        return [ANY];
      case "ns": {
        const target = this.program.exportOf(o.module, key);
        return this.target(target, depth);
      }
      case "ext":
        return [{ k: "ext", module: o.module, path: [...o.path, key] }];
      case "global":
        if (o.path.length === 1 && (o.path[0] === "globalThis" || o.path[0] === "global" || o.path[0] === "window" || o.path[0] === "self")) return [{ k: "global", path: [key] }];
        return [{ k: "global", path: [...o.path, key] }];
      case "inst":
        return this.instanceMember(o.cls, key, depth, o);
      case "class": {
        const method = o.cls.staticMethods.get(key);
        if (method) return [{ k: "fn", fn: method, self: [o] }];
        const field = o.cls.staticFields.get(key);
        if (field?.value) return this.of(field.value, field.scope, undefined, depth + 1);
        return [ANY];
      }
      case "str":
        return key === "length" ? [{ k: "num", v: o.v.length }] : [ANY];
      default:
        return [ANY];
    }
  }

  private instanceMember(cls: ClassIR, key: string, depth: number, self: SValue): SValue[] {
    for (let c: ClassIR | undefined = cls, hops = 0; c && hops < 8; c = this.superOf(c), hops++) {
      const method = c.methods.get(key);
      if (method) return [{ k: "fn", fn: method, self: [self] }];
      const field = c.fields.get(key);
      const written = c.thisProps.get(key);
      if (field || written) {
        const out: SValue[] = [];
        if (field?.value) out.push(...this.of(field.value, field.scope, { bindings: new Map(), self: [self], depth: 1 }, depth + 1));
        for (const def of written ?? []) out.push(...this.of(def.value, def.scope, { bindings: new Map(), self: [self], depth: 1 }, depth + 1));
        if (out.length > 0) return out;
      }
    }
    return [ANY];
  }

  superOf(cls: ClassIR): ClassIR | undefined {
    if (!cls.superClass) return undefined;
    const found = this.of(cls.superClass, cls.outer).find((v) => v.k === "class");
    return found?.k === "class" ? found.cls : undefined;
  }

  /** A property of an object literal, spreads included (the last write wins, as at run time). */
  objectProperty(node: AstNode, scope: ScopeIR, env: Env | undefined, key: string, depth: number): SValue[] {
    const props = node.properties as AstNode[];
    for (let i = props.length - 1; i >= 0; i--) {
      const p = props[i]!;
      if (p.type === "SpreadElement") {
        const spread = this.member(this.of(p.argument, scope, env, depth + 1), key, depth + 1).filter((v) => v.k !== "undef");
        if (spread.length > 0 && !spread.every((v) => v.k === "any")) return spread;
        continue;
      }
      if (p.type !== "Property") continue;
      const name = propertyKey(p) ?? (p.computed ? this.string(p.key, scope, env) : undefined);
      if (name !== key) continue;
      if (p.kind === "get" && isFunctionNode(p.value as AstNode)) {
        const fn = this.functionNode(p.value as AstNode, scope);
        return fn ? this.returnsOf(fn, [], undefined, depth + 1) : [ANY];
      }
      return this.of(p.value, scope, env, depth + 1);
    }
    return [];
  }

  /** The keys an object value has, when the code fixes them. */
  keysOf(o: SValue, depth = 0): string[] | undefined {
    if (o.k === "record") return [...o.props.keys()];
    if (o.k !== "obj" || depth > 6) return undefined;
    const keys: string[] = [];
    for (const p of o.node.properties as AstNode[]) {
      if (p.type === "SpreadElement") {
        const spread = this.of(p.argument, o.scope, o.env, depth + 1);
        if (spread.length !== 1) return undefined;
        const inner = this.keysOf(spread[0]!, depth + 1);
        if (!inner) return undefined;
        keys.push(...inner);
        continue;
      }
      const name = propertyKey(p) ?? (p.computed ? this.string(p.key, o.scope, o.env) : undefined);
      if (name === undefined) return undefined;
      keys.push(name);
    }
    for (const key of o.binding?.props?.keys() ?? []) keys.push(key);
    return [...new Set(keys)];
  }

  // ------------------------------------------------------------------ calls

  private call(n: AstNode, scope: ScopeIR, env: Env | undefined, depth: number): SValue[] {
    let callee = unwrapExpression(n.callee)!;
    if (callee.type === "SequenceExpression") callee = unwrapExpression((callee.expressions as AstNode[]).at(-1))!;
    const args = n.arguments as AstNode[];
    // require("x"): the module, wherever it sits.
    if (callee.type === "Identifier" && callee.name === "require" && !lookup(scope, "require") && args.length === 1) {
      const specifier = literalString(args[0]);
      if (specifier === undefined) return [ANY];
      const target = this.program.resolve(scope.module, specifier);
      if (target) return target.cjsExports.length > 0 ? this.def(target.cjsExports.at(-1)!, depth) : [{ k: "ns", module: target }];
      return specifier.startsWith(".") ? [ANY] : [{ k: "ext", module: bare(specifier), path: [] }];
    }
    if (callee.type === "MemberExpression") {
      const method = memberPropertyName(callee);
      if (method !== undefined) {
        const special = this.methodCall(callee, method, args, scope, env, depth);
        if (special) return special;
      }
    }
    const callees = this.of(callee, scope, env, depth);
    const out: SValue[] = [];
    for (const c of callees) {
      if (c.k === "fn") {
        if (this.isInterop(c.fn)) out.push(...this.of(args[0], scope, env, depth));
        else out.push(...this.returnsOf(c.fn, args.map((a) => ({ node: a, scope, env })), c.self, depth, env));
      } else if (c.k === "ext") {
        // util.promisify(fn) calls fn: the same sink, the same callbacks.
        if (c.module === "util" && c.path.length === 1 && c.path[0] === "promisify") out.push(...this.of(args[0], scope, env, depth));
        else out.push({ k: "ext", module: c.module, path: [...c.path, "()"] });
      }
      else if (c.k === "global") out.push(...this.globalCall(c.path, args, scope, env, depth));
      else out.push(ANY);
    }
    return dedupe(out);
  }

  /** Array and object helpers whose result the code fixes: map, filter, concat, flat, find, Object.values / entries / keys. */
  private methodCall(callee: AstNode, method: string, args: AstNode[], scope: ScopeIR, env: Env | undefined, depth: number): SValue[] | undefined {
    if (!["map", "flatMap", "filter", "concat", "flat", "find", "slice", "reverse", "sort", "bind", "call", "apply", "values", "entries", "keys", "assign", "from", "fromEntries", "then"].includes(method)) return undefined;
    const receivers = this.of(callee.object, scope, env, depth);
    const out: SValue[] = [];
    for (const r of receivers) {
      if (r.k === "global" && r.path.length === 1 && (r.path[0] === "Object" || r.path[0] === "Array")) {
        const arg = this.of(args[0], scope, env, depth);
        if (method === "values" || method === "entries" || method === "keys") {
          for (const o of arg) {
            const keys = this.keysOf(o);
            if (!keys) return [ANY];
            const items = keys.map((k): SValue => {
              if (method === "keys") return { k: "str", v: k };
              const value = this.member([o], k, depth);
              if (method === "values") return value.length === 1 ? value[0]! : ANY;
              return { k: "arr", items: [{ k: "str", v: k }, value.length === 1 ? value[0]! : ANY] };
            });
            out.push({ k: "arr", items });
          }
          continue;
        }
        if (method === "from") {
          out.push(...arg.map((a) => (a.k === "arr" ? a : ANY)));
          continue;
        }
        if (method === "assign") {
          const props = new Map<string, SValue[]>();
          for (const a of args) {
            for (const o of this.of(a, scope, env, depth)) {
              const keys = this.keysOf(o);
              if (!keys) return [ANY];
              for (const k of keys) props.set(k, this.member([o], k, depth));
            }
          }
          out.push({ k: "record", props });
          continue;
        }
        out.push(ANY);
        continue;
      }
      if (r.k === "fn" && (method === "bind" || method === "call" || method === "apply")) {
        if (method === "bind") out.push({ k: "fn", fn: r.fn, self: this.of(args[0], scope, env, depth) });
        else out.push(...this.returnsOf(r.fn, method === "call" ? args.slice(1).map((a) => ({ node: a, scope, env })) : [], this.of(args[0], scope, env, depth), depth, env));
        continue;
      }
      if (r.k !== "arr") {
        if (method === "then") return undefined;
        return undefined;
      }
      switch (method) {
        case "map":
        case "flatMap": {
          const fns = this.of(args[0], scope, env, depth).filter((f): f is Extract<SValue, { k: "fn" }> => f.k === "fn");
          if (fns.length === 0) return [ANY];
          const items: SValue[] = [];
          for (const item of r.items.slice(0, MAX_ITEMS)) {
            for (const fn of fns) {
              const result = this.returnsOf(fn.fn, [{ values: [item] }], fn.self, depth, env);
              if (method === "flatMap") for (const v of result) items.push(...(v.k === "arr" ? v.items : [v]));
              else items.push(...result.slice(0, 2));
            }
          }
          out.push({ k: "arr", items });
          break;
        }
        case "filter":
        case "slice":
        case "reverse":
        case "sort":
          out.push(r);
          break;
        case "find":
          out.push(...r.items, { k: "undef" });
          break;
        case "flat":
          out.push({ k: "arr", items: r.items.flatMap((i) => (i.k === "arr" ? i.items : [i])) });
          break;
        case "concat": {
          const items = [...r.items];
          for (const a of args) for (const v of this.of(a, scope, env, depth)) items.push(...(v.k === "arr" ? v.items : [v]));
          out.push({ k: "arr", items });
          break;
        }
        default:
          return undefined;
      }
    }
    return out.length > 0 ? dedupe(out) : undefined;
  }

  private globalCall(path: string[], args: AstNode[], scope: ScopeIR, env: Env | undefined, depth: number): SValue[] {
    const name = path.join(".");
    if (name === "String" && args.length === 1) {
      const s = this.string(args[0], scope, env);
      return s !== undefined ? [{ k: "str", v: s }] : [ANY];
    }
    if (name === "Symbol" || name === "Symbol.for") return [ANY];
    return [{ k: "global", path: [...path, "()"] }];
  }

  /** What a function returns with its parameters bound to `args` (each a node to evaluate, or values already known). */
  returnsOf(fn: FunctionIR, args: ({ node: AstNode; scope: ScopeIR; env: Env | undefined } | { values: SValue[] })[], self: SValue[] | undefined, depth: number, outer?: Env): SValue[] {
    const callDepth = (outer?.depth ?? 0) + 1;
    if (callDepth > MAX_CALL_DEPTH || depth > MAX_DEPTH) return [ANY];
    const bindings = new Map<BindingIR, SValue[]>();
    const paramValues = (index: number): SValue[] | undefined => {
      const arg = args[index];
      if (!arg) return undefined;
      return "values" in arg ? arg.values : this.of(arg.node, arg.scope, arg.env, depth + 1);
    };
    for (const binding of fn.scope.names.values()) {
      if (!binding.param || binding.param.fn !== fn) continue;
      let values = paramValues(binding.param.index);
      if (values === undefined) {
        const fallback = binding.defs.find((d) => d.op === "default");
        values = fallback ? this.of(fallback.value, fallback.scope, undefined, depth + 1) : [{ k: "undef" }];
      } else if (!binding.param.rest) {
        for (const key of binding.param.path) values = this.member(values, key, depth + 1);
      }
      bindings.set(binding, values);
    }
    const env: Env = { bindings, ...(self ? { self } : {}), depth: callDepth };
    if (fn.returns.length === 0) return [{ k: "undef" }];
    return dedupe(union(...fn.returns.map((r) => this.of(r, fn.scope, env, depth + 1))));
  }

  /** `__importDefault` and friends, or a minified helper whose small body only checks `__esModule`. */
  isInterop(fn: FunctionIR): boolean {
    const cached = this.interopCache.get(fn);
    if (cached !== undefined) return cached;
    let result = fn.name !== undefined && INTEROP_HELPERS.has(fn.name);
    if (!result && fn.node.end - fn.node.start < 400) {
      const text = fn.module.parsed.textOf(fn.node);
      result = text.includes("__esModule") && !/\bfunction\b[^]*\bfunction\b[^]*\bfunction\b/.test(text);
    }
    this.interopCache.set(fn, result);
    return result;
  }

  /** A static value as JSON (for schemas and descriptions); what the code computes is kept as `{ $expression }`. */
  json(v: SValue, depth = 0): unknown {
    if (depth > 14) return { $expression: "…" };
    switch (v.k) {
      case "str":
      case "num":
      case "bool":
        return v.v;
      case "null":
        return null;
      case "undef":
        return undefined;
      case "arr":
        return v.items.slice(0, 200).map((i) => this.json(i, depth + 1));
      case "obj":
      case "record": {
        const keys = this.keysOf(v) ?? [];
        const out: Record<string, unknown> = {};
        for (const k of keys) {
          const values = this.member([v], k, depth + 1);
          out[k] = values.length === 1 ? this.json(values[0]!, depth + 1) : { $expression: "…" };
        }
        return out;
      }
      default:
        return { $expression: v.k };
    }
  }
}

export function union(...lists: SValue[][]): SValue[] {
  const out: SValue[] = [];
  for (const list of lists) {
    for (const v of list) {
      out.push(v);
      if (out.length >= MAX_UNION) return out;
    }
  }
  return out;
}

function dedupe(values: SValue[]): SValue[] {
  if (values.length < 2) return values;
  const seen = new Set<string>();
  const out: SValue[] = [];
  for (const v of values) {
    const key = identity(v);
    if (key !== undefined) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(v);
  }
  return out.slice(0, MAX_UNION);
}

function identity(v: SValue): string | undefined {
  switch (v.k) {
    case "str":
      return `s:${v.v}`;
    case "num":
      return `n:${v.v}`;
    case "bool":
      return `b:${v.v}`;
    case "null":
    case "undef":
    case "any":
      return v.k;
    case "ext":
      return `e:${v.module}:${v.path.join(".")}`;
    case "global":
      return `g:${v.path.join(".")}`;
    default:
      return undefined;
  }
}

function bare(specifier: string): string {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}

export function isNodeValue(node: unknown): node is AstNode {
  return isNode(node);
}
