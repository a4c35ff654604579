/**
 * Origin checks that do not hold (issue 10, class 5), read from the condition under which a handler rejects or lets a
 * request through:
 * - fail-open: `if (origin && !allowed.includes(origin)) reject` or `if (!origin) return next()` lets every request
 *   without an Origin header through (same-origin GETs after DNS rebinding, non-browser clients);
 * - host comparison: `new URL(origin).host === req.headers.host` is what a DNS-rebinding page satisfies, since its
 *   Origin and Host both name the attacker's domain;
 * - an auth switch read from the environment as a truthy string (`if (process.env.DISABLE_AUTH)`): `"false"` and `"0"`
 *   turn auth off too.
 */
import { type AstNode, literalString, memberPropertyName, staticPath, unwrapExpression } from "./ast.js";
import { type GuardProbe, equalityThatHolds } from "./guard-probe.js";

export type OriginCheckWeakness =
  | { kind: "fail-open"; detail: string }
  | { kind: "host-header-compare"; detail: string };

/**
 * The weakness of a reject condition over the Origin value (the probe's subject): the code rejects exactly when
 * `rejectWhen` is true.
 */
export function rejectConditionWeakness(rejectWhen: AstNode, probe: GuardProbe): OriginCheckWeakness | undefined {
  const n = unwrapExpression(rejectWhen);
  if (!n) return undefined;
  if (n.type === "LogicalExpression" && n.operator === "&&") {
    for (const conjunct of conjuncts(n)) {
      if (isPresenceTest(conjunct, true, probe)) return { kind: "fail-open", detail: "the check rejects only requests that carry an Origin header: a request without one passes" };
    }
  }
  if (comparesOriginWithHostHeader(n, false, probe)) return hostCompare();
  return undefined;
}

/** The weakness of an accept condition: the code lets the request through exactly when `acceptWhen` is true. */
export function acceptConditionWeakness(acceptWhen: AstNode, probe: GuardProbe): OriginCheckWeakness | undefined {
  const n = unwrapExpression(acceptWhen);
  if (!n) return undefined;
  const disjuncts = n.type === "LogicalExpression" && n.operator === "||" ? flatten(n, "||") : [n];
  for (const d of disjuncts) {
    if (isPresenceTest(d, false, probe)) return { kind: "fail-open", detail: "a request without an Origin header is let through" };
  }
  if (comparesOriginWithHostHeader(n, true, probe)) return hostCompare();
  return undefined;
}

function hostCompare(): OriginCheckWeakness {
  return { kind: "host-header-compare", detail: "the Origin is compared with the request's own Host header, which a DNS-rebinding page sets to its own domain too" };
}

/**
 * A test of whether the Origin is present that is `present` where it holds: `origin`, `origin != null`,
 * `origin !== undefined`, `typeof origin === "string"`, `origin.length > 0` (present), or their negations (absent).
 */
function isPresenceTest(node: AstNode, present: boolean, probe: GuardProbe): boolean {
  const n = unwrapExpression(node);
  if (!n) return false;
  if (n.type === "UnaryExpression" && n.operator === "!") return isPresenceTest(n.argument as AstNode, !present, probe);
  if (probe.isSubject(n)) return present;
  if (n.type === "BinaryExpression") {
    const op = n.operator as string;
    const [left, right] = [unwrapExpression(n.left), unwrapExpression(n.right)];
    const absentValue = (x: AstNode | undefined): boolean => (x?.type === "Literal" && x.value === null) || (x?.type === "Identifier" && x.name === "undefined");
    for (const [side, other] of [[left, right], [right, left]] as const) {
      if (!side || !other) continue;
      if (probe.isSubject(side) && absentValue(other)) {
        if (op === "!==" || op === "!=") return present;
        if (op === "===" || op === "==") return !present;
      }
      if (side.type === "UnaryExpression" && side.operator === "typeof" && probe.isSubject(side.argument as AstNode)) {
        const type = literalString(other);
        if (type === "string" && (op === "===" || op === "==")) return present;
        if (type === "undefined" && (op === "===" || op === "==")) return !present;
        if (type === "undefined" && (op === "!==" || op === "!=")) return present;
      }
    }
    if (left?.type === "MemberExpression" && memberPropertyName(left) === "length" && probe.isSubject(left.object as AstNode) && right?.type === "Literal" && right.value === 0) {
      if (op === ">" || op === "!==" || op === "!=") return present;
      if (op === "===" || op === "==") return !present;
    }
  }
  return false;
}

/** `new URL(origin).host === req.headers.host` where it holds with truth value `equal` (`!==` read with false). */
function comparesOriginWithHostHeader(node: AstNode, equal: boolean, probe: GuardProbe): boolean {
  const compared = equalityThatHolds(node, equal);
  if (!compared) {
    if (node.type === "LogicalExpression") return flatten(node, node.operator as string).some((part) => comparesOriginWithHostHeader(part, equal, probe));
    return false;
  }
  for (const [side, other] of [[compared.left, compared.right], [compared.right, compared.left]] as const) {
    if (hostOfOrigin(side, probe) && readsHostHeader(other)) return true;
  }
  return false;
}

/** `new URL(origin).host` / `.hostname`, or the Origin itself. */
function hostOfOrigin(node: AstNode, probe: GuardProbe): boolean {
  const n = unwrapExpression(node);
  if (!n) return false;
  if (probe.isSubject(n)) return true;
  if (n.type !== "MemberExpression") return false;
  const key = memberPropertyName(n);
  if (key !== "host" && key !== "hostname") return false;
  const object = unwrapExpression(n.object);
  if (probe.isSubject(object)) return true;
  return object?.type === "NewExpression" && staticPath(object.callee) === "URL" && probe.isSubject((object.arguments as AstNode[])[0]);
}

/** `req.headers.host`, `req.headers["host"]`, `req.get("host")`, `req.header("Host")`, `c.req.header("host")`, `headers.get("host")`. */
export function readsHostHeader(node: AstNode | undefined): boolean {
  const n = unwrapExpression(node);
  if (!n) return false;
  if (n.type === "MemberExpression") return memberPropertyName(n)?.toLowerCase() === "host" && memberPropertyName(unwrapExpression(n.object)) === "headers";
  if (n.type === "CallExpression") {
    const method = memberPropertyName(n.callee);
    return (method === "get" || method === "header" || method === "getHeader") && literalString((n.arguments as AstNode[])[0])?.toLowerCase() === "host";
  }
  return false;
}

/**
 * An auth switch read from the environment as truthy: a condition that is `process.env.X` (or `!process.env.X`,
 * `Boolean(process.env.X)`, `!!process.env.X`) rather than a comparison with a value. Returns the variable's name.
 */
export function truthyEnvSwitch(node: AstNode | undefined): string | undefined {
  const n = unwrapExpression(node);
  if (!n) return undefined;
  if (n.type === "UnaryExpression" && n.operator === "!") return truthyEnvSwitch(n.argument as AstNode);
  if (n.type === "CallExpression" && staticPath(n.callee) === "Boolean") return truthyEnvSwitch((n.arguments as AstNode[])[0]);
  if (n.type !== "MemberExpression") return undefined;
  const object = staticPath(n.object);
  if (object !== "process.env" && object !== "import.meta.env" && object !== "Deno.env") return undefined;
  return memberPropertyName(n);
}

function conjuncts(node: AstNode): AstNode[] {
  return flatten(node, "&&");
}

function flatten(node: AstNode, operator: string): AstNode[] {
  const n = unwrapExpression(node)!;
  if (n.type === "LogicalExpression" && n.operator === operator) return [...flatten(n.left as AstNode, operator), ...flatten(n.right as AstNode, operator)];
  return [n];
}
