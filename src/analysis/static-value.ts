/** Reads the strings and string arrays an expression statically holds: literals, templates, and consts declared once in the file. */
import { type AstNode, isNode, unwrapExpression } from "./ast.js";
import { JsConstants } from "./js-constants.js";
import { programName } from "./program-name.js";

/** The shared constant reader, plus what commands need: `cond ? "npx.cmd" : "npx"`, argument arrays, template text. */
export class StaticValues extends JsConstants {
  override string(node: unknown, depth = 0): string | undefined {
    const n = unwrapExpression(node);
    if (n?.type === "ConditionalExpression" && depth <= 8) {
      // `isWindows ? "npx.cmd" : "npx"`: the same program either way.
      const a = this.string(n.consequent, depth + 1);
      const b = this.string(n.alternate, depth + 1);
      return a !== undefined && b !== undefined && (a === b || programName(a) === programName(b)) ? b : undefined;
    }
    return super.string(node, depth);
  }

  /** The words of an array expression (spreads of known arrays included); unknown words are undefined. Undefined when not an array. */
  words(node: unknown, depth = 0): Array<string | undefined> | undefined {
    const n = unwrapExpression(node);
    if (!n || depth > 8) return undefined;
    if (n.type === "Identifier") {
      const init = this.constInit(n.name as string);
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
