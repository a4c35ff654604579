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

export function isCatalogCommand(argv: readonly string[]): boolean {
  return argv[0] === "catalog" || argv[0] === "worker";
}

export function parseCatalogCommand(argv: readonly string[]): CatalogArgs | WorkerArgs | { command: "help"; topic: "catalog" | "worker" } {
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
  if (v.help) return { command: "help", topic: command === "worker" ? "worker" : "catalog" };
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
