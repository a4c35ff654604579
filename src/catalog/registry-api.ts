/**
 * `--from-registry [URL]`: the servers an MCP registry lists (`GET /v0.1/servers?limit=100&version=latest&cursor=…`,
 * `servers[].server` a server.json, `metadata.nextCursor` paging), newest version of each.
 */
import { UnavailableError, UserError } from "../errors.js";
import { entryFromServerJson, type CatalogEntry } from "./entry.js";

export const OFFICIAL_REGISTRY = "https://registry.modelcontextprotocol.io";

export interface RegistryListing {
  entries: CatalogEntry[];
  /** Entries the registry listed that cannot be catalogued (no name or version), with why. */
  ignored: string[];
  pages: number;
}

export interface RegistryListOptions {
  fetch?: typeof fetch;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Attempts per page on a network error, a 429 or a 5xx. Default 3. */
  attempts?: number;
  /** Waits between attempts (tests pass 0). Default 1 s, doubling. */
  backoffMs?: number;
  onPage?: (page: number, listed: number) => void;
}

const PAGE_LIMIT = 100;
/** Far beyond any registry today; a registry that pages forever must not hang the run. */
const MAX_PAGES = 5000;

export async function listRegistryServers(baseUrl: string, options: RegistryListOptions = {}): Promise<RegistryListing> {
  const base = registryBase(baseUrl);
  const seen = new Map<string, CatalogEntry>();
  const ignored: string[] = [];
  const cursors = new Set<string>();
  let cursor: string | undefined;
  let pages = 0;
  do {
    const url = new URL("v0.1/servers", base);
    url.searchParams.set("limit", String(PAGE_LIMIT));
    url.searchParams.set("version", "latest");
    if (cursor) url.searchParams.set("cursor", cursor);
    const page = await fetchPage(url, options);
    pages++;
    for (const item of page.servers) {
      const { server, official } = item;
      // A registry that ignores `version=latest` lists every version: keep the one it marks latest.
      if (official?.isLatest === false) continue;
      const entry = entryFromServerJson(server, typeof official?.status === "string" ? official.status : undefined);
      if ("invalid" in entry) {
        ignored.push(entry.invalid);
        continue;
      }
      seen.set(entry.name, entry);
    }
    options.onPage?.(pages, seen.size);
    const next = page.nextCursor;
    if (!next || cursors.has(next)) break;
    cursors.add(next);
    cursor = next;
  } while (pages < MAX_PAGES);
  return { entries: [...seen.values()], ignored, pages };
}

function registryBase(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UserError(`--from-registry needs an http(s) URL (got "${baseUrl}")`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UserError(`--from-registry needs an http(s) URL (got "${baseUrl}")`);
  // The API lives under the given path: https://host/prefix → https://host/prefix/v0.1/servers.
  url.pathname = url.pathname.replace(/\/v0(?:\.1)?\/servers\/?$/, "").replace(/\/?$/, "/");
  url.search = "";
  return url;
}

interface ListedServer {
  server: unknown;
  official?: { status?: unknown; isLatest?: unknown };
}

async function fetchPage(url: URL, options: RegistryListOptions): Promise<{ servers: ListedServer[]; nextCursor?: string }> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const attempts = options.attempts ?? 3;
  let wait = options.backoffMs ?? 1000;
  let reason = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    } catch (error) {
      reason = (error as Error).name === "TimeoutError" ? "timed out" : ((error as Error).message ?? String(error));
      await sleep(attempt < attempts ? wait : 0);
      wait *= 2;
      continue;
    }
    if (response.status === 429 || response.status >= 500) {
      reason = `answered ${response.status} ${response.statusText}`.trim();
      await response.body?.cancel();
      await sleep(attempt < attempts ? wait : 0);
      wait *= 2;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UserError(`the MCP registry at ${url.origin} answered ${response.status} ${response.statusText} for ${url.pathname}`.trim());
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new UserError(`the MCP registry at ${url.origin} sent a page that is not JSON (${url.pathname})`);
    }
    return parsePage(body, url);
  }
  throw new UnavailableError(`the MCP registry at ${url.origin} is unreachable: ${reason}`);
}

function parsePage(body: unknown, url: URL): { servers: ListedServer[]; nextCursor?: string } {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : undefined;
  if (!record || !Array.isArray(record.servers)) throw new UserError(`the MCP registry at ${url.origin} sent a page without a servers list`);
  const servers = record.servers.map((item): ListedServer => {
    const response = item && typeof item === "object" ? (item as Record<string, unknown>) : {};
    const meta = response._meta && typeof response._meta === "object" ? (response._meta as Record<string, unknown>) : {};
    const official = meta["io.modelcontextprotocol.registry/official"];
    return { server: response.server, ...(official && typeof official === "object" ? { official: official as ListedServer["official"] } : {}) };
  });
  const metadata = record.metadata && typeof record.metadata === "object" ? (record.metadata as Record<string, unknown>) : {};
  const next = typeof metadata.nextCursor === "string" && metadata.nextCursor ? metadata.nextCursor : undefined;
  return { servers, ...(next ? { nextCursor: next } : {}) };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
