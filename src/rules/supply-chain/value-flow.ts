/**
 * A small, function-scoped taint tracker over one file's AST: which variables hold a value derived from a
 * "source" expression (a network response, a tool argument), following declarations, assignments, promise
 * callbacks and event callbacks. It is deliberately simple: no block scopes, no inter-file flow.
 */
import { type AstNode, type ParsedJs, isFunctionNode, isNode, patternNames, unwrapExpression, walk } from "../../facts/js-ast.js";
import { assignedNames } from "../../facts/taint.js";

interface Scope {
  parent?: Scope;
  declared: Set<string>;
  tainted: Set<string>;
}

interface Flow {
  names: string[];
  /** The expression whose value the names receive; undefined for callback parameters. */
  source?: AstNode;
  /** For callback parameters: the call the callback is passed to, and the callback. */
  call?: AstNode;
  callback?: AstNode;
  scope: Scope;
  /** Where the names are declared when it is not `scope` (callback parameters live in the callback's scope). */
  targetScope?: Scope;
}

export type SourcePredicate = (node: AstNode) => boolean;

export class ValueFlow {
  private readonly scopeByNode = new WeakMap<AstNode, Scope>();
  private readonly program: Scope = { declared: new Set(), tainted: new Set() };

  constructor(
    readonly parsed: ParsedJs,
    private readonly isSource: SourcePredicate,
  ) {
    const flows = this.collect();
    this.propagate(flows);
  }

  /** True when `expression`, read where `at` sits, evaluates to (something built from) a source value. */
  isTainted(expression: unknown, at: AstNode): boolean {
    const scope = this.scopeByNode.get(at) ?? this.program;
    return this.tainted(expression, scope, 0);
  }

  private collect(): Flow[] {
    const flows: Flow[] = [];
    const functionScopes = new Map<AstNode, Scope>();
    const scopeFor = (ancestors: readonly AstNode[]): Scope => {
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const fn = functionScopes.get(ancestors[i]!);
        if (fn) return fn;
      }
      return this.program;
    };
    walk(this.parsed.program, (node, _parent, ancestors) => {
      const scope = scopeFor(ancestors);
      this.scopeByNode.set(node, scope);
      if (isFunctionNode(node)) {
        const own: Scope = { parent: scope, declared: new Set(), tainted: new Set() };
        functionScopes.set(node, own);
        this.scopeByNode.set(node, scope);
        if (node.type === "FunctionDeclaration") for (const name of patternNames(node.id)) scope.declared.add(name);
        for (const param of node.params as AstNode[]) for (const name of patternNames(param)) own.declared.add(name);
        return;
      }
      switch (node.type) {
        case "VariableDeclarator": {
          const names = patternNames(node.id);
          for (const name of names) scope.declared.add(name);
          if (isNode(node.init)) flows.push({ names, source: node.init, scope });
          break;
        }
        case "AssignmentExpression":
          flows.push({ names: assignedNames(node.left), source: node.right as AstNode, scope });
          break;
        case "ForOfStatement":
        case "ForInStatement": {
          const left = node.left as AstNode;
          const names = left.type === "VariableDeclaration" ? (left.declarations as AstNode[]).flatMap((d) => patternNames(d.id)) : assignedNames(left);
          flows.push({ names, source: node.right as AstNode, scope });
          break;
        }
        case "CatchClause":
          for (const name of patternNames(node.param)) scope.declared.add(name);
          break;
        case "ImportDeclaration":
          for (const spec of node.specifiers as AstNode[]) for (const name of patternNames(spec.local)) this.program.declared.add(name);
          break;
        case "CallExpression":
        case "NewExpression":
          for (const arg of node.arguments as AstNode[]) {
            if (!isFunctionNode(arg)) continue;
            const names = (arg.params as AstNode[]).flatMap((p) => patternNames(p));
            // The callback's own scope exists once the walk has reached it: targetScope is filled in after the walk.
            flows.push({ names, call: node, callback: arg, scope });
          }
          break;
        default:
          break;
      }
      return undefined;
    });
    for (const flow of flows) {
      const own = flow.callback ? functionScopes.get(flow.callback) : undefined;
      if (own) flow.targetScope = own;
    }
    return flows;
  }

  private propagate(flows: readonly Flow[]): void {
    const done = new Set<Flow>();
    for (let pass = 0; pass < 20; pass++) {
      let changed = false;
      for (const flow of flows) {
        if (done.has(flow)) continue;
        const tainted = flow.call ? this.callDeliversSource(flow.call, flow.scope) : this.tainted(flow.source, flow.scope, 0);
        if (!tainted) continue;
        done.add(flow);
        for (const name of flow.names) {
          const home = flow.targetScope ?? declaringScope(flow.scope, name) ?? this.program;
          if (!home.tainted.has(name)) {
            home.tainted.add(name);
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  /** A callback receives a source value when passed to a source call (`https.get(url, res => …)`) or to a method of a tainted value (`p.then(…)`, `res.on("data", …)`). */
  private callDeliversSource(call: AstNode, scope: Scope): boolean {
    if (this.isSource(call)) return true;
    const callee = unwrapExpression(call.callee);
    return callee?.type === "MemberExpression" && this.tainted(callee.object, scope, 0);
  }

  private tainted(expression: unknown, scope: Scope, depth: number): boolean {
    const n = unwrapExpression(expression);
    if (!n || depth > 40) return false;
    if (this.isSource(n)) return true;
    const next = (e: unknown): boolean => this.tainted(e, scope, depth + 1);
    switch (n.type) {
      case "Identifier": {
        const home = declaringScope(scope, n.name as string) ?? this.program;
        return home.tainted.has(n.name as string);
      }
      case "AwaitExpression":
      case "SpreadElement":
      case "UnaryExpression":
        return next(n.argument);
      case "CallExpression":
      case "NewExpression": {
        const callee = unwrapExpression(n.callee);
        if (callee?.type === "MemberExpression" && next(callee.object)) return true;
        return (n.arguments as AstNode[]).some((a) => !isFunctionNode(a) && next(a));
      }
      case "MemberExpression":
        return next(n.object);
      case "TemplateLiteral":
        return (n.expressions as AstNode[]).some(next);
      case "TaggedTemplateExpression":
        return next(n.quasi);
      case "BinaryExpression":
      case "LogicalExpression":
        return next(n.left) || next(n.right);
      case "ConditionalExpression":
        return next(n.consequent) || next(n.alternate);
      case "SequenceExpression": {
        const expressions = n.expressions as AstNode[];
        return next(expressions[expressions.length - 1]);
      }
      case "AssignmentExpression":
        return next(n.right);
      case "ArrayExpression":
        return (n.elements as unknown[]).some((e) => e !== null && next(e));
      default:
        return false;
    }
  }
}

function declaringScope(scope: Scope, name: string): Scope | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) if (s.declared.has(name)) return s;
  return undefined;
}

