/**
 * Functions that never return normally: every path through the body throws or ends the process
 * (`const abort = () => { throw new Error(…) }`, `function fail(m) { console.error(m); process.exit(1) }`). A call to
 * one ends its branch the way a `throw` does, so `if (u.protocol !== "https:") abort()` is a guard.
 */
import { type AstNode, isFunctionNode, staticPath, unwrapExpression } from "./ast.js";

/** True when the function node's body cannot complete normally. */
export function neverReturns(fn: AstNode): boolean {
  if (!isFunctionNode(fn)) return false;
  const body = fn.body as AstNode | undefined;
  if (!body) return false;
  // `() => { throw … }` has a block; an expression body returns its value.
  if (body.type !== "BlockStatement") return false;
  return blockExits(body.body as AstNode[]);
}

function blockExits(statements: readonly AstNode[]): boolean {
  return statements.some((s) => statementExits(s));
}

/** A statement after which control cannot fall through (return counts as returning, not exiting). */
function statementExits(statement: AstNode): boolean {
  switch (statement.type) {
    case "ThrowStatement":
      return true;
    case "ExpressionStatement":
      return isProcessExit(statement.expression as AstNode);
    case "BlockStatement":
      return blockExits(statement.body as AstNode[]);
    case "IfStatement":
      return statement.alternate != null && statementExits(statement.consequent as AstNode) && statementExits(statement.alternate as AstNode);
    case "TryStatement": {
      const block = statementExits(statement.block as AstNode);
      const handler = statement.handler ? statementExits((statement.handler as AstNode).body as AstNode) : true;
      const finalizer = statement.finalizer ? statementExits(statement.finalizer as AstNode) : false;
      return finalizer || (block && handler);
    }
    default:
      return false;
  }
}

/** `process.exit(…)`, `process.abort()`, `Deno.exit(…)`. */
export function isProcessExit(node: AstNode | undefined): boolean {
  const n = unwrapExpression(node);
  if (n?.type !== "CallExpression") return false;
  const path = staticPath(n.callee);
  return path === "process.exit" || path === "process.abort" || path === "Deno.exit" || path === "process.reallyExit";
}
