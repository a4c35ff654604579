/** The App's in-process scan queue: bounded concurrency, one job per key at a time, newer PR jobs replace queued older ones. */

export interface QueueJob {
  /** Jobs with the same key never run at the same time (repository + ref). */
  key: string;
  /**
   * A queued (not yet started) job with the same supersede key is dropped when this one arrives:
   * a newer push to a pull request makes the older scan pointless.
   */
  supersedeKey?: string;
  /** For logs. */
  label: string;
  /** The commit the job checks, when known at queue time (named to the job it supersedes). */
  commit?: string;
  run(): Promise<void>;
  /** Called instead of `run` when a newer job supersedes this one (to conclude what was shown as queued); idle() waits for it. */
  superseded?(by: QueueJob): Promise<void>;
}

export interface QueueOptions {
  concurrency?: number;
  /** A job (or its `superseded` hook) that throws is reported here; the queue keeps going. */
  onError?: (error: unknown, job: QueueJob) => void;
  /** A queued job dropped in favour of a newer one. */
  onSuperseded?: (dropped: QueueJob, by: QueueJob) => void;
}

export const DEFAULT_CONCURRENCY = 2;

export class ScanQueue {
  readonly concurrency: number;
  private readonly waiting: QueueJob[] = [];
  private readonly runningKeys = new Set<string>();
  /** `superseded` hooks still in flight. */
  private readonly concluding = new Set<Promise<void>>();
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: QueueOptions = {}) {
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
    this.concurrency = concurrency;
  }

  /** Jobs waiting to start. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Jobs running now. */
  get running(): number {
    return this.runningKeys.size;
  }

  /** Queues a job and returns at once; the job starts when a slot and its key are free. */
  push(job: QueueJob): void {
    const older = job.supersedeKey === undefined ? -1 : this.waiting.findIndex((w) => w.supersedeKey === job.supersedeKey);
    if (older >= 0) {
      const [dropped] = this.waiting.splice(older, 1, job);
      if (dropped) {
        this.options.onSuperseded?.(dropped, job);
        this.conclude(dropped, job);
      }
    } else {
      this.waiting.push(job);
    }
    this.startWhatCan();
  }

  /** Resolves when nothing is queued or running. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.runningKeys.size === 0 && this.concluding.size === 0;
  }

  private conclude(dropped: QueueJob, by: QueueJob): void {
    if (!dropped.superseded) return;
    const done: Promise<void> = Promise.resolve()
      .then(() => dropped.superseded?.(by))
      .catch((error: unknown) => this.options.onError?.(error, dropped))
      .finally(() => {
        this.concluding.delete(done);
        this.startWhatCan();
      });
    this.concluding.add(done);
  }

  private startWhatCan(): void {
    while (this.runningKeys.size < this.concurrency) {
      // The first waiting job whose key is free: a busy key must not block other repositories.
      const index = this.waiting.findIndex((w) => !this.runningKeys.has(w.key));
      if (index < 0) break;
      const [job] = this.waiting.splice(index, 1);
      if (job) this.start(job);
    }
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private start(job: QueueJob): void {
    this.runningKeys.add(job.key);
    void (async () => {
      try {
        await job.run();
      } catch (error) {
        this.options.onError?.(error, job);
      } finally {
        this.runningKeys.delete(job.key);
        this.startWhatCan();
      }
    })();
  }
}
