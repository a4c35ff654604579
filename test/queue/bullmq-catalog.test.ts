import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { indexResults, resultsPath } from "../../src/catalog/results.js";
import { runCatalog } from "../../src/catalog/run.js";
import { bullmqExecutor, catalogJobId, parseFailure, startCatalogWorker, type CatalogWorker } from "../../src/queue/bullmq-catalog.js";
import { TS_EXEC_ARGV } from "../helpers/child-process.js";
import { npmEntry } from "../helpers/catalog.js";
import { startRedis, type TestRedis } from "../helpers/redis.js";

const HANDLER = new URL("../fixtures/queue/catalog-handler.ts", import.meta.url);
const RUN_WORKER = fileURLToPath(new URL("../fixtures/queue/run-worker.ts", import.meta.url));

let redis: TestRedis | undefined;
let dir: string;
let markers: string;
const workers: CatalogWorker[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => redis?.stop());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bullmq-catalog-"));
  markers = path.join(dir, "markers");
  mkdirSync(markers);
  process.env["CATALOG_TEST_MARKERS"] = markers;
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  await Promise.all(workers.splice(0).map((w) => w.close()));
  rmSync(dir, { recursive: true, force: true });
});

function worker(queueName: string, extra: Partial<Parameters<typeof startCatalogWorker>[0]> = {}): Promise<CatalogWorker> {
  return startCatalogWorker({
    url: redis!.url,
    queueName,
    concurrency: 1,
    scanOptions: {},
    pool: { handler: HANDLER, execArgv: TS_EXEC_ARGV, env: { ...process.env, CATALOG_TEST_MARKERS: markers } },
    lockDurationMs: 2000,
    stalledIntervalMs: 1000,
    ...extra,
  }).then((w) => {
    workers.push(w);
    return w;
  });
}

/** A worker in its own process, resolved once it listens; its stdout lines go to `lines`. */
function workerProcess(queueName: string, lines: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...TS_EXEC_ARGV, RUN_WORKER], {
    env: { ...process.env, CATALOG_TEST_MARKERS: markers, SLOW_MS: "1500", CATALOG_TEST_WORKER: JSON.stringify({ url: redis!.url, queueName, execArgv: TS_EXEC_ARGV, lockDurationMs: 2000, stalledIntervalMs: 1000 }) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => {
      lines.push(...chunk.split("\n").filter(Boolean));
      if (lines.includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker process exited with ${code}`)));
  });
}

const maybe = (name: string, fn: () => Promise<void>, timeout = 20_000): void =>
  test(name, async () => {
    if (!redis) return;
    await fn();
  }, timeout);

describe("catalog on BullMQ", () => {
  maybe("the coordinator enqueues one job per name@version and collects every result into results.jsonl", async () => {
    const queueName = redis!.unique("catalog");
    await worker(queueName);
    await worker(queueName);
    const entries = ["a", "b", "c", "d"].map((n) => npmEntry(n, "1.0.0"));
    const executor = await bullmqExecutor({ url: redis!.url, queueName, pollMs: 200 });
    try {
      const result = await runCatalog({ entries, outDir: dir, executor, scanOptions: {} });
      expect(result.counts).toMatchObject({ queued: 4, scanned: 4, failed: 0 });
    } finally {
      await executor.close();
    }
    const index = await indexResults(resultsPath(dir));
    expect([...index.current.keys()].sort()).toEqual(["npm:a@1.0.0", "npm:b@1.0.0", "npm:c@1.0.0", "npm:d@1.0.0"]);
    // Collected results leave Redis.
    const queue = new Queue(queueName, { connection: { url: redis!.url } });
    expect(await queue.getJobCounts("completed", "failed", "waiting")).toEqual({ completed: 0, failed: 0, waiting: 0 });
    await queue.close();
  }, 60_000);

  maybe("job ids are name@version: enqueuing the same servers twice makes no second job", async () => {
    const queueName = redis!.unique("catalog");
    const queue = new Queue(queueName, { connection: { url: redis!.url } });
    const entry = npmEntry("a", "1.0.0");
    await queue.add("scan", { entry }, { jobId: catalogJobId(entry) });
    await queue.add("scan", { entry }, { jobId: catalogJobId(entry) });
    expect(await queue.getJobCounts("waiting")).toEqual({ waiting: 1 });
    expect(catalogJobId(entry)).toBe("npm%3Aa@1.0.0");
    await queue.obliterate({ force: true });
    await queue.close();
  });

  maybe("a failed attempt is retried with backoff; a time-out fails at once (a retry would hang again)", async () => {
    const queueName = redis!.unique("catalog");
    await worker(queueName, { pool: { handler: HANDLER, execArgv: TS_EXEC_ARGV, timeoutMs: 1500, env: { ...process.env, CATALOG_TEST_MARKERS: markers } } });
    const executor = await bullmqExecutor({ url: redis!.url, queueName, pollMs: 200, retry: { attempts: 3, backoffMs: 200 } });
    try {
      const result = await runCatalog({ entries: [npmEntry("flaky-x", "1.0.0"), npmEntry("hang-y", "1.0.0")], outDir: dir, executor, scanOptions: {} });
      expect(result.counts).toMatchObject({ scanned: 1, failed: 1 });
    } finally {
      await executor.close();
    }
    const index = await indexResults(resultsPath(dir));
    expect(index.current.get("npm:flaky-x@1.0.0")?.status).toBe("scanned");
    expect(index.current.get("npm:hang-y@1.0.0")?.failure).toEqual({ kind: "timeout", message: expect.stringContaining("longer than") });
    expect(readFileSync(path.join(markers, "flaky-x"), "utf8").trim().split("\n")).toHaveLength(2);
    expect(readFileSync(path.join(markers, "hang-y"), "utf8").trim().split("\n")).toHaveLength(1);
  }, 60_000);

  maybe("a worker killed mid-scan: its job's lock expires, another worker picks it up, and the catalog completes with every row", async () => {
    const queueName = redis!.unique("catalog");
    const lines: string[] = [];
    const doomed = await workerProcess(queueName, lines);
    const entries = [npmEntry("slow-1", "1.0.0"), npmEntry("e", "1.0.0"), npmEntry("f", "1.0.0")];
    const executor = await bullmqExecutor({ url: redis!.url, queueName, pollMs: 200 });
    try {
      const run = runCatalog({ entries, outDir: dir, executor, scanOptions: {} });
      // Once the doomed worker has started the slow scan, kill it outright (no chance to hand the job back).
      const marker = path.join(markers, "slow-1");
      while (!existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 50));
      doomed.kill("SIGKILL");
      await worker(queueName);
      const result = await run;
      expect(result.counts).toMatchObject({ queued: 3, scanned: 3, failed: 0 });
    } finally {
      await executor.close();
    }
    expect(lines.some((l) => l.startsWith("done npm%3Aslow-1"))).toBe(false);
    const index = await indexResults(resultsPath(dir));
    expect([...index.current.keys()].sort()).toEqual(["npm:e@1.0.0", "npm:f@1.0.0", "npm:slow-1@1.0.0"]);
    // The slow scan started twice: once in the killed worker, once in the one that took over.
    expect(readFileSync(path.join(markers, "slow-1"), "utf8").trim().split("\n")).toHaveLength(2);
  }, 90_000);
});

test("a worker's failure reason carries the kind; anything else is a crash", () => {
  expect(parseFailure("timeout: took too long")).toEqual({ kind: "timeout", message: "took too long" });
  expect(parseFailure("job stalled more than allowable limit")).toEqual({ kind: "crash", message: "job stalled more than allowable limit" });
});
