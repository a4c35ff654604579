import { ScanQueue, type QueueJob } from "../../src/app/queue.js";

/** A job that starts, records itself, and finishes when the test says so. */
function gatedJob(log: string[], label: string, key: string, supersedeKey?: string): QueueJob & { finish: () => void; started: Promise<void> } {
  let finish!: () => void;
  let markStarted!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  return {
    key,
    label,
    ...(supersedeKey ? { supersedeKey } : {}),
    finish,
    started,
    async run() {
      log.push(`start ${label}`);
      markStarted();
      await done;
      log.push(`end ${label}`);
    },
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("ScanQueue", () => {
  test("runs at most `concurrency` jobs at once", async () => {
    const log: string[] = [];
    const queue = new ScanQueue({ concurrency: 2 });
    const jobs = ["a", "b", "c"].map((k) => gatedJob(log, k, `repo-${k}`));
    jobs.forEach((j) => queue.push(j));
    await tick();
    expect(log).toEqual(["start a", "start b"]);
    expect(queue.running).toBe(2);
    expect(queue.pending).toBe(1);
    jobs[0]!.finish();
    await jobs[2]!.started;
    expect(log).toEqual(["start a", "start b", "end a", "start c"]);
    jobs[1]!.finish();
    jobs[2]!.finish();
    await queue.idle();
    expect(queue.running).toBe(0);
  });

  test("defaults to two at a time and rejects a nonsense concurrency", () => {
    expect(new ScanQueue().concurrency).toBe(2);
    expect(() => new ScanQueue({ concurrency: 0 })).toThrow(RangeError);
  });

  test("one job per key at a time, while other keys overtake it", async () => {
    const log: string[] = [];
    const queue = new ScanQueue({ concurrency: 2 });
    const first = gatedJob(log, "main-1", "o/r@main");
    const second = gatedJob(log, "main-2", "o/r@main");
    const other = gatedJob(log, "other", "o/other@main");
    queue.push(first);
    queue.push(second);
    queue.push(other);
    await tick();
    expect(log).toEqual(["start main-1", "start other"]);
    other.finish();
    await tick();
    expect(log).not.toContain("start main-2");
    first.finish();
    await second.started;
    second.finish();
    await queue.idle();
    expect(log).toEqual(["start main-1", "start other", "end other", "end main-1", "start main-2", "end main-2"]);
  });

  test("a newer job for the same pull request replaces the queued older one, not the running one", async () => {
    const log: string[] = [];
    const dropped: string[] = [];
    const queue = new ScanQueue({ concurrency: 1, onSuperseded: (old, by) => dropped.push(`${old.label}->${by.label}`) });
    const running = gatedJob(log, "pr7-sha1", "o/r#7", "o/r#7");
    const queued = gatedJob(log, "pr7-sha2", "o/r#7", "o/r#7");
    const unrelated = gatedJob(log, "pr8-sha1", "o/r#8", "o/r#8");
    const newest = gatedJob(log, "pr7-sha3", "o/r#7", "o/r#7");
    queue.push(running);
    queue.push(queued);
    queue.push(unrelated);
    queue.push(newest);
    expect(queue.pending).toBe(2);
    expect(dropped).toEqual(["pr7-sha2->pr7-sha3"]);
    await tick();
    running.finish();
    // The replacement keeps the older job's place in line, ahead of pr8.
    await newest.started;
    newest.finish();
    await unrelated.started;
    unrelated.finish();
    await queue.idle();
    expect(log).toEqual(["start pr7-sha1", "end pr7-sha1", "start pr7-sha3", "end pr7-sha3", "start pr8-sha1", "end pr8-sha1"]);
  });

  test("a superseded job's hook (not its run) is called with the newer job, and idle() waits for it to settle", async () => {
    const log: string[] = [];
    const errors: string[] = [];
    const queue = new ScanQueue({ concurrency: 1, onError: (error, job) => errors.push(`${job.label}: ${(error as Error).message}`) });
    const running = gatedJob(log, "pr7-sha1", "o/r#7", "o/r#7");
    let concludeHook!: () => void;
    const hookDone = new Promise<void>((resolve) => (concludeHook = resolve));
    const queued = {
      ...gatedJob(log, "pr7-sha2", "o/r#7", "o/r#7"),
      superseded: async (by: QueueJob) => {
        log.push(`superseded pr7-sha2 by ${by.commit}`);
        await hookDone;
        log.push("concluded pr7-sha2");
      },
    };
    const newest = { ...gatedJob(log, "pr7-sha3", "o/r#7", "o/r#7"), commit: "sha3" };
    const failingHook = { ...gatedJob(log, "pr7-sha4", "o/r#7", "o/r#7"), superseded: async () => { throw new Error("GitHub is down"); } };
    queue.push(running);
    queue.push(queued);
    queue.push(newest);
    running.finish();
    await newest.started;
    newest.finish();
    let idle = false;
    const idled = queue.idle().then(() => (idle = true));
    await tick();
    expect(idle).toBe(false);
    concludeHook();
    await idled;
    expect(log).toEqual(["start pr7-sha1", "superseded pr7-sha2 by sha3", "end pr7-sha1", "start pr7-sha3", "end pr7-sha3", "concluded pr7-sha2"]);

    // A hook that throws is reported like a failing job.
    const blocker = gatedJob(log, "pr7-sha5", "o/r#7", "o/r#7");
    queue.push(blocker);
    queue.push(failingHook);
    queue.push(newest);
    blocker.finish();
    await queue.idle();
    expect(errors).toEqual(["pr7-sha4: GitHub is down"]);
  });

  test("a failing job is reported and the queue carries on", async () => {
    const errors: string[] = [];
    const queue = new ScanQueue({ onError: (error, job) => errors.push(`${job.label}: ${(error as Error).message}`) });
    let ran = false;
    queue.push({ key: "k", label: "boom", run: async () => { throw new Error("tarball too big"); } });
    queue.push({ key: "k", label: "next", run: async () => { ran = true; } });
    await queue.idle();
    expect(errors).toEqual(["boom: tarball too big"]);
    expect(ran).toBe(true);
  });

  test("idle resolves at once when nothing is queued", async () => {
    await expect(new ScanQueue().idle()).resolves.toBeUndefined();
  });
});
