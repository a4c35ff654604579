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
  test("runs jobs in one long-lived process; a job that throws is an error outcome with one line and the process keeps serving", async () => {
    const p = pool();
    try {
      const first = await p.run({ do: "echo", value: 1 });
      expect(first).toMatchObject({ status: "ok", value: { value: 1 } });
      expect(await p.run({ do: "throw" })).toMatchObject({ status: "error", message: "parser exploded" });
      expect(await p.run({ do: "user-error" })).toMatchObject({ status: "error", message: "npm:nope: no such package", userError: true });
      const last = await p.run({ do: "echo", value: { nested: ["x"] } });
      expect(last).toMatchObject({ status: "ok", value: { value: { nested: ["x"] } } });
      if (first.status === "ok" && last.status === "ok") expect(last.value.pid).toBe(first.value.pid);
      expect(p.started).toBe(1);
    } finally {
      await p.close();
    }
  });

  test("every way a job can go wrong is an outcome, never a throw, and costs only its own process", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pool-test-"));
    // One process per job, all at once: their time limits run side by side.
    const p = pool({ size: 7, timeoutMs: 1500, memoryMb: 160 });
    try {
      const note = path.join(dir, "note");
      const [hang, spin, native, heap, segfault, exit, tmp] = await Promise.all([
        p.run({ do: "hang" }),
        p.run({ do: "spin" }),
        p.run({ do: "native-memory" }, { timeoutMs: 60_000 }),
        p.run({ do: "heap" }, { timeoutMs: 60_000 }),
        p.run({ do: "segfault" }),
        p.run({ do: "exit" }),
        p.run({ do: "tmp", note }),
      ]);
      expect(hang).toMatchObject({ status: "timeout", message: "the scan took longer than 2 s and was stopped" });
      // A synchronous loop (a parser stuck on hostile input) never yields: only the kill stops it.
      expect(spin).toMatchObject({ status: "timeout" });
      // Buffers live outside the JavaScript heap: the resident-size watch catches them; V8's limit catches the heap.
      expect(native).toMatchObject({ status: "memory", message: "the scan used more than 160 MB of memory and was stopped" });
      expect(heap).toMatchObject({ status: "memory" });
      expect(segfault).toMatchObject({ status: "crash", message: expect.stringContaining("SIGSEGV") });
      expect(exit).toMatchObject({ status: "crash", message: "the scan process exited with code 3: something went badly wrong" });
      // Temp files of a killed job go with its process.
      expect(tmp).toMatchObject({ status: "timeout" });
      const leftBehind = readFileSync(note, "utf8");
      expect(leftBehind).toContain("left-behind-");
      expect(existsSync(leftBehind)).toBe(false);
      // The pool still serves, in a fresh process.
      expect(await p.run({ do: "echo", value: 3 })).toMatchObject({ status: "ok", value: { value: 3 } });
      expect(p.started).toBe(8);
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
      for (const value of [1, 2, 3]) {
        const outcome = await p.run({ do: "echo", value });
        if (outcome.status === "ok") pids.push(outcome.value.pid);
      }
      expect(pids).toHaveLength(3);
      expect(pids[0]).toBe(pids[1]);
      expect(pids[2]).not.toBe(pids[1]);
    } finally {
      await p.close();
    }
  });

  test("kill() ends running jobs as interrupted at once", async () => {
    const p = pool();
    const running = p.run({ do: "hang" });
    await new Promise((resolve) => setTimeout(resolve, 300));
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
