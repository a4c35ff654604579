/** Which JS calls read from the network (fetch and the common HTTP clients): shared by the taint tracker and runtime-fetch-execute. */
import { type AstNode, type ModuleBinding, resolveImported, staticPath, unwrapExpression } from "./ast.js";

export const HTTP_CLIENT_MODULES: ReadonlySet<string> = new Set([
  "node-fetch", "cross-fetch", "isomorphic-fetch", "isomorphic-unfetch", "undici", "axios", "got", "ky", "needle",
  "superagent", "request", "request-promise", "request-promise-native", "phin", "make-fetch-happen", "minipass-fetch",
]);

const GLOBAL_FETCH: ReadonlySet<string> = new Set(["fetch", "globalThis.fetch", "window.fetch", "global.fetch", "self.fetch"]);

/** A call to fetch (unless the file binds its own `fetch`), an HTTP client module, or http(s).get/request. */
export function isNetworkCall(node: AstNode, bindings: ReadonlyMap<string, ModuleBinding>): boolean {
  if (node.type !== "CallExpression") return false;
  const callee = unwrapExpression(node.callee);
  const binding = resolveImported(callee, bindings);
  if (binding) {
    if (HTTP_CLIENT_MODULES.has(binding.module)) return true;
    return (binding.module === "http" || binding.module === "https") && (binding.imported === "get" || binding.imported === "request");
  }
  const path = staticPath(callee);
  return path !== undefined && GLOBAL_FETCH.has(path) && !bindings.has("fetch");
}
