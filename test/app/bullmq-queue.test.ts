import { Redis } from "ioredis";
import type { AppJobData } from "../../src/app/app-jobs.js";
import { BullmqAppQueue } from "../../src/app/bullmq-queue.js";
import { startRedis, type TestRedis } from "../helpers/redis.js";

let redis: TestRedis | undefined;
const open: BullmqAppQueue[] = [];
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => redis?.stop());
afterEach(async () => {
  await Promise.all(open.splice(0).map((q) => q.close()));
});

function replica(queueName: string, concurrency = 2): BullmqAppQueue {
  const queue = new BullmqAppQueue({ url: redis!.url, queueName, concurrency, busyDelayMs: 100, backoffMs: 100 });
  open.push(queue);
  return queue;
}

function job(key: string, label: string, extra: Partial<AppJobData> = {}): AppJobData {
  return { installationId: 2, owner: "octo", repo: "server", spec: { kind: "push", sha: label }, key, label, ...extra };
}

const noSupersede = async (): Promise<void> => {
  throw new Error("nothing should be superseded here");
};

const maybe = (name: string, fn: () => Promise<void>): void =>
  test(name, async () => {
    if (!redis) return;
    await fn();
  }, 60_000);

describe("the App's BullMQ queue", () => {
  maybe("jobs survive a restart: queued while no replica runs, they are run by the next one", async () => {
    const queueName = redis!.unique("app");
    const first = replica(queueName);
    await first.push(job("octo/server@main", "a"), noSupersede);
    await first.push(job("octo/other@main", "b"), noSupersede);
    await first.close();
    open.splice(open.indexOf(first), 1);
    const ran: string[] = [];
    const second = replica(queueName);
    await second.start({ run: async (data) => void ran.push(data.label), superseded: noSupersede });
    await second.idle();
    expect(ran.sort()).toEqual(["a", "b"]);
  });

  maybe("several replicas share the work, and never run two jobs of one repository+ref at once", async () => {
    const queueName = redis!.unique("app");
    const running = new Set<string>();
    const overlaps: string[] = [];
    const ran: string[] = [];
    const run = async (data: AppJobData): Promise<void> => {
      if (running.has(data.key)) overlaps.push(data.label);
      running.add(data.key);
      await new Promise((resolve) => setTimeout(resolve, 150));
      running.delete(data.key);
      ran.push(data.label);
    };
    const a = replica(queueName);
    const b = replica(queueName);
    for (const label of ["main-1", "main-2", "main-3"]) await a.push(job("octo/server@main", label), noSupersede);
    await a.push(job("octo/other@main", "other"), noSupersede);
    await Promise.all([a.start({ run, superseded: noSupersede }), b.start({ run, superseded: noSupersede })]);
    await a.idle();
    expect(ran.sort()).toEqual(["main-1", "main-2", "main-3", "other"]);
    expect(overlaps).toEqual([]);
  });

  maybe("a newer push supersedes the waiting older job: it is removed and concluded, never run; the newest runs", async () => {
    const queueName = redis!.unique("app");
    const q = replica(queueName, 1);
    const dropped: string[] = [];
    const superseded = async (old: AppJobData, by: { label: string; commit?: string }): Promise<void> => void dropped.push(`${old.label}->${by.label} ${by.commit}`);
    const pr = (label: string, commit: string): AppJobData => job("octo/server@pull/7", label, { supersedeKey: "octo/server@pull/7", commit, queuedCheckRunId: 70 });
    await q.push(pr("sha1", "1111111"), superseded);
    await q.push(pr("sha2", "2222222"), superseded);
    await q.push(job("octo/server@pull/8", "pr8"), superseded);
    await q.push(pr("sha3", "3333333"), superseded);
    expect(dropped).toEqual(["sha1->sha2 2222222", "sha2->sha3 3333333"]);
    const ran: string[] = [];
    await q.start({ run: async (data) => void ran.push(data.label), superseded: noSupersede });
    await q.idle();
    expect(ran.sort()).toEqual(["pr8", "sha3"]);
  });

  maybe("a job a worker took before it could be removed learns it was superseded when it starts, and is concluded, not run", async () => {
    const queueName = redis!.unique("app");
    const q = replica(queueName, 1);
    await q.push(job("octo/server@pull/9", "old", { supersedeKey: "octo/server@pull/9" }), noSupersede);
    // As if a newer push landed on another replica while this job was being taken: the newest is another job.
    const client = new Redis(redis!.url);
    try {
      await client.set(`mcp-trust:${queueName}:latest:octo/server@pull/9`, JSON.stringify({ id: "newer", label: "new", commit: "4444444" }));
    } finally {
      client.disconnect();
    }
    const ran: string[] = [];
    const concluded: string[] = [];
    await q.start({ run: async (data) => void ran.push(data.label), superseded: async (old, by) => void concluded.push(`${old.label}->${by.label}`) });
    await q.idle();
    expect(ran).toEqual([]);
    expect(concluded).toEqual(["old->new"]);
  });
});
