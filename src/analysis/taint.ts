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
} from "./ast.js";
import { isNetworkCall } from "./network-calls.js";

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

/** The labels one evaluation read, and whether it went through a local function's return (whose cached label depends on evaluation order). */
interface LabelReads {
  /** The labels read, as (scopes[i], names[i]). */
  scopes: Scope[];
  names: string[];
  callsLocal: boolean;
}

/** A call read for taint: a source, a sanitizer, a function declared in this file (its node), or any other call. */
type CallKind = "network" | "request" | "sanitizer" | "other" | AstNode;

export type NodeVisitor = (node: AstNode, scope: Scope, ancestors: readonly AstNode[]) => void;

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

// ---- code/* triage (issue 4): library callbacks whose parameters carry remote data, and sanitizers known by module.
/**
 * Methods a library calls with data from a remote server: the MCP SDK hands OAuthClientProvider.redirectToAuthorization
 * a URL built from the remote authorization server's metadata (mcp-remote's CVE-2025-6514 passed it to `open`).
 */
const NETWORK_CALLBACKS = new Set(["redirectToAuthorization"]);
/** Exports that neutralise text for a shell, by module: strict-url-sanitise re-encodes every URL part (`$`, quotes, backticks). */
const SANITIZING_IMPORTS = new Set(["strict-url-sanitise#sanitizeUrl"]);

function isNetworkCallback(fn: AstNode, parent: AstNode | undefined): boolean {
  if (parent?.type !== "MethodDefinition" && parent?.type !== "Property") return false;
  return parent.value === fn && NETWORK_CALLBACKS.has(identifierName(parent.key) ?? "");
}
// ---- end code/* triage
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
  private readonly callKinds = new Map<AstNode, CallKind>();
  /** Set while propagate evaluates a flow for the first time: what its label read. */
  private recording: LabelReads | undefined;

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

  /** The scope a node is read in, given its ancestors from a walk: the nearest enclosing function's, else the program's. */
  scopeAt(ancestors: readonly AstNode[]): Scope {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const scope = this.functionScopes.get(ancestors[i]!);
      if (scope) return scope;
    }
    return this.program;
  }

  private collect(visit?: NodeVisitor): void {
    // innerScopes[d]: the scope of the children of the ancestor at depth d (the walk is pre-order, so it is set before they are visited).
    const innerScopes: Scope[] = [];
    const enclosingFunction = (ancestors: readonly AstNode[]): AstNode | undefined => {
      for (let i = ancestors.length - 1; i >= 0; i--) if (isFunctionNode(ancestors[i]!)) return ancestors[i];
      return undefined;
    };
    const pendingCalls: { call: AstNode; callee: string; scope: Scope }[] = [];
    walk(this.parsed.program, (node, _parent, ancestors) => {
      const depth = ancestors.length;
      const scope = depth === 0 ? this.program : innerScopes[depth - 1]!;
      innerScopes[depth] = scope;
      visit?.(node, scope, ancestors);
      if (isFunctionNode(node)) {
        const own: Scope = { node, parent: scope, declared: new Set(), labels: new Map() };
        this.functionScopes.set(node, own);
        innerScopes[depth] = own;
        const id = identifierName(node.id);
        if (node.type === "FunctionDeclaration" && id) {
          scope.declared.add(id);
          if (!this.localFunctions.has(id)) this.localFunctions.set(id, node);
        }
        const handler = this.handlers.has(node);
        const fromNetwork = !handler && isNetworkCallback(node, ancestors[ancestors.length - 1]);
        if (fromNetwork) this.hasSources = true;
        for (const param of node.params as AstNode[]) {
          for (const name of patternNames(param)) {
            own.declared.add(name);
            if (handler) own.labels.set(name, "tool");
            else if (fromNetwork) own.labels.set(name, "network");
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
          if (callee?.type === "Identifier") pendingCalls.push({ call: node, callee: callee.name as string, scope });
          break;
        }
        default:
          break;
      }
    });
    // Arguments of calls to local functions flow into their parameters (functions may be declared after the call).
    for (const { call, callee, scope } of pendingCalls) {
      const fn = this.localFunctions.get(callee);
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

  /**
   * Passes over every flow in order until nothing changes (at most MAX_PASSES). A flow whose label reads no local
   * function's return ("pure") is a function of the labels it reads, and labels only grow: it is skipped until one of
   * the names it read changes, which gives the same labels as evaluating it every pass.
   */
  private propagate(): void {
    const count = this.flows.length;
    const evaluated = new Uint8Array(count);
    const pure = new Uint8Array(count);
    const dirty = new Uint8Array(count);
    /** Pure flows by the (scope, name) labels they read. */
    const readers = new Map<Scope, Map<string, number[]>>();
    const record: LabelReads = { scopes: [], names: [], callsLocal: false };
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (let index = 0; index < count; index++) {
        const flow = this.flows[index]!;
        if (flow.names.length === 0) continue;
        if (pure[index] === 1 && dirty[index] === 0) continue;
        const first = evaluated[index] === 0;
        if (first) {
          record.scopes.length = 0;
          record.names.length = 0;
          record.callsLocal = false;
          this.recording = record;
        }
        const label = flow.call ? this.callbackLabel(flow.call, flow.scope) : this.label(flow.source, flow.scope, 0);
        if (first) {
          this.recording = undefined;
          evaluated[index] = 1;
          if (!record.callsLocal) {
            pure[index] = 1;
            for (let r = 0; r < record.scopes.length; r++) {
              const scope = record.scopes[r]!;
              const name = record.names[r]!;
              let byName = readers.get(scope);
              if (!byName) readers.set(scope, (byName = new Map()));
              const list = byName.get(name);
              if (list) list.push(index);
              else byName.set(name, [index]);
            }
          }
        }
        dirty[index] = 0;
        if (!label) continue;
        const targetScope = flow.target ? this.functionScopes.get(flow.target) : undefined;
        for (const name of flow.names) {
          const home = targetScope ?? declaringScope(flow.scope, name) ?? this.program;
          const current = home.labels.get(name);
          if (strongerLabel(current, label) !== current) {
            home.labels.set(name, label);
            this.version++;
            changed = true;
            for (const reader of readers.get(home)?.get(name) ?? []) dirty[reader] = 1;
          }
        }
      }
      if (!changed) return;
    }
  }

  /** A callback receives untrusted data when passed to a network call or a method of a tainted value (`p.then(…)`, `list.map(…)`). */
  private callbackLabel(call: AstNode, scope: Scope): TaintLabel | undefined {
    if (this.callKind(call) === "network") return "network";
    const callee = unwrapExpression(call.callee);
    return callee?.type === "MemberExpression" ? this.label(callee.object, scope, 0) : undefined;
  }

  isNetworkCall(node: AstNode): boolean {
    return isNetworkCall(node, this.bindings);
  }

  private label(expression: unknown, scope: Scope, depth: number): TaintLabel | undefined {
    const n = unwrapExpression(expression);
    if (!n || depth > MAX_DEPTH) return undefined;
    const inner = depth + 1;
    switch (n.type) {
      case "Identifier": {
        const name = n.name as string;
        const home = declaringScope(scope, name) ?? this.program;
        if (this.recording) {
          this.recording.scopes.push(home);
          this.recording.names.push(name);
        }
        return home.labels.get(name);
      }
      case "MemberExpression":
        return strongerLabel(requestSource(n) ? "request" : undefined, this.label(n.object, scope, inner));
      case "CallExpression":
      case "NewExpression": {
        const kind = this.callKind(n);
        if (kind === "network" || kind === "request") return kind;
        if (kind === "sanitizer") return undefined;
        if (kind !== "other") {
          if (this.recording) this.recording.callsLocal = true;
          return this.returnLabel(kind, depth);
        }
        const callee = unwrapExpression(n.callee);
        let label = callee?.type === "MemberExpression" ? this.label(callee.object, scope, inner) : undefined;
        for (const arg of n.arguments as AstNode[]) if (!isFunctionNode(arg)) label = strongerLabel(label, this.label(arg, scope, inner));
        return label;
      }
      case "AwaitExpression":
      case "SpreadElement":
        return this.label(n.argument, scope, inner);
      case "TemplateLiteral": {
        let label: TaintLabel | undefined;
        for (const e of n.expressions as AstNode[]) label = strongerLabel(label, this.label(e, scope, inner));
        return label;
      }
      case "TaggedTemplateExpression":
        return this.label(n.quasi, scope, inner);
      case "BinaryExpression":
        return n.operator === "+" ? strongerLabel(this.label(n.left, scope, inner), this.label(n.right, scope, inner)) : undefined;
      case "LogicalExpression":
        return strongerLabel(this.label(n.left, scope, inner), this.label(n.right, scope, inner));
      case "ConditionalExpression":
        return strongerLabel(this.label(n.consequent, scope, inner), this.label(n.alternate, scope, inner));
      case "SequenceExpression": {
        const expressions = n.expressions as AstNode[];
        return this.label(expressions[expressions.length - 1], scope, inner);
      }
      case "AssignmentExpression":
        return this.label(n.right, scope, inner);
      case "ArrayExpression": {
        let label: TaintLabel | undefined;
        for (const e of n.elements as unknown[]) if (e !== null) label = strongerLabel(label, this.label(e, scope, inner));
        return label;
      }
      case "ObjectExpression": {
        let label: TaintLabel | undefined;
        for (const p of n.properties as AstNode[]) label = strongerLabel(label, this.label(p.type === "SpreadElement" ? p.argument : p.value, scope, inner));
        return label;
      }
      default:
        return undefined;
    }
  }

  /** What a call is, which depends only on the code: memoised, since every propagation pass reads it again. */
  private callKind(call: AstNode): CallKind {
    let kind = this.callKinds.get(call);
    if (kind === undefined) this.callKinds.set(call, (kind = this.classifyCall(call)));
    return kind;
  }

  private classifyCall(n: AstNode): CallKind {
    if (this.isNetworkCall(n)) return "network";
    if (requestSource(n)) return "request";
    const path = staticPath(n.callee);
    if (path !== undefined && SANITIZERS.has(path)) return "sanitizer";
    const imported = resolveImported(n.callee, this.bindings);
    if (imported && SANITIZING_IMPORTS.has(`${imported.module}#${imported.imported}`)) return "sanitizer";
    return this.localFunction(n.callee) ?? "other";
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
      let label: TaintLabel | undefined;
      for (const e of returned) label = strongerLabel(label, this.label(e, scope, depth + 1));
      if (cached) {
        cached.version = this.version;
        cached.label = label;
      } else {
        this.returnCache.set(fn, { version: this.version, label });
      }
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
