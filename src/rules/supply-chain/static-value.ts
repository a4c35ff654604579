/** Reads the strings and string arrays an expression statically holds: literals, templates, and consts declared once in the file. */
import { type AstNode, type ParsedJs, isNode, literalString, unwrapExpression, walk } from "../../facts/js-ast.js";
import { programName } from "./shell-command.js";

export class StaticValues {
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
    // A name declared twice (in two functions, say) could mean either value.
    for (const [name, count] of seen) if (count > 1) this.constants.delete(name);
  }

  /** The initialiser of a `const` declared once in the file. */
  constInit(name: string): AstNode | undefined {
    return this.constants.get(name);
  }

  /** The string an expression holds, or undefined when any part of it is not known statically. */
  string(node: unknown, depth = 0): string | undefined {
    const n = unwrapExpression(node);
    if (!n || depth > 8) return undefined;
    const literal = literalString(n);
    if (literal !== undefined) return literal;
    switch (n.type) {
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
      case "ConditionalExpression": {
        // `isWindows ? "npx.cmd" : "npx"`: the same program either way.
        const a = this.string(n.consequent, depth + 1);
        const b = this.string(n.alternate, depth + 1);
        return a !== undefined && b !== undefined && (a === b || programName(a) === programName(b)) ? b : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The words of an array expression (spreads of known arrays included); unknown words are undefined. Undefined when not an array. */
  words(node: unknown, depth = 0): Array<string | undefined> | undefined {
    const n = unwrapExpression(node);
    if (!n || depth > 8) return undefined;
    if (n.type === "Identifier") {
      const init = this.constants.get(n.name as string);
      return init ? this.words(init, depth + 1) : undefined;
    }
    if (n.type !== "ArrayExpression") return undefined;
    const out: Array<string | undefined> = [];
    for (const element of n.elements as unknown[]) {
      if (isNode(element) && element.type === "SpreadElement") {
        const spread = this.words(element.argument, depth + 1);
        if (!spread) return [...out, undefined];
        out.push(...spread);
      } else {
        out.push(this.string(element, depth + 1));
      }
    }
    return out;
  }

  /** The text of a template literal with each unknown substitution replaced by `placeholder`. */
  templateText(node: AstNode, placeholder: string): string {
    const quasis = node.quasis as AstNode[];
    const expressions = node.expressions as AstNode[];
    return quasis
      .map((q, i) => {
        const value = q.value as { cooked?: string | null; raw: string };
        const substitution = i < expressions.length ? this.string(expressions[i]) ?? placeholder : "";
        return (value.cooked ?? value.raw) + substitution;
      })
      .join("");
  }
}
