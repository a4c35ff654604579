import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { mapBounded, scanInChild } from "../../src/eval/scan-child.js";

// A stand-in for bin/mcp-trust.js: what it does depends on the spec it is asked to scan.
const FAKE_CLI = `
import { writeFileSync } from "node:fs";
const args = process.argv.slice(2);
const spec = args[1];
const output = args[args.indexOf("--output") + 1];
if (spec === "npm:good@1.0.0") writeFileSync(output, JSON.stringify({ findings: [{ ruleId: "code/ssrf", dimension: "code", severity: "high" }] }));
else if (spec === "npm:gate@1.0.0") { writeFileSync(output, JSON.stringify({ findings: [] })); process.exitCode = 1; }
else if (spec === "npm:broken@1.0.0") { process.stderr.write("mcp-trust: fetching 3 packuments\\nmcp-trust: internal error: boom\\n"); process.exitCode = 3; }
else if (spec === "npm:garbled@1.0.0") writeFileSync(output, "{not json");
else if (spec === "npm:thrown@1.0.0") { process.stderr.write("file:///x.js:1\\n    a.b\\n      ^\\n\\nTypeError: Cannot read properties of null (reading 'b')\\n    at f (file:///x.js:1:1)\\n\\nNode.js v20\\n"); process.exitCode = 1; }
else if (spec === "npm:slow@1.0.0") setTimeout(() => {}, 60000);
`;

describe("scanning in a child process", () => {
  let dir: string;
  let cli: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "eval-child-"));
    cli = path.join(dir, "fake-cli.mjs");
    writeFileSync(cli, FAKE_CLI);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("a report is read from the --output file; exit 1 (a gate) still has a report", async () => {
    const outcome = await scanInChild("good@1.0.0", { cli, timeoutMs: 20000 });
    expect(outcome.status).toBe("ok");
    if (outcome.status === "ok") expect(outcome.report.findings[0]?.ruleId).toBe("code/ssrf");
    expect((await scanInChild("gate@1.0.0", { cli, timeoutMs: 20000 })).status).toBe("ok");
  });

  test("another exit code is a crash with the last message line; an unreadable report too", async () => {
    const broken = await scanInChild("broken@1.0.0", { cli, timeoutMs: 20000 });
    expect(broken).toMatchObject({ status: "crash", exitCode: 3, message: "mcp-trust: internal error: boom" });
    expect(await scanInChild("garbled@1.0.0", { cli, timeoutMs: 20000 })).toMatchObject({ status: "crash", exitCode: 0 });
  });

  test("exit 1 without a report is an uncaught exception, reported by its error line", async () => {
    expect(await scanInChild("thrown@1.0.0", { cli, timeoutMs: 20000 })).toMatchObject({
      status: "crash",
      exitCode: 1,
      message: "TypeError: Cannot read properties of null (reading 'b')",
    });
  });

  test("a scan past its time limit is killed and reported as a time-out", async () => {
    const outcome = await scanInChild("slow@1.0.0", { cli, timeoutMs: 300 });
    expect(outcome.status).toBe("timeout");
  });
});

describe("bounded concurrency", () => {
  test("never more than the limit at once, results in input order", async () => {
    let running = 0;
    let peak = 0;
    const results = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
