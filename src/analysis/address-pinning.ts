/**
 * SSRF guards that resolve a host name, check the address, then let the HTTP client resolve the name again (issue 10,
 * class 4): between the two lookups a DNS-rebinding server answers with 127.0.0.1 or 169.254.169.254, so the check
 * is not a sanitiser unless the request is pinned to the checked address (a `lookup` that returns it, an agent or
 * dispatcher built with one, or a request to the address itself).
 */
import { type AstNode, literalString, unwrapExpression } from "./ast.js";

const DNS_MODULES = new Set(["dns", "dns/promises", "node:dns", "node:dns/promises"]);
const DNS_FUNCTIONS = new Set(["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "lookupService"]);

/** A call of the DNS resolver, named by module and export path (`dns/promises` `lookup`, `dns` `promises.resolve4`). */
export function isDnsResolution(module: string, exportPath: readonly string[]): boolean {
  const last = exportPath.at(-1);
  return DNS_MODULES.has(module) && last !== undefined && DNS_FUNCTIONS.has(last);
}

const PINNING_KEYS = new Set(["lookup"]);
const AGENT_KEYS = new Set(["agent", "httpAgent", "httpsAgent", "dispatcher"]);

/**
 * An options object that pins the connection's address: a `lookup` function (http.request, got, axios through its
 * agents), or `connect: { lookup }` (undici Agent). Agents and dispatchers are judged where they are built: pass
 * their construction options here too.
 */
export function pinsLookup(node: AstNode | undefined): boolean {
  const n = unwrapExpression(node);
  if (n?.type !== "ObjectExpression") return false;
  for (const p of n.properties as AstNode[]) {
    if (p.type !== "Property") continue;
    const name = propertyName(p);
    if (name !== undefined && PINNING_KEYS.has(name)) return true;
    if (name === "connect" && pinsLookup(p.value as AstNode)) return true;
  }
  return false;
}

/** The values of an options object's agent and dispatcher properties, to judge where they were built. */
export function agentValues(node: AstNode | undefined): AstNode[] {
  const n = unwrapExpression(node);
  if (n?.type !== "ObjectExpression") return [];
  const out: AstNode[] = [];
  for (const p of n.properties as AstNode[]) {
    if (p.type !== "Property") continue;
    const name = propertyName(p);
    if (name !== undefined && AGENT_KEYS.has(name)) out.push(p.value as AstNode);
  }
  return out;
}

function propertyName(p: AstNode): string | undefined {
  const key = unwrapExpression(p.key);
  if (!p.computed && key?.type === "Identifier") return key.name as string;
  return literalString(key);
}
