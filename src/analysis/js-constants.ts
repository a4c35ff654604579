/** Which JS expressions hold a value fixed in the source (literals, templates of literals, consts declared once), and what string it is. */
import { type AstNode, type ParsedJs, isNode, literalString, unwrapExpression, walk } from "./ast.js";

const memo = new WeakMap<ParsedJs, JsConstants>();

/** One JsConstants per parsed file, shared by the surface reader and the sink scan. */
export function constantsOf(parsed: ParsedJs): JsConstants {
  let constants = memo.get(parsed);
  if (!constants) memo.set(parsed, (constants = new JsConstants(parsed)));
  return constants;
}

export class JsConstants {
  /** `const NAME = <init>` declared exactly once in the file, so the name can only mean that value. */
  private readonly constants = new Map<string, AstNode>();

  constructor(parsed: ParsedJs) {
    const seen = new Map<string, number>();
    walk(parsed.program, (node, parent) => {
      if (node.type !== "VariableDeclarator") return;
      const id = node.id as AstNode;
      if (id.type !== "Identifier") return;
      const name = id.name as string;
      seen.set(name, (seen.get(name) ?? 0) + 1);
      if (parent?.kind === "const" && isNode(node.init)) this.constants.set(name, node.init);
    });
    for (const [name, count] of seen) if (count > 1) this.constants.delete(name);
  }

  constInit(name: string): AstNode | undefined {
    return this.constants.get(name);
  }

  /** The string an expression statically holds, or undefined when any part is not known. */
  string(node: unknown, depth = 0): string | undefined {
    const n = unwrapExpression(node);
    if (!n || depth > 8) return undefined;
    const literal = literalString(n);
    if (literal !== undefined) return literal;
    switch (n.type) {
      case "Literal":
        return typeof n.value === "number" || typeof n.value === "boolean" ? String(n.value) : undefined;
      case "Identifier": {
        const init = this.constants.get(n.name as string);
        return init ? this.string(init, depth + 1) : undefined;
      }
      case "TemplateLiteral": {
        const quasis = n.quasis as AstNode[];
        const expressions = n.expressions as AstNode[];
        let out = "";
        for (let i = 0; i < quasis.length; i++) {
          const cooked = (quasis[i]!.value as { cooked?: string | null }).cooked;
          if (typeof cooked !== "string") return undefined;
          out += cooked;
          if (i < expressions.length) {
            const value = this.string(expressions[i], depth + 1);
            if (value === undefined) return undefined;
            out += value;
          }
        }
        return out;
      }
      case "BinaryExpression": {
        if (n.operator !== "+") return undefined;
        const left = this.string(n.left, depth + 1);
        const right = left === undefined ? undefined : this.string(n.right, depth + 1);
        return left !== undefined && right !== undefined ? left + right : undefined;
      }
      default:
        return undefined;
    }
  }

  /** True when the expression's value is fixed in the source: literals, arrays and objects of them, consts of them. */
  isConstant(node: unknown, depth = 0): boolean {
    const n = unwrapExpression(node);
    if (!n || depth > 8) return false;
    switch (n.type) {
      case "Literal":
        return true;
      case "Identifier": {
        if (n.name === "undefined") return true;
        const init = this.constants.get(n.name as string);
        return init !== undefined && this.isConstant(init, depth + 1);
      }
      case "TemplateLiteral":
        return (n.expressions as AstNode[]).every((e) => this.isConstant(e, depth + 1));
      case "BinaryExpression":
      case "LogicalExpression":
        return this.isConstant(n.left, depth + 1) && this.isConstant(n.right, depth + 1);
      case "ConditionalExpression":
        return this.isConstant(n.consequent, depth + 1) && this.isConstant(n.alternate, depth + 1);
      case "UnaryExpression":
        return this.isConstant(n.argument, depth + 1);
      case "ArrayExpression":
        return (n.elements as unknown[]).every((e) => e === null || this.isConstant(e, depth + 1));
      case "ObjectExpression":
        return (n.properties as AstNode[]).every((p) => p.type === "Property" && !p.computed && this.isConstant(p.value, depth + 1));
      default:
        return false;
    }
  }
}
