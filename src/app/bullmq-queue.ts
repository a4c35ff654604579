/**
 * The App's queue on BullMQ (when REDIS_URL is set): jobs survive a restart, every replica takes work, and the
 * in-process queue's guarantees hold across replicas: one job per repository+ref at a time (a Redis lock; a job
 * whose key is busy waits as a delayed job) and a newer push to a pull request supersedes a waiting older job.
 */
import { randomBytes } from "node:crypto";
import { DelayedError, Job, Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import type { AppJobData } from "./app-jobs.js";

export const APP_QUEUE = "mcp-trust-app";

export interface AppQueueHandlers {
  run(data: AppJobData): Promise<void>;
  /** A waiting job a newer one replaced: conclude its queued check run. */
  superseded(dropped: AppJobData, by: { label: string; commit?: string }): Promise<void>;
  onError?(error: unknown, data: AppJobData): void;
}

export interface BullmqAppQueueOptions {
  url: string;
  queueName?: string;
  concurrency?: number;
  /** How long a repository+ref lock lives without renewal (a replica that died frees it after this). Default 60 s. */
  keyLockMs?: number;
  /** How long a job whose key is busy waits before it tries again. Default 2 s. */
  busyDelayMs?: number;
  attempts?: number;
  backoffMs?: number;
  /** BullMQ's job lock: a replica that stops renewing it for this long is taken to be dead. Default 30 s. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

interface Latest {
  id: string;
  label: string;
  commit?: string;
}

// Deletes the key lock only if this job still holds it.
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

export class BullmqAppQueue {
  readonly concurrency: number;
  private readonly queue: Queue<AppJobData>;
  private readonly redis: Redis;
  private worker?: Worker<AppJobData>;
  private readonly name: string;
  private readonly options: BullmqAppQueueOptions;

  constructor(options: BullmqAppQueueOptions) {
    this.options = options;
    this.name = options.queueName ?? APP_QUEUE;
    this.concurrency = options.concurrency ?? 2;
    this.queue = new Queue<AppJobData>(this.name, { connection: { url: options.url, maxRetriesPerRequest: null } });
    this.redis = new Redis(options.url, { maxRetriesPerRequest: null, lazyConnect: false });
    // Connection errors are retried by the clients; without a listener BullMQ prints each one.
    this.queue.on("error", () => {});
    this.redis.on("error", () => {
      // ioredis reconnects by itself; a command issued meanwhile fails and is reported where it was issued.
    });
  }

  private lockKey(key: string): string {
    return `mcp-trust:${this.name}:lock:${key}`;
  }

  private latestKey(supersedeKey: string): string {
    return `mcp-trust:${this.name}:latest:${supersedeKey}`;
  }

  /** Starts taking jobs in this process (every App replica does). */
  async start(handlers: AppQueueHandlers): Promise<void> {
    const lockMs = this.options.keyLockMs ?? 60_000;
    this.worker = new Worker<AppJobData>(
      this.name,
      async (job, token) => {
        const data = job.data;
        if (data.supersedeKey) {
          const latest = parseLatest(await this.redis.get(this.latestKey(data.supersedeKey)));
          if (latest && latest.id !== job.id) {
            await handlers.superseded(data, latest);
            return;
          }
        }
        const lock = this.lockKey(data.key);
        const holder = `${job.id}:${randomBytes(4).toString("hex")}`;
        if ((await this.redis.set(lock, holder, "PX", lockMs, "NX")) !== "OK") {
          // Another replica runs this repository+ref: wait, as the in-process queue would, without using an attempt.
          await job.moveToDelayed(Date.now() + (this.options.busyDelayMs ?? 2000), token);
          throw new DelayedError();
        }
        const renew = setInterval(() => void this.redis.eval(RENEW, 1, lock, holder, String(lockMs)).catch(() => {}), Math.max(1000, lockMs / 3));
        try {
          await handlers.run(data);
        } catch (error) {
          handlers.onError?.(error, data);
          throw error;
        } finally {
          clearInterval(renew);
          await this.redis.eval(RELEASE, 1, lock, holder).catch(() => {});
        }
      },
      {
        connection: { url: this.options.url, maxRetriesPerRequest: null },
        concurrency: this.concurrency,
        lockDuration: this.options.lockDurationMs ?? 30_000,
        stalledInterval: this.options.stalledIntervalMs ?? 30_000,
        maxStalledCount: 2,
      },
    );
    this.worker.on("error", () => {});
    await this.worker.waitUntilReady();
  }

  /** Queues a job; a waiting job it supersedes is removed and concluded through `superseded`. */
  async push(data: AppJobData, superseded: AppQueueHandlers["superseded"]): Promise<string> {
    const job = await this.queue.add("check", data, {
      attempts: this.options.attempts ?? 3,
      backoff: { type: "exponential", delay: this.options.backoffMs ?? 5000 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    });
    const id = job.id!;
    if (data.supersedeKey) {
      const latest: Latest = { id, label: data.label, ...(data.commit ? { commit: data.commit } : {}) };
      // A week is far longer than any job waits; the key must not outlive its pull request forever.
      const previous = parseLatest(await this.redis.set(this.latestKey(data.supersedeKey), JSON.stringify(latest), "PX", 7 * 24 * 3600_000, "GET"));
      if (previous && previous.id !== id) await this.dropIfWaiting(previous.id, latest, superseded);
    }
    return id;
  }

  private async dropIfWaiting(id: string, by: Latest, superseded: AppQueueHandlers["superseded"]): Promise<void> {
    const older = await Job.fromId<AppJobData>(this.queue, id);
    if (!older) return;
    const state = await older.getState();
    if (state !== "waiting" && state !== "delayed" && state !== "prioritized") return;
    // remove() fails when a worker took the job meanwhile: it then sees it is superseded and concludes it itself.
    const removed = await older.remove().then(() => true, () => false);
    if (removed) await superseded(older.data, by);
  }

  /** Resolves when nothing of this queue waits or runs (tests). */
  async idle(pollMs = 100): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Stops taking jobs (the ones running finish), then disconnects. */
  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    this.redis.disconnect();
  }
}

function parseLatest(value: string | null): Latest | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as Latest;
    return typeof parsed.id === "string" ? parsed : undefined;
  } catch {
    return undefined;
  }
}
