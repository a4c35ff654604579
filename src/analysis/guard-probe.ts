/**
 * What a guard-shape predicate may ask of the value-flow engine about a node: whether it reads the value under check,
 * and which fixed text it holds. The predicates stay pure AST readers; the engine answers for its scopes.
 */
import type { AstNode } from "./ast.js";

export interface GuardProbe {
  /** The node reads the value under check (or a value the engine counts as the same one). */
  isSubject(node: AstNode | undefined): boolean;
  /** The one string the code fixes for the node, if any. */
  string(node: AstNode | undefined): string | undefined;
  /** Every string the node can hold when the code fixes all of them (a literal array, a const set), if any. */
  strings(node: AstNode | undefined): string[] | undefined;
}

/** An equality that holds given the truth value: `a === b` true, or `a !== b` false. */
export function equalityThatHolds(atom: AstNode, truth: boolean): { left: AstNode; right: AstNode } | undefined {
  if (atom.type !== "BinaryExpression") return undefined;
  const op = atom.operator as string;
  const equal = op === "===" || op === "==";
  const unequal = op === "!==" || op === "!=";
  return (equal && truth) || (unequal && !truth) ? { left: atom.left as AstNode, right: atom.right as AstNode } : undefined;
}
