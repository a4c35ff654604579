/** Follows relative imports between a tree's JS files to find the modules a stdio server's process loads. */
import { posix } from "node:path";
import type { FileTransportFacts } from "./transport-facts.js";

const JS_SUFFIX = /\.(?:[cm]?js|jsx)$/;
const EXTENSIONS = [".js", ".ts", ".mjs", ".mts", ".cjs", ".cts", ".jsx", ".tsx"];

/**
 * The JS files that run in a process starting a stdio transport: every module that (transitively) loads a file
 * building the transport, and everything those modules load. Build scripts, generators and side CLIs shipped
 * alongside the server load none of that and stay out.
 */
export function stdioProcessFiles(files: readonly FileTransportFacts[]): Set<string> {
  const js = files.filter((f) => f.language === "js");
  const known = new Set(js.map((f) => f.path));
  const loads = new Map<string, string[]>();
  const loadedBy = new Map<string, string[]>();
  const missing = new Set<string>();
  for (const file of js) {
    const targets: string[] = [];
    for (const specifier of file.relativeImports) {
      const target = resolveRelative(file.path, specifier, known);
      if (target) targets.push(target);
      else if (!NON_CODE.test(specifier)) missing.add(file.path);
    }
    loads.set(file.path, targets);
    for (const target of targets) loadedBy.set(target, [...(loadedBy.get(target) ?? []), file.path]);
  }
  const entries = closure(js.filter((f) => f.stdio.length > 0).map((f) => f.path), loadedBy);
  const process = closure([...entries], loads);
  // A module the scan did not read (too large, say) may load any file nothing else loads: keep those rather than guess.
  if (![...process].some((path) => missing.has(path))) return process;
  return closure([...process, ...js.filter((f) => !loadedBy.has(f.path)).map((f) => f.path)], loads);
}

/** Specifiers of data and assets, which load no code. */
export const NON_CODE = /\.(?:json|css|scss|svg|png|html|md|txt|wasm|node)$/i;

/** The file a relative specifier names: as written, with a TS source behind a `.js` specifier, with an extension or an index file. */
export function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(JS_SUFFIX, "");
  const candidates = [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
  return candidates.find((c) => known.has(c));
}

function closure(start: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const target of edges.get(next) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}
