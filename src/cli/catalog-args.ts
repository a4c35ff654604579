/** Command-line parsing for `mcp-trust catalog` and `mcp-trust worker`; every mistake is a UserError (exit 2). */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import { OFFICIAL_REGISTRY } from "../catalog/registry-api.js";

export interface ScanLimits {
  concurrency: number;
  timeoutMs: number;
  memoryMb: number;
  offline: boolean;
  cacheDir?: string;
  registry?: string;
}

export interface CatalogArgs extends ScanLimits {
  command: "catalog";
  from: { file: string } | { registry: string };
  outDir: string;
  siteDir?: string;
  queue?: string;
  rescan: boolean;
  limit?: number;
}

export interface WorkerArgs extends ScanLimits {
  command: "worker";
  queue: string;
}

export const CATALOG_USAGE = `Usage:
  mcp-trust catalog --from FILE | --from-registry [URL] [options]
                               scan every server of a list and write results.jsonl, summary.json and summary.md
  mcp-trust worker --queue redis://HOST:PORT [options]
                               take catalog scans from a BullMQ queue on Redis (run any number, anywhere)

Catalog options:
  --from FILE                  server.json documents (JSON, an array, a registry listing, or one per line)
                               or package specs, one a line (npm:name[@version], or a bare npm name)
  --from-registry [URL]        the servers an MCP registry lists (default: ${OFFICIAL_REGISTRY})
  --out DIR                    where results.jsonl and the summaries go (default: the current directory)
  --site DIR                   also write a static site: an index with filters, a page and a badge per server
  --queue redis://HOST:PORT    enqueue the scans on BullMQ instead of scanning here; workers do them
  --rescan                     scan finished rows again (a rerun otherwise skips them and retries failed ones)
  --limit N                    only the first N servers of the list

Scan options (catalog and worker):
  --concurrency N              scans at once, each in its own worker process (default: the number of cores)
  --timeout SECONDS            stop a scan after this long (default 180)
  --memory MB                  stop a scan whose process uses more memory than this (default 1024)
  --offline, --cache-dir DIR, --registry URL   as for scan

Ctrl-C lets the scans in flight finish and leaves results.jsonl ready to resume; a second Ctrl-C stops at once.
Exit codes: 0 done, 2 usage or input error, 130 interrupted (run the same command again to resume).`;

export function isCatalogCommand(argv: readonly string[]): boolean {
  return argv[0] === "catalog" || argv[0] === "worker";
}

export function parseCatalogCommand(argv: readonly string[]): CatalogArgs | WorkerArgs | { command: "catalog-help" } {
  const [command, ...rest] = argv;
  // `--from-registry` with no URL after it means the official registry.
  const args = rest.flatMap((arg, i) => (arg === "--from-registry" && (rest[i + 1] === undefined || rest[i + 1]!.startsWith("-")) ? [arg, OFFICIAL_REGISTRY] : [arg]));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        from: { type: "string" },
        "from-registry": { type: "string" },
        out: { type: "string", short: "o" },
        site: { type: "string" },
        queue: { type: "string" },
        rescan: { type: "boolean" },
        limit: { type: "string" },
        concurrency: { type: "string" },
        timeout: { type: "string" },
        memory: { type: "string" },
        offline: { type: "boolean" },
        "cache-dir": { type: "string" },
        registry: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split("\n")[0]} (see mcp-trust ${command} --help)`);
  }
  const v = parsed.values;
  if (v.help) return { command: "catalog-help" };
  const limits: ScanLimits = {
    concurrency: v.concurrency === undefined ? availableParallelism() : positiveInteger("--concurrency", v.concurrency, 256),
    timeoutMs: (v.timeout === undefined ? 180 : positiveInteger("--timeout", v.timeout, 86_400)) * 1000,
    memoryMb: v.memory === undefined ? 1024 : positiveInteger("--memory", v.memory, 1_048_576),
    offline: v.offline === true,
    ...(v["cache-dir"] !== undefined ? { cacheDir: v["cache-dir"] } : {}),
    ...(v.registry !== undefined ? { registry: v.registry } : {}),
  };
  if (limits.memoryMb < 128) throw new UserError(`--memory must be at least 128 (MB), got ${limits.memoryMb}`);
  const queue = v.queue === undefined ? undefined : redisUrl(v.queue);

  if (command === "worker") {
    if (!queue) throw new UserError("worker needs --queue redis://HOST:PORT (the Redis the catalog enqueued on)");
    for (const flag of ["from", "from-registry", "out", "site", "rescan", "limit"] as const)
      if (v[flag] !== undefined) throw new UserError(`--${flag} goes with catalog, not worker`);
    return { command: "worker", queue, ...limits };
  }
  if (v.from !== undefined && v["from-registry"] !== undefined) throw new UserError("give --from FILE or --from-registry [URL], not both");
  if (v.from === undefined && v["from-registry"] === undefined) throw new UserError("catalog needs --from FILE or --from-registry [URL] (see mcp-trust catalog --help)");
  return {
    command: "catalog",
    from: v.from !== undefined ? { file: v.from } : { registry: v["from-registry"]! },
    outDir: v.out ?? ".",
    ...(v.site !== undefined ? { siteDir: v.site } : {}),
    ...(queue ? { queue } : {}),
    rescan: v.rescan === true,
    ...(v.limit !== undefined ? { limit: positiveInteger("--limit", v.limit, Number.MAX_SAFE_INTEGER) } : {}),
    ...limits,
  };
}

function positiveInteger(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) throw new UserError(`${flag} must be a whole number from 1 to ${max} (got "${value}")`);
  return n;
}

function redisUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`--queue must be a redis:// or rediss:// URL (got "${value}")`);
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") throw new UserError(`--queue must be a redis:// or rediss:// URL (got "${value}")`);
  return value;
}
