/**
 * Intraprocedural-plus-local-calls taint tracking over one JS/TS file: which expressions carry a tool handler's
 * arguments, HTTP request data or a network response. Function-scoped (no block scopes), bounded passes.
 */
import {
  type AstNode,
  type ModuleBinding,
  type ParsedJs,
  identifierName,
  isFunctionNode,
  isNode,
  memberPropertyName,
  patternNames,
  resolveImported,
  staticPath,
  unwrapExpression,
  walk,
} from "./js-ast.js";

/** Where untrusted data came from, most dangerous first in TAINT_RANK. */
export type TaintLabel = "tool" | "request" | "network";
const TAINT_RANK: Record<TaintLabel, number> = { tool: 3, request: 2, network: 1 };

export function strongerLabel(a: TaintLabel | undefined, b: TaintLabel | undefined): TaintLabel | undefined {
  if (!a) return b;
  if (!b) return a;
  return TAINT_RANK[a] >= TAINT_RANK[b] ? a : b;
}

export interface Scope {
  /** The function (or Program) that owns the scope. */
  node: AstNode;
  parent?: Scope;
  declared: Set<string>;
  labels: Map<string, TaintLabel>;
}

interface Flow {
  names: string[];
  source?: AstNode;
  /** Callback parameters: the call the callback is passed to. */
  call?: AstNode;
  callback?: AstNode;
  scope: Scope;
  /** Scope the names live in when not found from `scope` (callee parameters, callback parameters). */
  target?: AstNode;
}

export type NodeVisitor = (node: AstNode, scope: Scope, ancestors: readonly AstNode[]) => void;

const HTTP_CLIENT_MODULES = new Set([
  "node-fetch", "cross-fetch", "isomorphic-fetch", "undici", "axios", "got", "ky", "needle", "superagent",
  "request", "request-promise", "phin", "make-fetch-happen", "minipass-fetch",
]);
const REQUEST_OBJECTS = new Set(["req", "request"]);
const REQUEST_PROPERTIES = new Set(["query", "body", "params", "headers", "cookies", "url", "originalUrl", "rawBody", "path"]);
const REQUEST_READERS = new Set(["json", "text", "formData", "arrayBuffer", "param", "query", "header", "parseBody"]);
/** Calls whose result no longer carries the attacker's text in a dangerous shape. */
const SANITIZERS = new Set([
  "Number", "parseInt", "parseFloat", "Boolean", "isNaN", "encodeURIComponent", "path.basename", "basename",
  "quote", "shellQuote.quote", "shellEscape", "escapeShellArg", "shescape.quote", "Math.floor", "Math.round",
]);
/** Methods that put their argument into the receiver. */
const RECEIVER_WRITES = new Set(["push", "unshift", "append", "set", "add", "splice"]);
const MAX_PASSES = 4;
const MAX_DEPTH = 40;

export class JsTaint {
  readonly program: Scope;
  private readonly functionScopes = new Map<AstNode, Scope>();
  private readonly localFunctions = new Map<string, AstNode>();
  private readonly returns = new Map<AstNode, AstNode[]>();
  private readonly flows: Flow[] = [];
  private readonly evaluatingReturns = new Set<AstNode>();
  /** Bumped whenever a label changes; cached return labels from an older version are stale. */
  private version = 0;
  private readonly returnCache = new Map<AstNode, { version: number; label: TaintLabel | undefined }>();
  /** False when the file has no handler and no source expression: every label is then undefined, cheaply. */
  private hasSources = false;

  constructor(
    readonly parsed: ParsedJs,
    private readonly handlers: ReadonlySet<AstNode>,
    private readonly bindings: ReadonlyMap<string, ModuleBinding>,
    visit?: NodeVisitor,
  ) {
    this.program = { node: parsed.program as unknown as AstNode, declared: new Set(), labels: new Map() };
    this.collect(visit);
    if (this.hasSources || handlers.size > 0) this.propagate();
  }

  /** The label of the untrusted data an expression, read in `scope`, carries. */
  labelOf(expression: unknown, scope: Scope): TaintLabel | undefined {
    if (!this.hasSources && this.handlers.size === 0) return undefined;
    return this.label(expression, scope, 0);
  }

  /** The function a call invokes when it names a function declared in this file. */
  localFunction(callee: unknown): AstNode | undefined {
    const name = identifierName(callee);
    return name === undefined ? undefined : this.localFunctions.get(name);
  }

  /** The scope a function's parameters and locals live in. */
  scopeOfFunction(fn: AstNode): Scope | undefined {
    return this.functionScopes.get(fn);
  }

  private collect(visit?: NodeVisitor): void {
    const scopeFor = (ancestors: readonly AstNode[]): Scope => {
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const fn = this.functionScopes.get(ancestors[i]!);
        if (fn) return fn;
      }
      return this.program;
    };
    const enclosingFunction = (ancestors: readonly AstNode[]): AstNode | undefined => {
      for (let i = ancestors.length - 1; i >= 0; i--) if (isFunctionNode(ancestors[i]!)) return ancestors[i];
      return undefined;
    };
    const pendingCalls: { call: AstNode; scope: Scope }[] = [];
    walk(this.parsed.program, (node, _parent, ancestors) => {
      const scope = scopeFor(ancestors);
      visit?.(node, scope, ancestors);
      if (isFunctionNode(node)) {
        const own: Scope = { node, parent: scope, declared: new Set(), labels: new Map() };
        this.functionScopes.set(node, own);
        const id = identifierName(node.id);
        if (node.type === "FunctionDeclaration" && id) {
          scope.declared.add(id);
          if (!this.localFunctions.has(id)) this.localFunctions.set(id, node);
        }
        const handler = this.handlers.has(node);
        for (const param of node.params as AstNode[]) {
          for (const name of patternNames(param)) {
            own.declared.add(name);
            if (handler) own.labels.set(name, "tool");
          }
        }
        if (node.expression === true && isNode(node.body)) this.returns.set(node, [node.body]);
        return;
      }
      switch (node.type) {
        case "VariableDeclarator": {
          const names = patternNames(node.id);
          for (const name of names) scope.declared.add(name);
          const init = unwrapExpression(node.init);
          if (init && isFunctionNode(init) && names.length === 1 && !this.localFunctions.has(names[0]!)) this.localFunctions.set(names[0]!, init);
          if (init && !isFunctionNode(init)) this.flows.push({ names, source: init, scope });
          break;
        }
        case "AssignmentExpression":
          this.flows.push({ names: assignedNames(node.left), source: node.right as AstNode, scope });
          break;
        case "ForOfStatement":
        case "ForInStatement": {
          const left = node.left as AstNode;
          const names = left.type === "VariableDeclaration" ? (left.declarations as AstNode[]).flatMap((d) => patternNames(d.id)) : assignedNames(left);
          for (const name of names) scope.declared.add(name);
          this.flows.push({ names, source: node.right as AstNode, scope });
          break;
        }
        case "CatchClause":
          for (const name of patternNames(node.param)) scope.declared.add(name);
          break;
        case "ReturnStatement": {
          const fn = enclosingFunction(ancestors);
          if (fn && isNode(node.argument)) {
            const list = this.returns.get(fn) ?? [];
            list.push(node.argument);
            this.returns.set(fn, list);
          }
          break;
        }
        case "MemberExpression":
          if (!this.hasSources && requestSource(node)) this.hasSources = true;
          break;
        case "CallExpression":
        case "NewExpression": {
          if (!this.hasSources && (this.isNetworkCall(node) || requestSource(node))) this.hasSources = true;
          for (const arg of node.arguments as AstNode[]) {
            if (isFunctionNode(arg)) this.flows.push({ names: (arg.params as AstNode[]).flatMap((p) => patternNames(p)), call: node, callback: arg, scope, target: arg });
          }
          const callee = unwrapExpression(node.callee);
          if (callee?.type === "MemberExpression" && RECEIVER_WRITES.has(memberPropertyName(callee) ?? "")) {
            for (const arg of node.arguments as AstNode[]) this.flows.push({ names: assignedNames(callee.object), source: arg, scope });
          }
          if (callee?.type === "Identifier") pendingCalls.push({ call: node, scope });
          break;
        }
        default:
          break;
      }
    });
    // Arguments of calls to local functions flow into their parameters (functions may be declared after the call).
    for (const { call, scope } of pendingCalls) {
      const fn = this.localFunction(call.callee);
      if (!fn) continue;
      const params = fn.params as AstNode[];
      const args = call.arguments as AstNode[];
      for (let i = 0; i < params.length && i < args.length; i++) {
        const arg = args[i]!;
        if (arg.type === "SpreadElement") break;
        this.flows.push({ names: patternNames(params[i]), source: arg, scope, target: fn });
      }
    }
  }

  private propagate(): void {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (const flow of this.flows) {
        if (flow.names.length === 0) continue;
        const label = flow.call ? this.callbackLabel(flow.call, flow.scope) : this.label(flow.source, flow.scope, 0);
        if (!label) continue;
        const targetScope = flow.target ? this.functionScopes.get(flow.target) : undefined;
        for (const name of flow.names) {
          const home = targetScope ?? declaringScope(flow.scope, name) ?? this.program;
          const current = home.labels.get(name);
          if (strongerLabel(current, label) !== current) {
            home.labels.set(name, label);
            this.version++;
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  /** A callback receives untrusted data when passed to a network call or a method of a tainted value (`p.then(…)`, `list.map(…)`). */
  private callbackLabel(call: AstNode, scope: Scope): TaintLabel | undefined {
    if (this.isNetworkCall(call)) return "network";
    const callee = unwrapExpression(call.callee);
    return callee?.type === "MemberExpression" ? this.label(callee.object, scope, 0) : undefined;
  }

  isNetworkCall(node: AstNode): boolean {
    if (node.type !== "CallExpression") return false;
    const callee = unwrapExpression(node.callee);
    const binding = resolveImported(callee, this.bindings);
    if (binding) {
      if (HTTP_CLIENT_MODULES.has(binding.module)) return true;
      return (binding.module === "http" || binding.module === "https") && (binding.imported === "get" || binding.imported === "request");
    }
    const path = staticPath(callee);
    return (path === "fetch" || path === "globalThis.fetch") && !this.bindings.has("fetch");
  }

  private label(expression: unknown, scope: Scope, depth: number): TaintLabel | undefined {
    const n = unwrapExpression(expression);
    if (!n || depth > MAX_DEPTH) return undefined;
    const next = (e: unknown): TaintLabel | undefined => this.label(e, scope, depth + 1);
    switch (n.type) {
      case "Identifier": {
        const name = n.name as string;
        return (declaringScope(scope, name) ?? this.program).labels.get(name);
      }
      case "MemberExpression":
        return strongerLabel(requestSource(n) ? "request" : undefined, next(n.object));
      case "CallExpression":
      case "NewExpression": {
        if (this.isNetworkCall(n)) return "network";
        if (requestSource(n)) return "request";
        const path = staticPath(n.callee);
        if (path !== undefined && SANITIZERS.has(path)) return undefined;
        const local = this.localFunction(n.callee);
        if (local) return this.returnLabel(local, depth);
        const callee = unwrapExpression(n.callee);
        let label = callee?.type === "MemberExpression" ? next(callee.object) : undefined;
        for (const arg of n.arguments as AstNode[]) if (!isFunctionNode(arg)) label = strongerLabel(label, next(arg));
        return label;
      }
      case "AwaitExpression":
      case "SpreadElement":
        return next(n.argument);
      case "TemplateLiteral":
        return (n.expressions as AstNode[]).reduce<TaintLabel | undefined>((acc, e) => strongerLabel(acc, next(e)), undefined);
      case "TaggedTemplateExpression":
        return next(n.quasi);
      case "BinaryExpression":
        return n.operator === "+" ? strongerLabel(next(n.left), next(n.right)) : undefined;
      case "LogicalExpression":
        return strongerLabel(next(n.left), next(n.right));
      case "ConditionalExpression":
        return strongerLabel(next(n.consequent), next(n.alternate));
      case "SequenceExpression": {
        const expressions = n.expressions as AstNode[];
        return next(expressions[expressions.length - 1]);
      }
      case "AssignmentExpression":
        return next(n.right);
      case "ArrayExpression":
        return (n.elements as unknown[]).reduce<TaintLabel | undefined>((acc, e) => (e === null ? acc : strongerLabel(acc, next(e))), undefined);
      case "ObjectExpression":
        return (n.properties as AstNode[]).reduce<TaintLabel | undefined>(
          (acc, p) => strongerLabel(acc, p.type === "SpreadElement" ? next(p.argument) : next(p.value)),
          undefined,
        );
      default:
        return undefined;
    }
  }

  /** What a local function returns, given what its parameters received across the file's calls. */
  private returnLabel(fn: AstNode, depth: number): TaintLabel | undefined {
    if (this.evaluatingReturns.has(fn)) return undefined;
    const cached = this.returnCache.get(fn);
    if (cached && cached.version === this.version) return cached.label;
    const scope = this.functionScopes.get(fn);
    const returned = this.returns.get(fn);
    if (!scope || !returned) return undefined;
    this.evaluatingReturns.add(fn);
    try {
      const label = returned.reduce<TaintLabel | undefined>((acc, e) => strongerLabel(acc, this.label(e, scope, depth + 1)), undefined);
      this.returnCache.set(fn, { version: this.version, label });
      return label;
    } finally {
      this.evaluatingReturns.delete(fn);
    }
  }
}

/** `req.body`, `request.query`, `c.req.json()`, `url.searchParams`: data an HTTP client sent. */
export function requestSource(node: AstNode): boolean {
  if (node.type === "CallExpression") {
    const callee = unwrapExpression(node.callee);
    if (callee?.type !== "MemberExpression") return false;
    return REQUEST_READERS.has(memberPropertyName(callee) ?? "") && isRequestObject(callee.object);
  }
  if (node.type !== "MemberExpression") return false;
  const property = memberPropertyName(node);
  if (property === "searchParams") return true;
  return property !== undefined && REQUEST_PROPERTIES.has(property) && isRequestObject(node.object);
}

function isRequestObject(node: unknown): boolean {
  const n = unwrapExpression(node);
  if (n?.type === "Identifier") return REQUEST_OBJECTS.has(n.name as string);
  return n?.type === "MemberExpression" && REQUEST_OBJECTS.has(memberPropertyName(n) ?? "");
}

export function declaringScope(scope: Scope, name: string): Scope | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) if (s.declared.has(name)) return s;
  return undefined;
}

/** Names an assignment target writes: `x`, `{ a, b }`, and the root object of `obj.code = …`. */
export function assignedNames(target: unknown): string[] {
  let n = isNode(target) ? target : undefined;
  while (n?.type === "MemberExpression") n = unwrapExpression(n.object);
  if (!n) return [];
  if (n.type === "ObjectAssignmentTarget" || n.type === "ObjectPattern") {
    return ((n.properties as AstNode[]) ?? []).flatMap((p) => assignedNames(p.type === "RestElement" ? p.argument : p.value));
  }
  if (n.type === "ArrayAssignmentTarget" || n.type === "ArrayPattern") return ((n.elements as unknown[]) ?? []).flatMap((e) => assignedNames(e));
  if (n.type === "AssignmentPattern" || n.type === "AssignmentTargetWithDefault") return assignedNames(n.left ?? n.binding);
  return patternNames(n);
}
