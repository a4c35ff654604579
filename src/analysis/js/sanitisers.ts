/**
 * Sanitisers judged by what they do, never by their name. A guard's condition is read as a small boolean formula over
 * atoms (`p.startsWith(root + sep)`, `u.hostname === "api.example.com"`, `ALLOWED.includes(x)`, an anchored regex test),
 * and a check holds on a use when the condition that is true there implies it for the value the use reads. Each
 * predicate is a function over one atom; new ones (issue 10's classes) are added to ATOM_PREDICATES.
 */
import { type AstNode, literalString, memberPropertyName, staticPath, unwrapExpression } from "../ast.js";
import type { Check, CheckKind, FlowStep } from "../code-facts.js";
import type { Flows } from "./flow.js";
import { accessPath } from "./flow.js";
import { type BindingIR, type FunctionIR, type GuardIR, type ModuleIR, type ScopeIR, lookup } from "./module.js";
import type { SValue, Values } from "./values.js";

export interface GuardContext {
  values: Values;
  flows: Flows;
  scope: ScopeIR;
  module: ModuleIR;
  step(node: AstNode, what: string): FlowStep;
}

/** The value a check is about: a binding and the property path read from it. */
export interface Subject {
  binding: BindingIR;
  keys: readonly string[];
}

/** A predicate over one atom of a condition, with the truth value the atom has where the use sits. */
export type AtomPredicate = (atom: AstNode, truth: boolean, subject: Subject, context: GuardContext) => Check | undefined;

const SEPARATOR = /[\\/]$/;
const NORMALISERS = new Set(["resolve", "normalize", "join", "realpath", "realpathSync", "toNamespacedPath"]);
const HOST_KEYS = new Set(["hostname", "host", "origin"]);

/** The checks a guard gives the subject where the guard holds. */
export function guardChecks(guard: GuardIR, binding: BindingIR, keys: readonly string[], context: GuardContext): Check[] {
  const subject: Subject = { binding, keys };
  // exit: the test was false to get past the guard; then: the test is true inside; else: false inside.
  const truth = guard.kind === "then";
  const found = implied(guard.test, truth, subject, { ...context, scope: guard.scope }, 0);
  return found ? [found] : [];
}

/** The check a condition with truth value `truth` implies for the subject, if any (AND / OR / NOT read as logic). */
function implied(node: AstNode, truth: boolean, subject: Subject, context: GuardContext, depth: number): Check | undefined {
  const n = unwrapExpression(node);
  if (!n || depth > 12) return undefined;
  if (n.type === "UnaryExpression" && n.operator === "!") return implied(n.argument as AstNode, !truth, subject, context, depth + 1);
  if (n.type === "LogicalExpression" && (n.operator === "&&" || n.operator === "||")) {
    const conjunctive = (n.operator === "&&") === truth;
    const left = implied(n.left as AstNode, truth, subject, context, depth + 1);
    const right = implied(n.right as AstNode, truth, subject, context, depth + 1);
    if (conjunctive) return combine(left, right);
    // Either side may be the one that holds: both must check the subject.
    if (left && right) return weakest(left, right);
    // `p === root || p.startsWith(root + sep)`: equality with the root is contained too.
    if ((left?.kind === "path-contained" && isRootEquality(n.right as AstNode, truth, subject, context)) || (right?.kind === "path-contained" && isRootEquality(n.left as AstNode, truth, subject, context))) return left ?? right;
    return undefined;
  }
  if (n.type === "ParenthesizedExpression") return implied(n.expression as AstNode, truth, subject, context, depth + 1);
  for (const predicate of ATOM_PREDICATES) {
    const check = predicate(n, truth, subject, context);
    if (check) return check;
  }
  return undefined;
}

/** Both checks hold: a relative path with no `..` segment is contained; otherwise the stronger one counts. */
function combine(a: Check | undefined, b: Check | undefined): Check | undefined {
  if (a && b) {
    const kinds = new Set([a.kind, b.kind]);
    if (kinds.has("no-dot-dot") && (kinds.has("relative-path") || kinds.has("joined-component") || kinds.has("no-separator"))) {
      return { kind: "path-contained", holds: true, detail: "a relative path with no `..` segment", ...(a.at ? { at: a.at } : {}) };
    }
    if (a.kind === "path-contained" && a.holds) return a;
    if (b.kind === "path-contained" && b.holds) return b;
  }
  return strongest(a, b);
}

function strongest(a: Check | undefined, b: Check | undefined): Check | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.holds || !b.holds ? a : b;
}

function weakest(a: Check, b: Check): Check {
  return !a.holds ? a : b;
}

// ------------------------------------------------------------------ atom predicates

/** `p.startsWith(root + path.sep)` after path.resolve / realpath; `!path.relative(root, p).startsWith("..")`. */
const pathContainment: AtomPredicate = (atom, truth, subject, context) => {
  const call = atom.type === "CallExpression" ? atom : undefined;
  const callee = call ? unwrapExpression(call.callee) : undefined;
  const method = memberPropertyName(callee);
  if (!call || callee?.type !== "MemberExpression") return undefined;
  const receiver = unwrapExpression(callee.object)!;
  const args = call.arguments as AstNode[];
  if (method === "startsWith" || method === "indexOf") {
    const prefix = context.values.string(args[0], context.scope);
    // `rel.startsWith("..")` false, where rel = path.relative(root, p).
    if (prefix !== undefined && prefix.startsWith("..")) {
      if (truth || method !== "startsWith") return undefined;
      const relativeOf = relativeSubject(receiver, context);
      if (relativeOf && derivesFrom(relativeOf, subject, context, 0)) return check("path-contained", true, "path.relative(root, p) is checked not to start with \"..\"", context, call);
      return undefined;
    }
    if (!truth || method !== "startsWith") return undefined;
    if (!derivesFrom(receiver, subject, context, 0)) return undefined;
    const normalised = isNormalised(receiver, context, 0);
    const separated = endsWithSeparator(args[0], context, 0);
    if (normalised && separated) return check("path-contained", true, "resolved and compared with the root plus a separator", context, call);
    const why = !normalised ? "the path is not resolved (path.resolve or realpath) before the prefix test, so `root/../x` passes" : "the root has no trailing separator, so `/root-evil` passes";
    return check("path-contained", false, why, context, call);
  }
  return undefined;
};

/** `u.hostname === "api.example.com"`, `ALLOWED.includes(new URL(x).host)`, `u.protocol === "https:"`. */
const urlAllowList: AtomPredicate = (atom, truth, subject, context) => {
  const compared = comparison(atom, truth);
  if (compared) {
    for (const [side, other] of [[compared.left, compared.right], [compared.right, compared.left]] as const) {
      const member = urlMember(side, subject, context);
      if (!member) continue;
      const fixed = context.values.strings(other, context.scope);
      if (member === "protocol") return fixed ? check("url-scheme-allowed", true, `the scheme is compared with ${fixed.join(", ")}`, context, atom) : undefined;
      return fixed ? check("url-host-allowed", true, `the host is compared with ${fixed.slice(0, 3).join(", ")}`, context, atom) : check("url-host-allowed", false, "the host is compared with a value the code does not fix", context, atom);
    }
    return undefined;
  }
  const membership = membershipTest(atom, truth);
  if (membership) {
    const member = urlMember(membership.item, subject, context);
    if (!member) return undefined;
    const fixed = fixedSet(membership.set, context);
    if (member === "protocol") return fixed ? check("url-scheme-allowed", true, `the scheme is one of ${fixed.join(", ")}`, context, atom) : undefined;
    return fixed ? check("url-host-allowed", true, `the host is one of ${fixed.slice(0, 3).join(", ")}${fixed.length > 3 ? "…" : ""}`, context, atom) : check("url-host-allowed", false, "the host is looked up in a list the code does not fix (configuration or environment)", context, atom);
  }
  return undefined;
};

/** `x === "a"`, `ALLOWED.includes(x)`, `SET.has(x)`, `/^[\w-]+$/.test(x)`: the value itself is one the code allows. */
const valueAllowList: AtomPredicate = (atom, truth, subject, context) => {
  const compared = comparison(atom, truth);
  if (compared) {
    for (const [side, other] of [[compared.left, compared.right], [compared.right, compared.left]] as const) {
      if (!sameSubject(side, subject, context)) continue;
      const absent = context.values.of(other, context.scope);
      if (absent.length > 0 && absent.every((v) => v.k === "undef" || v.k === "null")) return check("value-allowed", true, "the value is absent", context, atom);
      const fixed = context.values.strings(other, context.scope);
      if (fixed) return check("value-allowed", true, `compared with ${fixed.slice(0, 3).map((s) => JSON.stringify(s)).join(", ")}`, context, atom);
    }
    return undefined;
  }
  const membership = membershipTest(atom, truth);
  if (membership && sameSubject(membership.item, subject, context)) {
    const fixed = fixedSet(membership.set, context);
    if (fixed) return check("value-allowed", true, `one of ${fixed.slice(0, 4).map((s) => JSON.stringify(s)).join(", ")}${fixed.length > 4 ? "…" : ""}`, context, atom);
    return undefined;
  }
  if (truth && atom.type === "CallExpression" && memberPropertyName(atom.callee) === "test") {
    const regex = unwrapExpression((atom.callee as AstNode).object);
    const tested = (atom.arguments as AstNode[])[0];
    if (regex?.type === "Literal" && regex.regex && tested && sameSubject(tested, subject, context)) {
      const pattern = (regex.regex as { pattern: string }).pattern;
      if (isStrictPattern(pattern)) return check("value-allowed", true, `matches /${pattern}/`, context, atom);
    }
  }
  return undefined;
};

/** `p.includes("..")`, `p.split(sep).some((s) => s === "..")`, `/\.\./.test(p)` false: no `..` segment. */
const noDotDot: AtomPredicate = (atom, truth, subject, context) => {
  // `name === ".."` false, `name !== ".."` true: comparison(atom, !truth) is the inequality holding.
  const compared = comparison(atom, !truth);
  if (compared) {
    for (const [side, other] of [[compared.left, compared.right], [compared.right, compared.left]] as const) {
      if (sameSubject(side, subject, context) && context.values.string(other, context.scope) === "..") return check("no-dot-dot", true, "`..` is refused", context, atom);
    }
  }
  if (truth || atom.type !== "CallExpression") {
    // `p.indexOf("..") === -1`
    if (atom.type === "BinaryExpression" && /^[!=]==?$/.test(atom.operator as string)) {
      const left = unwrapExpression(atom.left);
      const equal = (atom.operator as string).startsWith("=") === truth;
      if (equal && left?.type === "CallExpression" && memberPropertyName(left.callee) === "indexOf" && context.values.string((left.arguments as AstNode[])[0], context.scope) === ".." && context.values.string(atom.right, context.scope) === "-1" && derivesFrom((left.callee as AstNode).object as AstNode, subject, context, 0)) {
        return check("no-dot-dot", true, "`..` is refused", context, atom);
      }
    }
    return undefined;
  }
  const callee = unwrapExpression(atom.callee)!;
  const method = memberPropertyName(callee);
  const args = atom.arguments as AstNode[];
  if (method === "includes" && callee.type === "MemberExpression" && context.values.string(args[0], context.scope) === ".." && derivesFrom(callee.object as AstNode, subject, context, 0)) {
    return check("no-dot-dot", true, "`..` is refused", context, atom);
  }
  // `name.includes("/")` (or "\\", path.sep) false: a bare file name.
  if (method === "includes" && callee.type === "MemberExpression" && derivesFrom(callee.object as AstNode, subject, context, 0)) {
    const text = context.values.string(args[0], context.scope);
    const separator = text === "/" || text === "\\" || /(?:^|\.)sep$/.test(staticPath(args[0]) ?? "");
    if (separator) return check("no-separator", true, "directory separators are refused", context, atom);
  }
  if (method === "test" && callee.type === "MemberExpression") {
    const regex = unwrapExpression(callee.object);
    if (regex?.type === "Literal" && regex.regex && /\\\.\\\./.test((regex.regex as { pattern: string }).pattern) && derivesFrom(args[0], subject, context, 0)) return check("no-dot-dot", true, "`..` is refused", context, atom);
  }
  if ((method === "some" || method === "includes") && callee.type === "MemberExpression") {
    const split = unwrapExpression(callee.object);
    if (split?.type !== "CallExpression" || memberPropertyName(split.callee) !== "split" || !derivesFrom((split.callee as AstNode).object as AstNode, subject, context, 0)) return undefined;
    if (method === "includes") return context.values.string(args[0], context.scope) === ".." ? check("no-dot-dot", true, "no `..` segment", context, atom) : undefined;
    const callback = context.values.of(args[0], context.scope).find((v): v is Extract<SValue, { k: "fn" }> => v.k === "fn");
    if (callback && comparesParamWithDotDot(callback.fn, context)) return check("no-dot-dot", true, "no `..` segment", context, atom);
  }
  return undefined;
};

/** Every return of a callback is (a disjunction holding) `segment === ".."` on its parameter. */
function comparesParamWithDotDot(fn: FunctionIR, context: GuardContext): boolean {
  const param = [...fn.scope.names.values()].find((b) => b.param?.fn === fn && b.param.index === 0);
  if (!param || fn.returns.length === 0) return false;
  const hits = (node: AstNode | undefined): boolean => {
    const n = unwrapExpression(node);
    if (!n) return false;
    if (n.type === "LogicalExpression" && n.operator === "||") return hits(n.left as AstNode) || hits(n.right as AstNode);
    if (n.type !== "BinaryExpression" || !/^==?=?$/.test(n.operator as string)) return false;
    const [a, b] = [unwrapExpression(n.left), unwrapExpression(n.right)];
    const isParam = (x: AstNode | undefined): boolean => x?.type === "Identifier" && lookup(fn.scope, x.name as string) === param;
    return (isParam(a) && context.values.string(b, fn.scope) === "..") || (isParam(b) && context.values.string(a, fn.scope) === "..");
  };
  return fn.returns.every((r) => hits(r));
}

/** `path.isAbsolute(p)` (posix or win32) false, `p.startsWith("/")` false: a relative path. */
const relativePath: AtomPredicate = (atom, truth, subject, context) => {
  if (truth || atom.type !== "CallExpression") return undefined;
  const callee = unwrapExpression(atom.callee)!;
  const method = memberPropertyName(callee) ?? (callee.type === "Identifier" ? (callee.name as string) : undefined);
  const args = atom.arguments as AstNode[];
  if (method === "isAbsolute" && derivesFrom(args[0], subject, context, 0)) return check("relative-path", true, "absolute paths are refused", context, atom);
  if (method === "startsWith" && callee.type === "MemberExpression" && context.values.string(args[0], context.scope) === "/" && derivesFrom(callee.object as AstNode, subject, context, 0)) return check("relative-path", true, "absolute paths are refused", context, atom);
  return undefined;
};

/** The subject itself is falsy: empty, so there is nothing to misuse. */
const emptySubject: AtomPredicate = (atom, truth, subject, context) => {
  if (truth || !sameSubject(atom, subject, context)) return undefined;
  return check("value-allowed", true, "the value is empty", context, atom);
};

/** `p === root` where p is (derived from) the subject: a path equal to a root is inside it. */
const rootEquality: AtomPredicate = (atom, truth, subject, context) => {
  const compared = comparison(atom, truth);
  if (!compared) return undefined;
  for (const [side, other] of [[compared.left, compared.right], [compared.right, compared.left]] as const) {
    if (!derivesFrom(side, subject, context, 0) || !isNormalised(side, context, 0)) continue;
    if (context.values.strings(other, context.scope)) return undefined;
    return check("path-contained", true, "the resolved path is compared with a root", context, atom);
  }
  return undefined;
};

/** `isInside(p, root)`: a local function whose every truthy return checks its parameter; the check carries to the argument. */
const predicateCall: AtomPredicate = (atom, truth, subject, context) => {
  if (atom.type !== "CallExpression") return undefined;
  const args = atom.arguments as AstNode[];
  for (const target of context.values.of(atom.callee, context.scope)) {
    if (target.k !== "fn") continue;
    for (let i = 0; i < args.length; i++) {
      if (!derivesFrom(args[i]!, subject, context, 0)) continue;
      const found = functionImplies(target.fn, i, truth, context, 0);
      if (found) return found;
    }
  }
  return undefined;
};

/** `const ok = isInside(p); if (!ok) throw …`: the variable stands for its definition. */
const definedCondition: AtomPredicate = (atom, truth, subject, context) => {
  if (atom.type !== "Identifier") return undefined;
  const binding = lookup(context.scope, atom.name as string);
  const defs = binding && !binding.param ? binding.defs.filter((d) => d.op === "=" && d.path.length === 0) : [];
  if (!binding || defs.length !== 1 || binding.defs.length !== 1) return undefined;
  return implied(defs[0]!.value, truth, subject, { ...context, scope: defs[0]!.scope }, 6);
};

export const ATOM_PREDICATES: AtomPredicate[] = [pathContainment, noDotDot, relativePath, urlAllowList, valueAllowList, rootEquality, emptySubject, predicateCall, definedCondition];

const implicationMemo = new WeakMap<FunctionIR, Map<string, Check | null>>();

/**
 * What a function returning a truthy value says about its parameter `index`: every return that can be truthy (literals
 * `true` judged by the guards around them, `.some(cb)` / `.every(cb)` by the callback's returns) must imply a check.
 */
function functionImplies(fn: FunctionIR, index: number, truth: boolean, context: GuardContext, depth: number): Check | undefined {
  const key = `${index}:${truth}`;
  let byIndex = implicationMemo.get(fn);
  if (byIndex?.has(key)) return byIndex.get(key) ?? undefined;
  if (!byIndex) implicationMemo.set(fn, (byIndex = new Map()));
  byIndex.set(key, null);
  const param = [...fn.scope.names.values()].find((b) => b.param?.fn === fn && b.param.index === index && b.param.path.length === 0);
  if (!param || depth > 3) return undefined;
  const result = returnsImply(fn, { binding: param, keys: [] }, truth, { ...context, scope: fn.scope, module: fn.module }, depth);
  byIndex.set(key, result ?? null);
  return result;
}

/** Every return of `fn` that can have truth value `truth` implies a check on the subject. */
function returnsImply(fn: FunctionIR, subject: Subject, truth: boolean, context: GuardContext, depth: number): Check | undefined {
  let weakestFound: Check | undefined;
  let any = false;
  const truthy = (v: SValue): boolean | undefined =>
    v.k === "bool" ? v.v : v.k === "null" || v.k === "undef" ? false : v.k === "num" ? v.v !== 0 : v.k === "str" ? v.v !== "" : v.k === "obj" || v.k === "arr" || v.k === "fn" ? true : undefined;
  for (const returned of fn.returns) {
    const r = unwrapExpression(returned)!;
    const values = context.values.of(r, fn.scope);
    const known = values.map(truthy);
    if (known.length > 0 && known.every((t) => t === !truth)) continue;
    let found: Check | undefined;
    if (known.length > 0 && known.every((t) => t === truth)) {
      // `return true` (or `return false`) is as good as the conditions that lead to it.
      for (const guard of fn.guards) {
        if (r.start < guard.region[0] || r.start >= guard.region[1]) continue;
        found = combine(found, implied(guard.test, guard.kind === "then", subject, { ...context, scope: guard.scope }, 0));
      }
    } else if (truth && r.type === "CallExpression" && (memberPropertyName(r.callee) === "some" || memberPropertyName(r.callee) === "every") && depth < 3 && !noDotDot(r, false, subject, { ...context, scope: fn.scope })) {
      const callback = context.values.of((r.arguments as AstNode[])[0], fn.scope).find((v): v is Extract<SValue, { k: "fn" }> => v.k === "fn");
      if (callback) found = returnsImply(callback.fn, subject, true, { ...context, scope: callback.fn.scope, module: callback.fn.module }, depth + 1);
    } else {
      found = implied(r, truth, subject, { ...context, scope: fn.scope }, 0);
    }
    if (!found) return undefined;
    any = true;
    weakestFound = weakestFound ? weakest(weakestFound, found) : found;
  }
  return any ? weakestFound : undefined;
}

// ------------------------------------------------------------------ transforms

/** Functions whose result no longer carries text in a dangerous shape, known by what they do (module and export, or global). */
export function transformCheck(globalPath: string | undefined, module: string | undefined, exportPath: string | undefined): Check | undefined {
  if (globalPath === "encodeURIComponent") return { kind: "uri-encoded", holds: true, detail: "encoded with encodeURIComponent" };
  if (globalPath === "JSON.stringify") return { kind: "json-encoded", holds: true, detail: "quoted with JSON.stringify (which leaves $() and backticks alone)" };
  if (module === "path" && (exportPath === "basename" || exportPath === "posix.basename" || exportPath === "win32.basename")) return { kind: "basename", holds: true, detail: "reduced to its base name" };
  if ((module === "shell-quote" && exportPath === "quote") || (module === "shescape" && /quote|escape/.test(exportPath ?? "")) || module === "shell-escape" || module === "any-shell-escape") return { kind: "shell-quoted", holds: true, detail: `quoted for the shell by ${module}` };
  if (module === "strict-url-sanitise" && exportPath === "sanitizeUrl") return { kind: "url-sanitised", holds: true, detail: "re-encoded by strict-url-sanitise" };
  return undefined;
}

// ------------------------------------------------------------------ helpers

function check(kind: CheckKind, holds: boolean, detail: string, context: GuardContext, at: AstNode): Check {
  return { kind, holds, detail, at: context.step(at, detail) };
}

/** True when `node` reads the same value as the subject: the same binding and property path. */
function sameSubject(node: AstNode | undefined, subject: Subject, context: GuardContext): boolean {
  const n = unwrapExpression(node);
  if (!n) return false;
  const chain = accessPath(n);
  if (!chain) return false;
  return lookup(context.scope, chain.root) === subject.binding && chain.keys.join("\u0000") === subject.keys.join("\u0000");
}

/**
 * The node reads the subject, or a value derived from it by normalisation that keeps its meaning: a one-argument
 * path.resolve / normalize / realpath, a local function that only transforms its parameter, string methods, `await`.
 */
function derivesFrom(node: AstNode | undefined, subject: Subject, context: GuardContext, depth: number): boolean {
  const n = unwrapExpression(node);
  if (!n || depth > 6) return false;
  if (sameSubject(n, subject, context)) return true;
  if (n.type === "AwaitExpression") return derivesFrom(n.argument as AstNode, subject, context, depth + 1);
  if (n.type === "Identifier") {
    const binding = lookup(context.scope, n.name as string);
    if (!binding || binding.param || binding.imported) return false;
    const defs = binding.defs.filter((d) => d.op === "=" && d.path.length === 0);
    return defs.length > 0 && defs.length === binding.defs.length && defs.every((d) => derivesFrom(d.value, subject, { ...context, scope: d.scope }, depth + 1));
  }
  if (n.type === "CallExpression") {
    const callee = unwrapExpression(n.callee)!;
    const args = (n.arguments as AstNode[]).filter((a) => context.values.string(a, context.scope) === undefined);
    const method = memberPropertyName(callee);
    if (callee.type === "MemberExpression" && method !== undefined && STRING_TRANSFORMS.has(method) && derivesFrom(callee.object as AstNode, subject, context, depth + 1)) return true;
    if (args.length !== 1) return false;
    for (const target of context.values.of(callee, context.scope)) {
      if (target.k === "ext" && (target.module === "path" || target.module.startsWith("fs")) && NORMALISERS.has(target.path.at(-1) ?? "")) return derivesFrom(args[0], subject, context, depth + 1);
      if (target.k === "fn" && isTransform(target.fn, context)) return derivesFrom(args[0], subject, context, depth + 1);
    }
  }
  return false;
}

const STRING_TRANSFORMS = new Set(["trim", "trimStart", "trimEnd", "toLowerCase", "replace", "replaceAll", "normalize"]);

/** A local function whose returns carry nothing but its first parameter (normalizePath, expandHome). */
function isTransform(fn: FunctionIR, context: GuardContext): boolean {
  if (fn.returns.length === 0) return false;
  for (const r of fn.returns) {
    const atoms = context.flows.atoms(r, fn.scope);
    if (atoms.length === 0) continue;
    if (!atoms.every((a) => a.param === fn && a.index === 0)) return false;
  }
  return true;
}

function isRootEquality(node: AstNode, truth: boolean, subject: Subject, context: GuardContext): boolean {
  const compared = comparison(unwrapExpression(node)!, truth);
  return compared !== undefined && (sameSubject(compared.left, subject, context) || sameSubject(compared.right, subject, context));
}

/** An equality that holds given the truth value: `a === b` true, or `a !== b` false. */
function comparison(atom: AstNode, truth: boolean): { left: AstNode; right: AstNode } | undefined {
  if (atom.type !== "BinaryExpression") return undefined;
  const op = atom.operator as string;
  const equal = op === "===" || op === "==";
  const unequal = op === "!==" || op === "!=";
  if ((equal && truth) || (unequal && !truth)) return { left: atom.left as AstNode, right: atom.right as AstNode };
  return undefined;
}

/** `set.includes(item)` / `set.has(item)` / `set.indexOf(item) !== -1` that holds. */
function membershipTest(atom: AstNode, truth: boolean): { set: AstNode; item: AstNode } | undefined {
  if (atom.type === "CallExpression" && truth) {
    const method = memberPropertyName(atom.callee);
    if (method === "includes" || method === "has") {
      const set = unwrapExpression((atom.callee as AstNode).object)!;
      const item = (atom.arguments as AstNode[])[0];
      return item ? { set, item } : undefined;
    }
  }
  if (atom.type === "BinaryExpression") {
    const left = unwrapExpression(atom.left);
    const op = atom.operator as string;
    const found = (op === "!==" || op === "!=" || op === ">" || op === ">=") === truth;
    if (found && left?.type === "CallExpression" && memberPropertyName(left.callee) === "indexOf") {
      const item = (left.arguments as AstNode[])[0];
      return item ? { set: unwrapExpression((left.callee as AstNode).object)!, item } : undefined;
    }
  }
  return undefined;
}

/** The strings of a fixed set: an array literal of strings, a `new Set([...])` of them, a const holding either. */
function fixedSet(node: AstNode, context: GuardContext): string[] | undefined {
  const n = unwrapExpression(node)!;
  if (n.type === "NewExpression" && staticPath(n.callee) === "Set") return fixedSet((n.arguments as AstNode[])[0]!, context);
  if (n.type === "Identifier") {
    const binding = lookup(context.scope, n.name as string);
    const def = binding && !binding.param && binding.defs.length === 1 ? binding.defs[0]! : undefined;
    if (def && def.op === "=" && def.path.length === 0) {
      const value = unwrapExpression(def.value)!;
      if (value.type === "NewExpression" || value.type === "ArrayExpression") return fixedSet(value, { ...context, scope: def.scope });
    }
  }
  const values = context.values.of(n, context.scope);
  if (values.length !== 1 || values[0]!.k !== "arr") return undefined;
  const out: string[] = [];
  for (const item of (values[0] as Extract<SValue, { k: "arr" }>).items) {
    if (item.k !== "str") return undefined;
    out.push(item.v);
  }
  return out.length > 0 ? out : undefined;
}

/**
 * `.hostname` / `.host` / `.origin` / `.protocol` of the subject's URL: `new URL(subject).host`, `u.host` where
 * `u = new URL(subject)`, or the subject itself when it is a URL object.
 */
function urlMember(node: AstNode, subject: Subject, context: GuardContext): "host" | "protocol" | undefined {
  const n = unwrapExpression(node);
  if (n?.type !== "MemberExpression") return undefined;
  const key = memberPropertyName(n);
  const kind = key !== undefined && HOST_KEYS.has(key) ? "host" : key === "protocol" ? "protocol" : undefined;
  if (!kind) return undefined;
  const object = unwrapExpression(n.object)!;
  if (sameSubject(object, subject, context)) return kind;
  const built = urlBuiltFrom(object, context, 0);
  return built && derivesFrom(built, subject, context, 0) ? kind : undefined;
}

/** The argument a URL object was built from: `new URL(x)` directly, or through a variable holding it. */
function urlBuiltFrom(node: AstNode, context: GuardContext, depth: number): AstNode | undefined {
  const n = unwrapExpression(node);
  if (!n || depth > 3) return undefined;
  if (n.type === "NewExpression" && staticPath(n.callee) === "URL") return (n.arguments as AstNode[])[0];
  if (n.type === "Identifier") {
    const binding = lookup(context.scope, n.name as string);
    const def = binding && binding.defs.length === 1 ? binding.defs[0]! : undefined;
    if (def && def.path.length === 0) return urlBuiltFrom(def.value, { ...context, scope: def.scope }, depth + 1);
  }
  return undefined;
}

/** For `rel` defined as `path.relative(root, p)`: p. */
function relativeSubject(node: AstNode, context: GuardContext): AstNode | undefined {
  let n = unwrapExpression(node);
  if (n?.type === "Identifier") {
    const binding = lookup(context.scope, n.name as string);
    const def = binding && binding.defs.length === 1 ? binding.defs[0]! : undefined;
    n = def ? unwrapExpression(def.value) : undefined;
  }
  if (n?.type !== "CallExpression" || memberPropertyName(n.callee) !== "relative") return undefined;
  return (n.arguments as AstNode[])[1];
}

/** The value was normalised: every definition of it is path.resolve / normalize / join / realpath of something. */
function isNormalised(node: AstNode, context: GuardContext, depth: number): boolean {
  let n = unwrapExpression(node);
  if (!n || depth > 4) return false;
  if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  if (!n) return false;
  if (n.type === "CallExpression") {
    const name = memberPropertyName(n.callee) ?? staticPath(n.callee);
    if (name !== undefined && NORMALISERS.has(name.split(".").at(-1)!)) return true;
    return context.values.of(n.callee, context.scope).some((v) => v.k === "ext" && (v.module === "path" || v.module.startsWith("fs")) && NORMALISERS.has(v.path.at(-1) ?? ""));
  }
  if (n.type === "Identifier") {
    const binding = lookup(context.scope, n.name as string);
    if (!binding || binding.param) return false;
    const defs = binding.defs.filter((d) => d.op === "=");
    return defs.length > 0 && defs.every((d) => isNormalised(d.value, { ...context, scope: d.scope }, depth + 1));
  }
  return false;
}

/** `root + path.sep`, `${root}/`, a literal ending in a separator, or a variable holding one. */
function endsWithSeparator(node: unknown, context: GuardContext, depth: number): boolean {
  const n = unwrapExpression(node);
  if (!n || depth > 4) return false;
  const text = context.values.string(n, context.scope);
  if (text !== undefined) return SEPARATOR.test(text);
  const path = staticPath(n);
  if (path === "sep" || path?.endsWith(".sep")) return true;
  if (n.type === "BinaryExpression" && n.operator === "+") return endsWithSeparator(n.right, context, depth + 1);
  if (n.type === "TemplateLiteral") {
    const quasis = n.quasis as AstNode[];
    const last = (quasis[quasis.length - 1]?.value as { cooked?: string } | undefined)?.cooked ?? "";
    if (last) return SEPARATOR.test(last);
    return endsWithSeparator((n.expressions as AstNode[]).at(-1), context, depth + 1);
  }
  if (n.type === "Identifier") {
    const binding = lookup(context.scope, n.name as string);
    if (!binding || binding.param) return false;
    return binding.defs.length > 0 && binding.defs.every((d) => endsWithSeparator(d.value, { ...context, scope: d.scope }, depth + 1));
  }
  // `dir.replace(/\\?$/, "\\")`: a replacement anchored at the end that ends in a separator.
  if (n.type === "CallExpression" && memberPropertyName(n.callee) === "replace") {
    const [pattern, replacement] = n.arguments as AstNode[];
    const regex = unwrapExpression(pattern);
    const text = literalString(replacement);
    if (regex?.type === "Literal" && regex.regex && (regex.regex as { pattern: string }).pattern.endsWith("$") && text !== undefined && SEPARATOR.test(text)) return true;
  }
  return false;
}

/** An anchored pattern whose characters cannot spell a path, a flag or a shell operator: `^[a-z0-9_-]+$`. */
function isStrictPattern(pattern: string): boolean {
  if (!pattern.startsWith("^") || !pattern.endsWith("$")) return false;
  const body = pattern.slice(1, -1);
  // No wildcard, no negated class, no slash: nothing that spells `../`, a flag value with spaces or a shell operator.
  return !/(?<!\\)\.|\\[SWD]|\[\^|\/|\s|\\s/.test(body);
}
