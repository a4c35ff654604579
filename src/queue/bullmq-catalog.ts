/**
 * The catalog on BullMQ: the coordinator (`catalog --queue`) enqueues one job per server (job id = name@version, so a
 * rerun never duplicates one) and collects finished jobs into results.jsonl; workers (`worker --queue`) anywhere run
 * them in their own scan processes. Retries back off; a worker killed mid-scan loses its lock and another takes over.
 */
import { Queue, QueueEvents, UnrecoverableError, Worker, type Job } from "bullmq";
import { entryKey, type CatalogEntry } from "../catalog/entry.js";
import { ENTRY_HANDLER, INTERRUPTED, type CatalogExecutor } from "../catalog/run.js";
import type { EntryJob, EntryResult } from "../catalog/scan-entry.js";
import { ProcessPool, type JobFailureKind, type PoolOutcome, type ProcessPoolOptions } from "./process-pool.js";
import type { PortableScanOptions } from "./scan-handler.js";

export const CATALOG_QUEUE = "mcp-trust-catalog";

/** What a job carries: the entry only; each worker scans with its own cache and registry settings. */
export interface CatalogJobData {
  entry: CatalogEntry;
}

/** BullMQ ids cannot hold ":" (npm:name spec lines do). */
export function catalogJobId(entry: Pick<CatalogEntry, "name" | "version">): string {
  return entryKey(entry).replace(/%/g, "%25").replace(/:/g, "%3A");
}

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 5000 };

export interface CoordinatorOptions {
  url: string;
  queueName?: string;
  retry?: RetryPolicy;
  /** How often finished jobs are collected when no event wakes the collector. Default 1 s. */
  pollMs?: number;
}

function connectionOf(url: string): { url: string; maxRetriesPerRequest: null } {
  // BullMQ's blocking commands need maxRetriesPerRequest null.
  return { url, maxRetriesPerRequest: null };
}

/** The coordinator side: enqueue, then collect results as workers finish them. */
export async function bullmqExecutor(options: CoordinatorOptions): Promise<CatalogExecutor> {
  const name = options.queueName ?? CATALOG_QUEUE;
  const queue = new Queue<CatalogJobData, EntryResult>(name, { connection: connectionOf(options.url) });
  const events = new QueueEvents(name, { connection: connectionOf(options.url) });
  // Connection errors are retried by the clients; without a listener BullMQ prints each one.
  queue.on("error", () => {});
  events.on("error", () => {});
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  const retry = options.retry ?? DEFAULT_RETRY;
  let wake: (() => void) | undefined;
  const nudge = (): void => wake?.();
  events.on("completed", nudge);
  events.on("failed", nudge);
  let stopNow = false;

  return {
    async run(jobs, settle, signal) {
      const pending = new Map<string, EntryJob>();
      for (const job of jobs) pending.set(catalogJobId(job.entry), job);
      // A final failure left from an earlier run would swallow the new job: clear it so the rerun retries.
      for (const failed of await queue.getJobs(["failed"])) if (failed.id && pending.has(failed.id)) await failed.remove().catch(() => {});
      const ids = [...pending.keys()];
      for (let i = 0; i < ids.length; i += 500) {
        await queue.addBulk(
          ids.slice(i, i + 500).map((id) => ({
            name: "scan",
            data: { entry: pending.get(id)!.entry },
            opts: { jobId: id, attempts: retry.attempts, backoff: { type: "exponential", delay: retry.backoffMs }, removeOnComplete: false, removeOnFail: false },
          })),
        );
      }
      let withdrawn = false;
      while (pending.size > 0 && !stopNow) {
        if (signal.aborted && !withdrawn) {
          // Ctrl-C: what has not started is taken back; what runs finishes and is collected.
          withdrawn = true;
          for (const job of await queue.getJobs(["waiting", "delayed", "prioritized"])) {
            if (job.id && pending.has(job.id) && (await job.remove().then(() => true, () => false))) pending.delete(job.id);
          }
        }
        const collected = await collect(queue, pending, settle);
        if (pending.size === 0 || stopNow) break;
        if (signal.aborted && collected === 0 && (await activeCount(queue, pending)) === 0) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.pollMs ?? 1000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    },
    async kill() {
      stopNow = true;
      nudge();
    },
    async close() {
      await events.close();
      await queue.close();
    },
  };
}

async function activeCount(queue: Queue<CatalogJobData, EntryResult>, pending: Map<string, EntryJob>): Promise<number> {
  const active = await queue.getJobs(["active"]);
  return active.filter((j) => j.id && pending.has(j.id)).length;
}

/** Moves finished jobs of this run into results (then out of Redis); returns how many. */
async function collect(
  queue: Queue<CatalogJobData, EntryResult>,
  pending: Map<string, EntryJob>,
  settle: (job: EntryJob, outcome: PoolOutcome<EntryResult>) => void,
): Promise<number> {
  let collected = 0;
  for (const state of ["completed", "failed"] as const) {
    for (let start = 0; ; start += 200) {
      const batch = await queue.getJobs([state], start, start + 199, true);
      if (batch.length === 0) break;
      let removed = 0;
      for (const job of batch) {
        const entryJob = job.id ? pending.get(job.id) : undefined;
        if (!job.id || !entryJob) continue;
        settle(entryJob, outcomeOf(job as Job<CatalogJobData, EntryResult>, state));
        pending.delete(job.id);
        collected++;
        if (await job.remove().then(() => true, () => false)) removed++;
      }
      // Removing shifts the list: read the same window again until it holds nothing of ours.
      if (removed > 0) start -= 200;
      if (batch.length < 200) break;
    }
  }
  return collected;
}

function outcomeOf(job: Job<CatalogJobData, EntryResult>, state: "completed" | "failed"): PoolOutcome<EntryResult> {
  const durationMs = job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : 0;
  if (state === "completed") return { status: "ok", value: job.returnvalue, durationMs };
  const { kind, message } = parseFailure(job.failedReason ?? "");
  return { status: kind, message, durationMs };
}

const KINDS: readonly JobFailureKind[] = ["error", "timeout", "memory", "crash"];

/** Workers fail a job with "kind: message"; anything else (a stalled job BullMQ gave up on) is a crash. */
export function parseFailure(reason: string): { kind: JobFailureKind; message: string } {
  const match = /^(\w+): ([\s\S]*)$/.exec(reason);
  if (match && (KINDS as readonly string[]).includes(match[1]!)) return { kind: match[1] as JobFailureKind, message: match[2]! };
  return { kind: "crash", message: reason || "the job failed without a reason" };
}

export interface CatalogWorkerOptions {
  url: string;
  queueName?: string;
  concurrency: number;
  scanOptions: PortableScanOptions;
  /** Scan-process settings; `handler` is for tests (the catalog entry scanner by default). */
  pool?: Partial<Omit<ProcessPoolOptions, "size">>;
  /** BullMQ lock settings: a worker that stops renewing its lock for `lockDurationMs` is taken to be dead. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Told each job's outcome (logs, tests). */
  onJob?: (event: { id: string; status: PoolOutcome<EntryResult>["status"] }) => void;
}

export interface CatalogWorker {
  /** Finishes the jobs in hand, then stops (the first Ctrl-C). */
  close(): Promise<void>;
  /** Scan processes started (for the bench and tests). */
  pool: ProcessPool<EntryJob, EntryResult>;
  worker: Worker<CatalogJobData, EntryResult>;
}

export async function startCatalogWorker(options: CatalogWorkerOptions): Promise<CatalogWorker> {
  const pool = new ProcessPool<EntryJob, EntryResult>({ ...options.pool, size: options.concurrency, handler: options.pool?.handler ?? ENTRY_HANDLER });
  const worker = new Worker<CatalogJobData, EntryResult>(
    options.queueName ?? CATALOG_QUEUE,
    async (job) => {
      const outcome = await pool.run({ entry: job.data.entry, options: options.scanOptions });
      options.onJob?.({ id: job.id ?? "", status: outcome.status });
      if (outcome.status === "ok") return outcome.value;
      if (outcome.status === "crash" && outcome.message === INTERRUPTED) throw new Error(`crash: ${INTERRUPTED}`);
      const reason = `${outcome.status}: ${outcome.message}`;
      // A scan that hung or blew its memory would do it again: no retry for those.
      if (outcome.status === "timeout" || outcome.status === "memory") throw new UnrecoverableError(reason);
      throw new Error(reason);
    },
    {
      connection: connectionOf(options.url),
      concurrency: options.concurrency,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: 2,
    },
  );
  worker.on("error", () => {
    // Connection errors are retried by the client; BullMQ reports them here too.
  });
  await worker.waitUntilReady();
  return {
    pool,
    worker,
    async close() {
      await worker.close();
      await pool.close();
    },
  };
}
