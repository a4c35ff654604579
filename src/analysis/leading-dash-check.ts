/**
 * A condition that, where it has a given truth value, means the checked value cannot start with `-` (so a program
 * cannot read it as an option): `!v.startsWith("-")`, `v[0] !== "-"`, `v.charAt(0) !== "-"`, `!/^-/.test(v)`,
 * `/^[a-z0-9]/.test(v)`, `v.indexOf("-") !== 0`. A check whose branch does nothing is the engine's to discard.
 */
import { type AstNode, memberPropertyName, unwrapExpression } from "./ast.js";
import { type GuardProbe, equalityThatHolds } from "./guard-probe.js";
import { patternForbidsLeadingDash } from "./argv-options.js";

export function rejectsLeadingDash(node: AstNode, truth: boolean, probe: GuardProbe): boolean {
  const atom = unwrapExpression(node);
  if (!atom) return false;
  if (atom.type === "UnaryExpression" && atom.operator === "!") return rejectsLeadingDash(atom.argument as AstNode, !truth, probe);
  if (atom.type === "CallExpression") {
    const callee = unwrapExpression(atom.callee);
    const method = memberPropertyName(callee);
    const args = atom.arguments as AstNode[];
    if (callee?.type !== "MemberExpression") return false;
    const receiver = callee.object as AstNode;
    // `v.startsWith("-")` false
    if (method === "startsWith" && !truth) return probe.string(args[0]) === "-" && probe.isSubject(receiver) && args.length === 1;
    if (method === "test") {
      const regex = unwrapExpression(receiver);
      const pattern = regex?.type === "Literal" && regex.regex ? (regex.regex as { pattern: string }).pattern : undefined;
      if (pattern === undefined || !probe.isSubject(args[0])) return false;
      // `/^-/.test(v)` false; `/^[\w]/.test(v)` true
      if (!truth) return /^\^(?:\\s\*)?\\?-(?:\+|\*|\.\*|\.\+)?$/.test(pattern);
      return patternForbidsLeadingDash(pattern);
    }
    return false;
  }
  // `v[0] !== "-"`, `v.charAt(0) !== "-"`, `v.indexOf("-") !== 0` true (or their `===` false)
  const unequal = equalityThatHolds(atom, !truth);
  if (!unequal) return false;
  for (const [side, other] of [[unequal.left, unequal.right], [unequal.right, unequal.left]] as const) {
    const s = unwrapExpression(side);
    if (!s) continue;
    if (probe.string(other) === "-" && firstCharacterOf(s, probe)) return true;
    if (probe.string(other) === "0" || (unwrapExpression(other)?.type === "Literal" && unwrapExpression(other)?.value === 0)) {
      if (s.type === "CallExpression" && memberPropertyName(s.callee) === "indexOf" && probe.string((s.arguments as AstNode[])[0]) === "-" && probe.isSubject((unwrapExpression(s.callee) as AstNode).object as AstNode)) return true;
    }
  }
  return false;
}

/** `v[0]`, `v.charAt(0)`, `v.at(0)`, `v.slice(0, 1)`, `v.substring(0, 1)` of the subject. */
function firstCharacterOf(node: AstNode, probe: GuardProbe): boolean {
  if (node.type === "MemberExpression" && node.computed) {
    const index = unwrapExpression(node.property);
    return index?.type === "Literal" && index.value === 0 && probe.isSubject(node.object as AstNode);
  }
  if (node.type !== "CallExpression") return false;
  const callee = unwrapExpression(node.callee);
  const method = memberPropertyName(callee);
  const args = (node.arguments as AstNode[]).map((a) => unwrapExpression(a));
  const isNumber = (a: AstNode | undefined, n: number): boolean => a?.type === "Literal" && a.value === n;
  if (callee?.type !== "MemberExpression" || !probe.isSubject(callee.object as AstNode)) return false;
  if ((method === "charAt" || method === "at") && isNumber(args[0], 0)) return true;
  return (method === "slice" || method === "substring" || method === "substr") && isNumber(args[0], 0) && isNumber(args[1], 1);
}
