/** Fetches packuments for many names at once through a small on-disk cache, trimming each to a PackumentFact. */
import path from "node:path";
import type { PackumentFact } from "../model.js";
import { mapConcurrently } from "./concurrent-map.js";
import { RequestFailure, describeStatus, withDeadline } from "./http-request.js";
import { packumentToFact } from "./packument-fact.js";
import { createPackumentCache, defaultCacheDir, type CachedPackument, type PackumentCache } from "./registry-cache.js";

export interface RegistryOptions {
  /** Default: process.env.npm_config_registry or https://registry.npmjs.org/. */
  registry?: string;
  /** Default: $XDG_CACHE_HOME/mcp-trust or ~/.cache/mcp-trust; packuments go in its `packuments` folder. */
  cacheDir?: string;
  /** Use only the cache; names not in it are unavailable. */
  offline?: boolean;
  /** Requests in flight at once; default 16. */
  concurrency?: number;
  /** Cache entries younger than this are used without revalidation; default one hour. */
  maxAgeMs?: number;
  fetch?: typeof fetch;
  /** Per request, body included; default 15000. */
  timeoutMs?: number;
}

export interface PackumentResult {
  packuments: Record<string, PackumentFact>;
  notFound: string[];
  /** One-line reason when the registry could not be reached or errored for any name. */
  unavailable?: string;
}

export interface RegistryClient {
  fetchPackuments(names: string[], onProgress?: (done: number, total: number) => void): Promise<PackumentResult>;
}

type Outcome =
  | { kind: "found"; fact: PackumentFact }
  | { kind: "not-found" }
  | { kind: "unavailable"; reason: string };

const DEFAULT_REGISTRY = "https://registry.npmjs.org/";
const HOUR_MS = 60 * 60 * 1000;
// Reading small cache files needs no network politeness, only a cap on open file descriptors.
const CACHE_READ_CONCURRENCY = 64;

export function defaultRegistry(): string {
  return withTrailingSlash(process.env["npm_config_registry"] || DEFAULT_REGISTRY);
}

export function createRegistryClient(options: RegistryOptions = {}): RegistryClient {
  const registry = options.registry ? withTrailingSlash(options.registry) : defaultRegistry();
  const cache = createPackumentCache(path.join(options.cacheDir ?? defaultCacheDir(), "packuments"), registry);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxAgeMs = options.maxAgeMs ?? HOUR_MS;
  const concurrency = Math.max(1, options.concurrency ?? 16);

  const request = { registry, cache, fetchImpl, timeoutMs };

  return {
    async fetchPackuments(names, onProgress) {
      const unique = [...new Set(names)];
      const total = unique.length;
      let done = 0;
      const tick = (): void => onProgress?.(++done, total);

      const cached = await mapConcurrently(unique, CACHE_READ_CONCURRENCY, (name) => cache.read(name));
      const outcomes = new Map<string, Outcome>();
      const toFetch: { name: string; stale?: CachedPackument }[] = [];
      const now = Date.now();
      unique.forEach((name, index) => {
        const entry = cached[index];
        if (entry && (options.offline || now - entry.fetchedAt < maxAgeMs)) {
          outcomes.set(name, { kind: "found", fact: entry.fact });
          tick();
        } else if (options.offline) {
          outcomes.set(name, { kind: "unavailable", reason: "offline" });
          tick();
        } else {
          toFetch.push(entry ? { name, stale: entry } : { name });
        }
      });

      await mapConcurrently(toFetch, concurrency, async ({ name, stale }) => {
        outcomes.set(name, await fetchPackument(request, name, stale));
        tick();
      });

      return summarise(unique, outcomes, registry, options.offline ?? false);
    },
  };
}

interface RequestContext {
  registry: string;
  cache: PackumentCache;
  fetchImpl: typeof fetch;
  timeoutMs: number;
}

/** One name: a conditional GET when a stale entry exists, one retry on a network error or 5xx. */
async function fetchPackument(context: RequestContext, name: string, stale?: CachedPackument): Promise<Outcome> {
  const url = `${context.registry}${name.replace("/", "%2f")}`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (stale?.etag) headers["if-none-match"] = stale.etag;
  if (stale?.lastModified) headers["if-modified-since"] = stale.lastModified;

  let reason = "";
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const outcome = await withDeadline(context.timeoutMs, async (signal) => {
        const response = await context.fetchImpl(url, { headers, signal });
        return readResponse(context, name, response, stale);
      });
      if (outcome.kind === "found" || outcome.kind === "not-found") return outcome;
      reason = outcome.reason;
      if (outcome.kind === "unavailable") break;
    } catch (error) {
      if (!(error instanceof RequestFailure)) throw error;
      reason = `${name}: ${error.message}`;
      if (error.timeout) break;
    }
  }
  // A stale fact beats none: the registry answered for it before.
  if (stale) return { kind: "found", fact: stale.fact };
  return { kind: "unavailable", reason };
}

async function readResponse(
  context: RequestContext,
  name: string,
  response: Response,
  stale: CachedPackument | undefined,
): Promise<Outcome | { kind: "retry"; reason: string }> {
  const validators = {
    ...(response.headers.get("etag") ? { etag: response.headers.get("etag")! } : {}),
    ...(response.headers.get("last-modified") ? { lastModified: response.headers.get("last-modified")! } : {}),
  };
  if (response.status === 304 && stale) {
    await response.body?.cancel();
    await context.cache.write(name, { ...stale, ...validators, fetchedAt: Date.now() });
    return { kind: "found", fact: stale.fact };
  }
  if (response.status === 404) {
    await response.body?.cancel();
    await context.cache.remove(name);
    return { kind: "not-found" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const reason = `${name}: registry answered ${describeStatus(response)}`;
    return response.status >= 500 ? { kind: "retry", reason } : { kind: "unavailable", reason };
  }
  let document: unknown;
  try {
    document = await response.json();
  } catch (error) {
    if (error instanceof SyntaxError) return { kind: "unavailable", reason: `${name}: registry sent malformed JSON` };
    throw error;
  }
  // Trim at once: the full document (tens of MB for some packages) is garbage after this line.
  const fact = packumentToFact(name, document);
  document = undefined;
  await context.cache.write(name, { registry: context.registry, fact, ...validators, fetchedAt: Date.now() });
  return { kind: "found", fact };
}

function summarise(names: string[], outcomes: Map<string, Outcome>, registry: string, offline: boolean): PackumentResult {
  const result: PackumentResult = { packuments: {}, notFound: [] };
  const reasons: string[] = [];
  for (const name of names) {
    const outcome = outcomes.get(name);
    if (outcome?.kind === "found") result.packuments[name] = outcome.fact;
    else if (outcome?.kind === "not-found") result.notFound.push(name);
    else reasons.push(outcome?.reason ?? `${name}: not fetched`);
  }
  if (reasons.length > 0) {
    result.unavailable = offline
      ? `offline and not cached: ${plural(reasons.length, "package")}`
      : `${plural(reasons.length, "packument")} could not be fetched from ${registry} (${reasons[0]})`;
  }
  return result;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
