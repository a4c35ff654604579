/**
 * A pool of long-lived worker processes, each running one job at a time under a time and memory limit: a job that
 * crashes, hangs or blows up its process costs that process (replaced at once), never the caller. The catalog, the
 * BullMQ worker and the App run every scan through one of these.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildMessage, ParentMessage } from "./pool-protocol.js";

export type JobFailureKind = "error" | "timeout" | "memory" | "crash";

export type PoolOutcome<T> =
  | { status: "ok"; value: T; durationMs: number; maxRssMb?: number }
  /** `error`: the job threw (a UserError is marked `userError`); the others: the process had to go. */
  | { status: JobFailureKind; message: string; userError?: boolean; durationMs: number };

export interface ProcessPoolOptions {
  /** The handler module each process loads: it exports `handle(payload): Promise<result>`. */
  handler: string | URL;
  /** Processes (= jobs at once). Default: the number of cores. */
  size?: number;
  /** A job running longer is stopped by killing its process. Default 180 s. */
  timeoutMs?: number;
  /** A process whose resident memory passes this is killed and its job fails with `memory`. Default 1024 MB. */
  memoryMb?: number;
  /** A process is replaced after this many jobs (memory a long run leaks or fragments goes with it). Default 200. */
  recycleAfterJobs?: number;
  /** A process whose resident memory after a job is above this is replaced. Default 60% of memoryMb. */
  recycleRssMb?: number;
  /** Extra node flags for the processes (tests add a TypeScript loader). */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  /** How often resident memory is sampled. Default 200 ms. */
  sampleMs?: number;
}

interface PendingJob {
  payload: unknown;
  timeoutMs: number;
  resolve(outcome: PoolOutcome<unknown>): void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  job?: { id: number; pending: PendingJob; started: number; timer: NodeJS.Timeout };
  /** Why the pool is killing this process, so its exit is reported as that. */
  killedFor?: { kind: JobFailureKind; message: string };
  retiring: boolean;
  jobsDone: number;
  peakRssMb: number;
  stderrTail: string;
  scratch: string;
  sampler?: NodeJS.Timeout;
  /** Called once the pool has settled the process's exit. */
  onGone: (() => void)[];
}

const ENTRY = new URL(import.meta.url.endsWith(".ts") ? "./pool-child.ts" : "./pool-child.js", import.meta.url);
const STDERR_TAIL = 4096;
const HEAP_EXHAUSTED = /heap out of memory|Reached heap limit|Allocation failed|JavaScript heap/i;

export class ProcessPool<Payload = unknown, Result = unknown> {
  readonly size: number;
  private readonly options: Required<Omit<ProcessPoolOptions, "env" | "execArgv">> & Pick<ProcessPoolOptions, "env" | "execArgv">;
  private readonly slots = new Set<Slot>();
  private readonly waiting: PendingJob[] = [];
  private nextId = 1;
  private closed = false;
  /** Processes in a row that died before they were ready: a broken handler must not respawn forever. */
  private failedStarts = 0;
  private drainWaiters: (() => void)[] = [];
  /** The highest resident memory any process of this pool reached, in MB. */
  peakRssMb = 0;
  /** Processes started so far (replacements included). */
  started = 0;

  constructor(options: ProcessPoolOptions) {
    const size = options.size ?? cpus().length;
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer, got ${size}`);
    this.size = size;
    const memoryMb = options.memoryMb ?? 1024;
    this.options = {
      handler: options.handler,
      size,
      timeoutMs: options.timeoutMs ?? 180_000,
      memoryMb,
      recycleAfterJobs: options.recycleAfterJobs ?? 200,
      recycleRssMb: options.recycleRssMb ?? Math.round(memoryMb * 0.6),
      sampleMs: options.sampleMs ?? 200,
      ...(options.env ? { env: options.env } : {}),
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    };
  }

  /** Jobs started or waiting. */
  get inFlight(): number {
    let running = 0;
    for (const slot of this.slots) if (slot.job) running++;
    return running + this.waiting.length;
  }

  /** Runs one job; resolves with its outcome (never rejects: a failure is an outcome). */
  run(payload: Payload, options: { timeoutMs?: number } = {}): Promise<PoolOutcome<Result>> {
    if (this.closed) return Promise.resolve({ status: "crash", message: "the process pool is closed", durationMs: 0 });
    return new Promise((resolve) => {
      this.waiting.push({ payload, timeoutMs: options.timeoutMs ?? this.options.timeoutMs, resolve: resolve as PendingJob["resolve"] });
      this.dispatch();
    });
  }

  /** Lets the jobs already given finish, then stops every process. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  /** Stops at once: running jobs end as `crash` ("interrupted"), waiting ones too. */
  async kill(reason = "interrupted"): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.resolve({ status: "crash", message: reason, durationMs: 0 });
    const exits = [...this.slots].map((slot) => {
      slot.killedFor = { kind: "crash", message: reason };
      return this.stopProcess(slot, "SIGKILL");
    });
    await Promise.all(exits);
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const idle = [...this.slots].find((s) => s.ready && !s.job && !s.retiring);
      if (idle) {
        this.start(idle, this.waiting.shift()!);
        continue;
      }
      const starting = [...this.slots].filter((s) => !s.ready && !s.retiring).length;
      const live = [...this.slots].filter((s) => !s.retiring).length;
      // Enough processes are already on their way for the jobs that wait.
      if (live >= this.size || starting >= this.waiting.length) break;
      this.spawn();
    }
    this.checkDrained();
  }

  private spawn(): Slot {
    const scratch = mkdtempSync(path.join(tmpdir(), "mcp-trust-worker-"));
    const heapMb = Math.max(64, Math.round(this.options.memoryMb * 0.75));
    const handler = this.options.handler instanceof URL ? this.options.handler.href : this.options.handler;
    const child = fork(fileURLToPath(ENTRY), [handler], {
      execArgv: [...(this.options.execArgv ?? []), `--max-old-space-size=${heapMb}`],
      // Temp dirs a killed scan leaves behind land in its own scratch dir, removed with the process.
      env: { ...(this.options.env ?? process.env), TMPDIR: scratch, TMP: scratch, TEMP: scratch },
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    this.started++;
    const slot: Slot = { child, ready: false, retiring: false, jobsDone: 0, peakRssMb: 0, stderrTail: "", scratch, onGone: [] };
    this.slots.add(slot);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      slot.stderrTail = (slot.stderrTail + chunk).slice(-STDERR_TAIL);
    });
    child.on("message", (message: ChildMessage) => this.onMessage(slot, message));
    child.on("error", () => {
      // Spawn failures and IPC errors end in "exit" too; that is where the job is settled.
    });
    child.once("exit", (code, signal) => {
      // Settle once stderr is drained ("close"), so a crash message has its last line; a grandchild that keeps the
      // pipe open must not hold the job, hence the short wait.
      let settled = false;
      const settle = (): void => {
        if (settled) return;
        settled = true;
        this.onExit(slot, code, signal);
      };
      child.once("close", settle);
      setTimeout(settle, 250).unref();
    });
    slot.sampler = setInterval(() => this.sample(slot), this.options.sampleMs);
    slot.sampler.unref();
    return slot;
  }

  private start(slot: Slot, pending: PendingJob): void {
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.killFor(slot, "timeout", `the scan took longer than ${Math.round(pending.timeoutMs / 1000)} s and was stopped`);
    }, pending.timeoutMs);
    slot.job = { id, pending, started: Date.now(), timer };
    this.send(slot, { type: "job", id, payload: pending.payload });
  }

  private send(slot: Slot, message: ParentMessage): void {
    try {
      slot.child.send(message);
    } catch {
      // The process is gone; its exit settles the job.
    }
  }

  private onMessage(slot: Slot, message: ChildMessage): void {
    if (message.type === "ready") {
      slot.ready = true;
      this.failedStarts = 0;
      this.dispatch();
      return;
    }
    if (message.type !== "result" || !slot.job || slot.job.id !== message.id) return;
    const { pending, started, timer } = slot.job;
    clearTimeout(timer);
    slot.job = undefined;
    slot.jobsDone++;
    const durationMs = Date.now() - started;
    if (message.maxRssMb !== undefined) this.notePeak(slot, message.maxRssMb);
    if (message.ok) pending.resolve({ status: "ok", value: message.value, durationMs, ...(message.maxRssMb !== undefined ? { maxRssMb: message.maxRssMb } : {}) });
    else pending.resolve({ status: "error", message: message.error.message, ...(message.error.userError ? { userError: true } : {}), durationMs });
    const rss = message.rssMb ?? 0;
    if (slot.jobsDone >= this.options.recycleAfterJobs || rss > this.options.recycleRssMb) void this.retire(slot);
    this.dispatch();
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    if (slot.sampler) clearInterval(slot.sampler);
    this.slots.delete(slot);
    rmSync(slot.scratch, { recursive: true, force: true });
    if (slot.job) {
      const { pending, started, timer } = slot.job;
      clearTimeout(timer);
      slot.job = undefined;
      const durationMs = Date.now() - started;
      if (slot.killedFor) pending.resolve({ status: slot.killedFor.kind, message: slot.killedFor.message, durationMs });
      else if (HEAP_EXHAUSTED.test(slot.stderrTail))
        pending.resolve({ status: "memory", message: `the scan ran out of memory (JavaScript heap limit of ${Math.round(this.options.memoryMb * 0.75)} MB)`, durationMs });
      else pending.resolve({ status: "crash", message: crashMessage(code, signal, slot.stderrTail), durationMs });
    }
    if (!slot.ready && !slot.retiring && ++this.failedStarts >= 3) {
      const message = `worker processes fail to start: ${crashMessage(code, signal, slot.stderrTail)}`;
      for (const pending of this.waiting.splice(0)) pending.resolve({ status: "crash", message, durationMs: 0 });
    }
    if (!this.closed || this.inFlight > 0) this.dispatch();
    this.checkDrained();
    for (const resolve of slot.onGone.splice(0)) resolve();
  }

  private sample(slot: Slot): void {
    const rss = residentMb(slot.child.pid);
    if (rss === undefined) return;
    this.notePeak(slot, rss);
    if (slot.job && rss > this.options.memoryMb) this.killFor(slot, "memory", `the scan used more than ${this.options.memoryMb} MB of memory and was stopped`);
  }

  private notePeak(slot: Slot, rssMb: number): void {
    slot.peakRssMb = Math.max(slot.peakRssMb, rssMb);
    this.peakRssMb = Math.max(this.peakRssMb, rssMb);
  }

  private killFor(slot: Slot, kind: JobFailureKind, message: string): void {
    if (slot.killedFor) return;
    slot.killedFor = { kind, message };
    void this.stopProcess(slot, "SIGKILL");
  }

  /** Asks an idle process to finish and exit; one that does not within 5 s is killed. */
  private async retire(slot: Slot): Promise<void> {
    if (slot.retiring) return this.exited(slot);
    slot.retiring = true;
    if (slot.child.exitCode !== null || slot.child.signalCode !== null) return;
    this.send(slot, { type: "stop" });
    const timer = setTimeout(() => slot.child.kill("SIGKILL"), 5000);
    timer.unref();
    await this.exited(slot);
    clearTimeout(timer);
  }

  private stopProcess(slot: Slot, signal: NodeJS.Signals): Promise<void> {
    slot.retiring = true;
    if (slot.child.exitCode === null && slot.child.signalCode === null) slot.child.kill(signal);
    return this.exited(slot);
  }

  private exited(slot: Slot): Promise<void> {
    if (!this.slots.has(slot)) return Promise.resolve();
    return new Promise((resolve) => slot.onGone.push(resolve));
  }

  private checkDrained(): void {
    if (this.inFlight > 0 || this.drainWaiters.length === 0) return;
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Resident memory of a process in MB, from /proc (Linux); undefined elsewhere or once it is gone. */
export function residentMb(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== "linux") return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

function crashMessage(code: number | null, signal: NodeJS.Signals | null, stderrTail: string): string {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const last = stderrTail
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("at "))
    .pop();
  return `the scan process ${how}${last ? `: ${last.slice(0, 200)}` : ""}`;
}
