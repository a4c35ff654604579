/** `mcp-trust catalog`: read the list, scan what is not done, write results, summaries and (optionally) the site. */
import path from "node:path";
import pacote from "pacote";
import { writeFileAtomic } from "../atomic-write.js";
import { readCatalogFile } from "../catalog/from-file.js";
import { listRegistryServers } from "../catalog/registry-api.js";
import type { CatalogEntry } from "../catalog/entry.js";
import { CatalogProgress } from "../catalog/progress.js";
import { indexResults, resultsPath } from "../catalog/results.js";
import { poolExecutor, runCatalog, type CatalogExecutor } from "../catalog/run.js";
import { renderSummaryMarkdown, summarise } from "../catalog/summary.js";
import { UnavailableError, UserError } from "../errors.js";
import { createPypiClient } from "../facts/python/pypi-client.js";
import { defaultRegistry } from "../facts/registry.js";
import { defaultCacheDir } from "../facts/registry-cache.js";
import type { PortableScanOptions } from "../queue/scan-handler.js";
import { writeSite } from "../report/site/write-site.js";
import type { CatalogArgs, WorkerArgs } from "./catalog-args.js";

export interface CatalogIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Tests: their own executor (in-process handler), registry fetch, version resolver and signal source. */
  executor?: (args: CatalogArgs) => CatalogExecutor | Promise<CatalogExecutor>;
  fetch?: typeof fetch;
  resolveVersion?: (entry: CatalogEntry) => Promise<string>;
  signals?: NodeJS.EventEmitter;
  now?: () => Date;
}

/** What a run ends with when Ctrl-C stopped it: 128 + SIGINT, as shells report it. */
export const EXIT_INTERRUPTED = 130;

export async function runCatalogCommand(args: CatalogArgs, io: CatalogIo): Promise<number> {
  const progress = new CatalogProgress(io.stderr);
  const listingStarted = Date.now();
  const entries = await readEntries(args, io, progress);
  const listingMs = Date.now() - listingStarted;
  const scanOptions: PortableScanOptions = {
    ...(args.offline ? { offline: true } : {}),
    cacheDir: path.resolve(args.cacheDir ?? defaultCacheDir()),
    ...(args.registry ? { registry: args.registry } : {}),
  };
  const executor = io.executor
    ? await io.executor(args)
    : args.queue
      ? await (await import("../queue/bullmq-catalog.js")).bullmqExecutor({ url: args.queue })
      : poolExecutor({ size: args.concurrency, timeoutMs: args.timeoutMs, memoryMb: args.memoryMb });

  const stop = new AbortController();
  const signals = io.signals ?? process;
  let interrupts = 0;
  const onInterrupt = (): void => {
    interrupts++;
    if (interrupts === 1) {
      progress.message("stopping: the scans in flight finish first (Ctrl-C again to stop at once)");
      stop.abort();
    } else {
      progress.message("stopping now");
      void executor.kill();
    }
  };
  signals.on("SIGINT", onInterrupt);
  let result;
  try {
    result = await runCatalog({
      entries,
      outDir: args.outDir,
      executor,
      scanOptions,
      rescan: args.rescan,
      resolveVersion: io.resolveVersion ?? newestVersionResolver(scanOptions),
      signal: stop.signal,
      onProgress: (counts) => progress.update(counts),
      ...(io.now ? { now: io.now } : {}),
    });
  } finally {
    signals.off("SIGINT", onInterrupt);
    progress.done();
    await executor.close();
  }

  const summaryStarted = Date.now();
  const index = await indexResults(resultsPath(args.outDir));
  const summary = summarise(index, result.keys, result.runId, (io.now ?? (() => new Date()))());
  writeFileAtomic(path.join(args.outDir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileAtomic(path.join(args.outDir, "summary.md"), renderSummaryMarkdown(summary));
  const summaryMs = Date.now() - summaryStarted;
  const siteStarted = Date.now();
  if (args.siteDir) await writeSite({ resultsFile: resultsPath(args.outDir), keys: result.keys, index, summary, siteDir: args.siteDir });
  const siteMs = Date.now() - siteStarted;

  const { counts } = result;
  const where = [resultsPath(args.outDir), path.join(args.outDir, "summary.md"), ...(args.siteDir ? [path.join(args.siteDir, "index.html")] : [])].join(", ");
  io.stdout.write(
    `${summary.servers.scanned} scanned, ${summary.servers.notChecked} not checked, ${summary.servers.failed} failed of ${summary.servers.listed}` +
      `${counts.alreadyDone ? ` (${counts.alreadyDone} done before)` : ""}: ${where}\n`,
  );
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const times = [`listing ${seconds(listingMs)}`, `versions ${seconds(result.timings.versionsMs)}`, `scans ${seconds(result.timings.scansMs)}`, `summary ${seconds(summaryMs)}`, ...(args.siteDir ? [`site ${seconds(siteMs)}`] : [])];
  io.stderr.write(`mcp-trust: ${[executor.stats?.(), times.join(", ")].filter(Boolean).join("; ")}\n`);
  if (result.interrupted) {
    io.stderr.write(`mcp-trust: interrupted with ${summary.servers.pending + summary.servers.failed} servers to go: run the same command again to resume\n`);
    return EXIT_INTERRUPTED;
  }
  return 0;
}

async function readEntries(args: CatalogArgs, io: CatalogIo, progress: CatalogProgress): Promise<CatalogEntry[]> {
  let entries: CatalogEntry[];
  if ("file" in args.from) {
    entries = readCatalogFile(args.from.file);
  } else {
    const registry = args.from.registry;
    progress.message(`listing the servers of ${registry}`);
    try {
      const listing = await listRegistryServers(registry, { ...(io.fetch ? { fetch: io.fetch } : {}), onPage: (page, listed) => progress.message(`page ${page}: ${listed} servers`) });
      if (listing.ignored.length > 0) progress.message(`${listing.ignored.length} listed entries cannot be catalogued (e.g. ${listing.ignored[0]})`);
      entries = listing.entries;
    } catch (error) {
      if (error instanceof UnavailableError) throw new UserError(error.message);
      throw error;
    }
    if (entries.length === 0) throw new UserError(`the MCP registry at ${registry} lists no servers`);
  }
  return args.limit ? entries.slice(0, args.limit) : entries;
}

/** The newest published version of a spec line's package: npm through pacote and the shared cache, PyPI through its JSON API. */
function newestVersionResolver(options: PortableScanOptions): (entry: CatalogEntry) => Promise<string> {
  const pacoteOptions = {
    registry: options.registry ?? defaultRegistry(),
    ...(options.cacheDir ? { cache: path.join(options.cacheDir, "pacote") } : {}),
    ...(options.offline ? { offline: true } : {}),
  };
  const pypi = createPypiClient();
  return async (entry) => {
    const pkg = entry.packages[0];
    if (pkg?.registryType === "pypi") {
      if (options.offline) throw new Error(`${pkg.identifier}: give pypi:name==version with --offline (the newest version needs PyPI)`);
      const release = await pypi.release(pkg.identifier).catch((error: unknown) => {
        throw new Error(`cannot look up the newest version of ${pkg.identifier} on PyPI: ${(error as Error).message.split("\n")[0]}`);
      });
      if (!release) throw new Error(`${pkg.identifier} is not on PyPI`);
      return release.version;
    }
    if (!pkg || pkg.registryType !== "npm") throw new Error(`${entry.name}: no version given, and only npm and PyPI packages can be looked up`);
    try {
      return (await pacote.manifest(`${pkg.identifier}@latest`, pacoteOptions)).version;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "E404") throw new Error(`${pkg.identifier} is not on the npm registry`);
      throw new Error(`cannot look up the newest version of ${pkg.identifier}: ${(error as Error).message.split("\n")[0]}`);
    }
  };
}

/** `mcp-trust worker --queue URL`: takes catalog jobs until Ctrl-C (which lets the jobs in hand finish). */
export async function runWorkerCommand(args: WorkerArgs, io: CatalogIo): Promise<number> {
  const { startCatalogWorker } = await import("../queue/bullmq-catalog.js");
  const scanOptions: PortableScanOptions = {
    ...(args.offline ? { offline: true } : {}),
    cacheDir: path.resolve(args.cacheDir ?? defaultCacheDir()),
    ...(args.registry ? { registry: args.registry } : {}),
  };
  let done = 0;
  const worker = await startCatalogWorker({
    url: args.queue,
    concurrency: args.concurrency,
    scanOptions,
    pool: { timeoutMs: args.timeoutMs, memoryMb: args.memoryMb },
    onJob: ({ id, status }) => {
      done++;
      io.stderr.write(`mcp-trust: worker: ${decodeURIComponent(id)} ${status} (${done} done)\n`);
    },
  });
  io.stderr.write(`mcp-trust: worker: taking catalog scans from ${redactUrl(args.queue)}, ${args.concurrency} at a time (Ctrl-C to stop)\n`);
  const signals = io.signals ?? process;
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) {
        io.stderr.write("mcp-trust: worker: stopping now; the jobs in hand go back to the queue once their lock expires\n");
        void worker.pool.kill().then(resolve);
        return;
      }
      stopping = true;
      io.stderr.write("mcp-trust: worker: finishing the jobs in hand (Ctrl-C again to stop at once)\n");
      void worker.close().then(resolve);
    };
    signals.on("SIGINT", stop);
    signals.on("SIGTERM", stop);
  });
  return 0;
}

/** A Redis URL without its password, for logs. */
function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.href;
  } catch {
    return value;
  }
}
