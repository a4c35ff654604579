import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ProcessPool } from "../../src/queue/process-pool.js";
import { TS_EXEC_ARGV } from "../helpers/child-process.js";

const HANDLER = new URL("../fixtures/queue/misbehaving-handler.ts", import.meta.url);

type Payload = { do: string; value?: unknown; note?: string };

function pool(options: Partial<ConstructorParameters<typeof ProcessPool>[0]> = {}): ProcessPool<Payload, { value: unknown; pid: number }> {
  return new ProcessPool({ handler: HANDLER, size: 1, execArgv: TS_EXEC_ARGV, sampleMs: 50, ...options });
}

describe("ProcessPool", () => {
  test("runs jobs in one long-lived process and returns their results", async () => {
    const p = pool();
    try {
      const first = await p.run({ do: "echo", value: 1 });
      const second = await p.run({ do: "echo", value: { nested: ["x"] } });
      expect(first).toMatchObject({ status: "ok", value: { value: 1 } });
      expect(second).toMatchObject({ status: "ok", value: { value: { nested: ["x"] } } });
      if (first.status === "ok" && second.status === "ok") expect(second.value.pid).toBe(first.value.pid);
      expect(p.started).toBe(1);
    } finally {
      await p.close();
    }
  });

  test("a job that throws is an error outcome with one line, and the process keeps serving", async () => {
    const p = pool();
    try {
      expect(await p.run({ do: "throw" })).toMatchObject({ status: "error", message: "parser exploded" });
      expect(await p.run({ do: "user-error" })).toMatchObject({ status: "error", message: "npm:nope: no such package", userError: true });
      expect(await p.run({ do: "echo", value: 2 })).toMatchObject({ status: "ok" });
      expect(p.started).toBe(1);
    } finally {
      await p.close();
    }
  });

  test("a hung or spinning job times out; its process is replaced and the next job runs", async () => {
    const p = pool({ timeoutMs: 1500 });
    try {
      expect(await p.run({ do: "hang" })).toMatchObject({ status: "timeout", message: expect.stringContaining("longer than 2 s") });
      expect(await p.run({ do: "spin" }, { timeoutMs: 1000 })).toMatchObject({ status: "timeout" });
      expect(await p.run({ do: "echo", value: 3 })).toMatchObject({ status: "ok", value: { value: 3 } });
      expect(p.started).toBe(3);
    } finally {
      await p.close();
    }
  });

  test("a job past the memory limit is stopped: native memory by the resident-size watch, heap by V8's limit", async () => {
    const p = pool({ memoryMb: 200 });
    try {
      expect(await p.run({ do: "native-memory" })).toMatchObject({ status: "memory", message: expect.stringContaining("more than 200 MB") });
      expect(await p.run({ do: "heap" })).toMatchObject({ status: "memory" });
      expect(await p.run({ do: "echo", value: 4 })).toMatchObject({ status: "ok" });
    } finally {
      await p.close();
    }
  });

  test("a process that crashes (signal, exit) is a crash outcome naming how, never a throw", async () => {
    const p = pool();
    try {
      expect(await p.run({ do: "segfault" })).toMatchObject({ status: "crash", message: expect.stringContaining("SIGSEGV") });
      expect(await p.run({ do: "exit" })).toMatchObject({ status: "crash", message: "the scan process exited with code 3: something went badly wrong" });
      expect(await p.run({ do: "echo", value: 5 })).toMatchObject({ status: "ok" });
    } finally {
      await p.close();
    }
  });

  test("temp files of a killed job go with its process", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pool-test-"));
    const p = pool({ timeoutMs: 3000 });
    try {
      const note = path.join(dir, "note");
      expect(await p.run({ do: "tmp", note })).toMatchObject({ status: "timeout" });
      const leftBehind = readFileSync(note, "utf8");
      expect(leftBehind).toContain("left-behind-");
      expect(existsSync(leftBehind)).toBe(false);
    } finally {
      await p.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("runs `size` jobs at once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pool-test-"));
    const p = pool({ size: 2 });
    try {
      // The first job waits for a file only the second creates: with one process at a time this would never finish.
      const flag = path.join(dir, "flag");
      const [first, second] = await Promise.all([p.run({ do: "wait-for", note: flag }), p.run({ do: "create", note: flag })]);
      expect([first.status, second.status]).toEqual(["ok", "ok"]);
    } finally {
      await p.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("replaces a process after its job budget", async () => {
    const p = pool({ recycleAfterJobs: 2 });
    try {
      const pids: number[] = [];
      for (const value of [1, 2, 3, 4, 5]) {
        const outcome = await p.run({ do: "echo", value });
        if (outcome.status === "ok") pids.push(outcome.value.pid);
      }
      expect(pids).toHaveLength(5);
      expect(pids[0]).toBe(pids[1]);
      expect(pids[2]).toBe(pids[3]);
      expect(new Set(pids).size).toBe(3);
    } finally {
      await p.close();
    }
  });

  test("kill() ends running jobs as interrupted at once", async () => {
    const p = pool();
    const running = p.run({ do: "hang" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await p.kill("interrupted by Ctrl-C");
    expect(await running).toMatchObject({ status: "crash", message: "interrupted by Ctrl-C" });
    expect(await p.run({ do: "echo" })).toMatchObject({ status: "crash", message: "the process pool is closed" });
  });

  test("a handler that cannot load fails the waiting jobs instead of respawning forever", async () => {
    const p = pool({ handler: new URL("../fixtures/queue/does-not-exist.ts", import.meta.url) });
    try {
      expect(await p.run({ do: "echo" })).toMatchObject({ status: "crash", message: expect.stringContaining("fail to start") });
    } finally {
      await p.close();
    }
  });
});
