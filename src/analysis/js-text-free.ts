/** Whether a JS string is assembled only from literals and numbers (no outside text can reach it), following local variables and functions. */
import {
  type AstNode,
  type ParsedJs,
  identifierName,
  isFunctionNode,
  isNode,
  memberPropertyName,
  patternNames,
  staticPath,
  unwrapExpression,
  walk,
} from "./ast.js";
import { type JsTaint, type Scope, assignedNames, declaringScope } from "./taint.js";

/** String and array methods whose result holds only text from the receiver and the arguments. */
const TEXT_METHODS = new Set([
  "slice", "substr", "substring", "join", "concat", "toString", "trim", "trimStart", "trimEnd", "padStart", "padEnd", "repeat",
  "toUpperCase", "toLowerCase", "charAt", "at", "replace", "replaceAll", "split", "toFixed", "reverse",
]);
/** Globals whose result holds only text from their arguments (or none). */
const TEXT_FUNCTIONS = /^(?:String|Number|parseInt|parseFloat|Boolean|JSON\.stringify|Math\.\w+)$/;
const CONSTANT_GLOBALS = new Set(["undefined", "NaN", "Infinity"]);
const MAX_DEPTH = 60;

interface Write {
  scope: Scope;
  value: AstNode;
}

interface Index {
  /** Every value written to a name (declarations, assignments, element and property writes, push), by name. */
  writes: Map<string, Write[]>;
  /** Calls whose callee is a plain name, by that name, with the scope they are made in. */
  calls: Map<string, { call: AstNode; scope: Scope }[]>;
  /** How often each identifier appears: a function named once plus once per direct call is never passed around. */
  mentions: Map<string, number>;
}

/**
 * Answers "can any text from outside the code reach this string?" with no for the code a library builds from its
 * own pieces: depd's `new Function(..., "return function (" + args + ")")` where args is `", arg" + i` in a loop.
 * Built lazily: most files never ask.
 */
export class JsTextFree {
  private index: Index | undefined;
  private readonly visiting = new Set<string>();

  constructor(
    private readonly parsed: ParsedJs,
    private readonly taint: JsTaint,
  ) {}

  /** True when the value of `expression`, read in `scope`, is built only from literals and numbers. */
  holds(expression: unknown, scope: Scope): boolean {
    return this.textFree(expression, scope, 0);
  }

  private textFree(expression: unknown, scope: Scope, depth: number): boolean {
    const n = unwrapExpression(expression);
    if (!n || depth > MAX_DEPTH) return false;
    const next = (e: unknown, s: Scope = scope): boolean => this.textFree(e, s, depth + 1);
    switch (n.type) {
      case "Literal":
      case "UnaryExpression":
      case "UpdateExpression":
        return true;
      case "TemplateLiteral":
        return (n.expressions as AstNode[]).every((e) => next(e));
      case "BinaryExpression":
        // Only `+` can carry text; every other operator yields a number or a boolean.
        return n.operator !== "+" || (next(n.left) && next(n.right));
      case "LogicalExpression":
        return next(n.left) && next(n.right);
      case "ConditionalExpression":
        return next(n.consequent) && next(n.alternate);
      case "SequenceExpression":
        return next((n.expressions as AstNode[]).at(-1));
      case "AssignmentExpression":
        if (n.operator === "=") return next(n.right);
        return n.operator !== "+=" || (next(n.left) && next(n.right));
      case "ArrayExpression":
        return (n.elements as unknown[]).every((e) => e === null || next(e));
      case "ObjectExpression":
        return (n.properties as AstNode[]).every((p) => p.type === "Property" && (!p.computed || next(p.key)) && next(p.value));
      case "MemberExpression":
        return (!n.computed && memberPropertyName(n) === "length") || next(n.object);
      case "Identifier":
        return this.nameTextFree(n.name as string, scope, depth);
      case "CallExpression":
        return this.callTextFree(n, scope, depth);
      default:
        return false;
    }
  }

  private callTextFree(call: AstNode, scope: Scope, depth: number): boolean {
    const args = call.arguments as AstNode[];
    const argsFree = (): boolean => args.every((a) => a.type !== "SpreadElement" && this.textFree(a, scope, depth + 1));
    const fn = this.localFunction(call.callee, scope);
    if (fn) return this.returnsTextFree(fn, depth);
    const callee = unwrapExpression(call.callee);
    const path = staticPath(callee);
    if (path !== undefined && TEXT_FUNCTIONS.test(path) && !declaringScope(scope, path.split(".")[0]!)) return argsFree();
    if (callee?.type === "MemberExpression" && TEXT_METHODS.has(memberPropertyName(callee) ?? "")) {
      return this.textFree(callee.object, scope, depth + 1) && argsFree();
    }
    return false;
  }

  private nameTextFree(name: string, scope: Scope, depth: number): boolean {
    const home = declaringScope(scope, name);
    if (!home) return CONSTANT_GLOBALS.has(name);
    const key = `${home.node.start}:${home.node.end}:${name}`;
    // A name that feeds itself (`t += "x"`) adds nothing new: the other writes decide.
    if (this.visiting.has(key)) return true;
    this.visiting.add(key);
    try {
      const index = this.indexOf();
      const writes = (index.writes.get(name) ?? []).filter((w) => declaringScope(w.scope, name) === home);
      const param = this.parameterIndex(home, name);
      if (param !== undefined && !this.argumentsTextFree(home.node, param, depth)) return false;
      if (param === undefined && writes.length === 0) return false;
      return writes.every((w) => this.textFree(w.value, w.scope, depth + 1));
    } finally {
      this.visiting.delete(key);
    }
  }

  /** The position of `name` among the parameters of the function that owns `home`, if it is one. */
  private parameterIndex(home: Scope, name: string): number | undefined {
    if (!isFunctionNode(home.node)) return undefined;
    const params = home.node.params as AstNode[];
    const i = params.findIndex((p) => patternNames(p).includes(name));
    return i < 0 ? undefined : i;
  }

  /** Every call of a local function passes a text-free value at `position`, and the function is never passed around. */
  private argumentsTextFree(fn: AstNode, position: number, depth: number): boolean {
    const name = this.functionName(fn);
    if (!name) return false;
    const index = this.indexOf();
    const calls = (index.calls.get(name) ?? []).filter((c) => this.localFunction(c.call.callee, c.scope) === fn);
    if (calls.length === 0 || index.mentions.get(name) !== calls.length + 1) return false;
    const param = (fn.params as AstNode[])[position];
    if (param?.type === "RestElement") return false;
    return calls.every(({ call, scope }) => {
      const args = call.arguments as AstNode[];
      if (args.slice(0, position + 1).some((a) => a.type === "SpreadElement")) return false;
      const arg = args[position];
      const fallback = param?.type === "AssignmentPattern" ? param.right : undefined;
      return (arg === undefined || this.textFree(arg, scope, depth + 1)) && (fallback === undefined || this.textFree(fallback, scope, depth + 1));
    });
  }

  private returnsTextFree(fn: AstNode, depth: number): boolean {
    const scope = this.taint.scopeOfFunction(fn);
    if (!scope) return false;
    if (fn.expression === true) return this.textFree(fn.body, scope, depth + 1);
    const returned: AstNode[] = [];
    walk(fn.body, (node) => {
      if (isFunctionNode(node)) return false;
      if (node.type === "ReturnStatement" && isNode(node.argument)) returned.push(node.argument);
      return undefined;
    });
    return returned.every((r) => this.textFree(r, scope, depth + 1));
  }

  /** The local function a callee names, when that name is bound, where the call is made, to that function. */
  private localFunction(callee: unknown, scope: Scope): AstNode | undefined {
    const fn = this.taint.localFunction(callee);
    const name = identifierName(callee);
    if (!fn || !name) return undefined;
    const declaredIn = this.taint.scopeOfFunction(fn)?.parent;
    return declaredIn && declaringScope(scope, name) === declaredIn ? fn : undefined;
  }

  private functionName(fn: AstNode): string | undefined {
    const id = identifierName(fn.id);
    if (id) return id;
    for (const [name, calls] of this.indexOf().calls) if (calls.some((c) => this.taint.localFunction(c.call.callee) === fn)) return name;
    return undefined;
  }

  private indexOf(): Index {
    if (this.index) return this.index;
    const index: Index = { writes: new Map(), calls: new Map(), mentions: new Map() };
    const add = <T>(map: Map<string, T[]>, name: string, item: T): void => {
      const list = map.get(name);
      if (list) list.push(item);
      else map.set(name, [item]);
    };
    walk(this.parsed.program, (node, _parent, ancestors) => {
      if (node.type === "Identifier") {
        index.mentions.set(node.name as string, (index.mentions.get(node.name as string) ?? 0) + 1);
        return undefined;
      }
      const scope = (): Scope => this.scopeAt(ancestors);
      switch (node.type) {
        case "VariableDeclarator":
          if (isNode(node.init)) for (const name of patternNames(node.id)) add(index.writes, name, { scope: scope(), value: node.init });
          break;
        case "AssignmentExpression":
          for (const name of assignedNames(node.left)) add(index.writes, name, { scope: scope(), value: node.operator === "=" ? (node.right as AstNode) : node });
          break;
        case "ForOfStatement":
        case "ForInStatement": {
          const left = node.left as AstNode;
          const names = left.type === "VariableDeclaration" ? (left.declarations as AstNode[]).flatMap((d) => patternNames(d.id)) : assignedNames(left);
          // for-in yields the keys of the object: text taken from it just the same.
          for (const name of names) add(index.writes, name, { scope: scope(), value: node.right as AstNode });
          break;
        }
        case "CallExpression": {
          const callee = unwrapExpression(node.callee);
          if (callee?.type === "Identifier") add(index.calls, callee.name as string, { call: node, scope: scope() });
          // `list.push(x)` and friends put x into list.
          if (callee?.type === "MemberExpression" && /^(?:push|unshift|splice|set|add|append|fill)$/.test(memberPropertyName(callee) ?? "")) {
            for (const name of assignedNames(callee.object)) for (const arg of node.arguments as AstNode[]) add(index.writes, name, { scope: scope(), value: arg });
          }
          break;
        }
        default:
          break;
      }
      return undefined;
    });
    this.index = index;
    return index;
  }

  private scopeAt(ancestors: readonly AstNode[]): Scope {
    return this.taint.scopeAt(ancestors);
  }
}
