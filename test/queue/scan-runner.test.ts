import { fileURLToPath } from "node:url";
import { UserError } from "../../src/errors.js";
import { scanTree } from "../../src/scan.js";
import { openDirectory } from "../../src/sources/local.js";
import { createIsolatedScanner, portableOptions, reportOf } from "../../src/queue/scan-runner.js";
import { TS_EXEC_ARGV } from "../helpers/child-process.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/install-script-dependency", import.meta.url));
const NOW = new Date("2026-11-01T00:00:00Z");

describe("isolated scans", () => {
  test("a tree scanned in a worker process reports exactly what an in-process scan does", async () => {
    const scanner = createIsolatedScanner({ size: 1, execArgv: TS_EXEC_ARGV });
    try {
      const tree = { ...openDirectory(FIXTURE), target: { kind: "github" as const, label: "octo/demo@abc1234" } };
      const isolated = await scanner.scanTree(tree, { offline: true, now: NOW });
      const local = await scanTree(tree, { offline: true, now: NOW });
      expect({ ...isolated, durationMs: 0 }).toEqual({ ...local, durationMs: 0 });
      expect(isolated.target.label).toBe("octo/demo@abc1234");
    } finally {
      await scanner.close();
    }
  });

  test("clients cannot cross a process boundary: refused, not silently dropped", () => {
    expect(() => portableOptions({ clients: {} })).toThrow(/in-process/);
  });

  test("outcomes: a time-out or the memory limit is the tree's doing (UserError), a crash is an internal error", () => {
    expect(() => reportOf({ status: "timeout", message: "took longer than 180 s", durationMs: 1 })).toThrow(UserError);
    expect(() => reportOf({ status: "memory", message: "more than 1024 MB", durationMs: 1 })).toThrow(UserError);
    expect(() => reportOf({ status: "error", message: "no such directory", userError: true, durationMs: 1 })).toThrow(UserError);
    const crash = (() => {
      try {
        reportOf({ status: "crash", message: "the scan process was killed by SIGSEGV", durationMs: 1 });
      } catch (error) {
        return error;
      }
    })();
    expect(crash).toBeInstanceOf(Error);
    expect(crash).not.toBeInstanceOf(UserError);
  });
});
