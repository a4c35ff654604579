/**
 * A catalog run: the entries not yet finished in results.jsonl go to an executor (worker processes here, or BullMQ),
 * each outcome is appended as a row the moment it arrives, and a stop signal lets in-flight scans finish.
 */
import os from "node:os";
import { ProcessPool, type PoolOutcome, type ProcessPoolOptions } from "../queue/process-pool.js";
import { schemaErrors } from "../report/schemas.js";
import type { PortableScanOptions } from "../queue/scan-handler.js";
import { entryKey, type CatalogEntry } from "./entry.js";
import { appendRow, finishedKeys, indexResults, resultsPath, type CatalogRow } from "./results.js";
import type { EntryJob, EntryResult } from "./scan-entry.js";

export const ENTRY_HANDLER = new URL(import.meta.url.endsWith(".ts") ? "./scan-entry.ts" : "./scan-entry.js", import.meta.url);

export interface CatalogExecutor {
  /**
   * Runs the jobs, calling `settle` as each finishes. After `signal` aborts it starts nothing new and returns once the
   * jobs already running have settled. An outcome of `interrupted: true` (a hard stop) is not a result.
   */
  run(jobs: EntryJob[], settle: (job: EntryJob, outcome: PoolOutcome<EntryResult>) => void, signal: AbortSignal): Promise<void>;
  /** A hard stop (a second Ctrl-C): running jobs end at once, as `crash` with the message INTERRUPTED. */
  kill(): Promise<void>;
  close(): Promise<void>;
  /** One line on what ran the scans, for the end of the run (processes started, their peak memory). */
  stats?(): string;
}

export interface CatalogCounts {
  /** Entries in the list (after de-duplication). */
  total: number;
  /** Finished in an earlier run and skipped now. */
  alreadyDone: number;
  /** To do in this run. */
  queued: number;
  scanned: number;
  notChecked: number;
  failed: number;
}

export interface CatalogRunOptions {
  entries: CatalogEntry[];
  outDir: string;
  executor: CatalogExecutor;
  scanOptions: PortableScanOptions;
  /** Scan finished rows again too (a new ruleset, a newer mcp-trust). */
  rescan?: boolean;
  /** Names the newest version of a spec line without one (npm:name); throws when it cannot. */
  resolveVersion?: (entry: CatalogEntry) => Promise<string>;
  signal?: AbortSignal;
  onProgress?: (counts: CatalogCounts) => void;
  runId?: string;
  now?: () => Date;
}

export interface CatalogRunResult {
  counts: CatalogCounts;
  /** The entries of this list, keyed, in list order (for the summary and the site). */
  keys: string[];
  interrupted: boolean;
  runId: string;
  /** Where the time went: looking up versions of spec lines, and the scans (first start to last finish). */
  timings: { versionsMs: number; scansMs: number };
}

export async function runCatalog(options: CatalogRunOptions): Promise<CatalogRunResult> {
  const now = options.now ?? (() => new Date());
  const runId = options.runId ?? now().toISOString();
  const file = resultsPath(options.outDir);
  const signal = options.signal ?? new AbortController().signal;
  const counts: CatalogCounts = { total: 0, alreadyDone: 0, queued: 0, scanned: 0, notChecked: 0, failed: 0 };
  const record = (row: CatalogRow): void => {
    appendRow(file, row);
    if (row.status === "scanned") counts.scanned++;
    else if (row.status === "not-checked") counts.notChecked++;
    else counts.failed++;
    options.onProgress?.({ ...counts });
  };

  const versionsStarted = Date.now();
  const entries = await resolveVersions(options.entries, options.resolveVersion, (entry, message) =>
    record(failedRow(entry, { kind: "error", message }, runId, now(), 0)),
  );
  const versionsMs = Date.now() - versionsStarted;
  const unique = new Map<string, CatalogEntry>();
  for (const entry of entries.resolved) if (!unique.has(entryKey(entry))) unique.set(entryKey(entry), entry);
  const keys = [...new Set([...entries.failedKeys, ...unique.keys()])];
  counts.total = keys.length;

  const done = options.rescan ? new Set<string>() : finishedKeys(await indexResults(file));
  const jobs: EntryJob[] = [];
  for (const [key, entry] of unique) {
    if (done.has(key)) counts.alreadyDone++;
    else jobs.push({ entry, options: options.scanOptions });
  }
  counts.queued = jobs.length;
  options.onProgress?.({ ...counts });

  const scansStarted = Date.now();
  await options.executor.run(
    jobs,
    (job, outcome) => {
      if (outcome.status === "crash" && outcome.message === INTERRUPTED) return;
      record(rowOf(job.entry, outcome, runId, now()));
    },
    signal,
  );
  return { counts, keys, interrupted: signal.aborted, runId, timings: { versionsMs, scansMs: Date.now() - scansStarted } };
}

/** The message of jobs a hard stop (a second Ctrl-C) cut off: they stay to do, not failed. */
export const INTERRUPTED = "interrupted";

export function rowOf(entry: CatalogEntry, outcome: PoolOutcome<EntryResult>, run: string, finished: Date): CatalogRow {
  if (outcome.status !== "ok") return failedRow(entry, { kind: outcome.status, message: outcome.message }, run, finished, outcome.durationMs);
  const result = outcome.value;
  // A worker of another mcp-trust version (a BullMQ fleet mid-upgrade) must not slip a report of another shape in.
  const invalid = result.report ? schemaErrors("report", result.report) : [];
  if (invalid.length > 0) return failedRow(entry, { kind: "error", message: `the report does not match schema/report.schema.json: ${invalid[0]}` }, run, finished, outcome.durationMs);
  return {
    ...identity(entry),
    status: result.status,
    ...(result.ecosystem ? { ecosystem: result.ecosystem } : {}),
    ...(result.package ? { package: result.package } : {}),
    ...(result.notChecked.length > 0 ? { notChecked: result.notChecked } : {}),
    ...(entry.registryStatus ? { registryStatus: entry.registryStatus } : {}),
    run,
    finishedAt: finished.toISOString(),
    durationMs: outcome.durationMs,
    ...(result.report ? { report: result.report } : {}),
  };
}

function failedRow(entry: CatalogEntry, failure: NonNullable<CatalogRow["failure"]>, run: string, finished: Date, durationMs: number): CatalogRow {
  return {
    ...identity(entry),
    status: "failed",
    failure,
    ...(entry.registryStatus ? { registryStatus: entry.registryStatus } : {}),
    run,
    finishedAt: finished.toISOString(),
    durationMs,
  };
}

function identity(entry: CatalogEntry): Pick<CatalogRow, "name" | "version" | "key"> {
  return { name: entry.name, version: entry.version ?? "latest", key: entryKey(entry) };
}

/** Spec lines without a version get their newest one (bounded, 8 at a time); one that cannot be named is a failed row. */
async function resolveVersions(
  entries: CatalogEntry[],
  resolve: CatalogRunOptions["resolveVersion"],
  fail: (entry: CatalogEntry, message: string) => void,
): Promise<{ resolved: CatalogEntry[]; failedKeys: string[] }> {
  const resolved: (CatalogEntry | undefined)[] = new Array(entries.length);
  const failedKeys: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < entries.length; i = next++) {
      const entry = entries[i]!;
      if (entry.version || !resolve) {
        resolved[i] = entry;
        continue;
      }
      try {
        const version = await resolve(entry);
        resolved[i] = { ...entry, version, packages: entry.packages.map((p, index) => (index === 0 ? { ...p, version } : p)) };
      } catch (error) {
        failedKeys.push(entryKey(entry));
        fail(entry, (error as Error).message?.split("\n")[0] ?? String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, entries.length) }, worker));
  return { resolved: resolved.filter((e): e is CatalogEntry => e !== undefined), failedKeys };
}

/** The executor of a local run: worker processes with a time and memory limit, `size` scans at once. */
export function poolExecutor(options: Omit<ProcessPoolOptions, "handler">): CatalogExecutor & { pool: ProcessPool<EntryJob, EntryResult> } {
  const pool = new ProcessPool<EntryJob, EntryResult>({ size: os.availableParallelism?.() ?? os.cpus().length, ...options, handler: ENTRY_HANDLER });
  return {
    pool,
    async run(jobs, settle, signal) {
      let next = 0;
      const lane = async (): Promise<void> => {
        while (!signal.aborted && next < jobs.length) {
          const job = jobs[next++]!;
          settle(job, await pool.run(job));
        }
      };
      await Promise.all(Array.from({ length: Math.min(pool.size, jobs.length) }, lane));
    },
    kill: () => pool.kill(INTERRUPTED),
    close: () => pool.close(),
    stats: () => `${pool.started} scan worker process${pool.started === 1 ? "" : "es"}, peak memory ${pool.peakRssMb} MB`,
  };
}
