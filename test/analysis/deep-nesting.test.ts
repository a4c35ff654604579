/**
 * The campaign's deep-nesting files (50,000 levels of each kind) crashed the scanner with SIGSEGV inside oxc-parser
 * or with a stack overflow in the walkers. The scan runs in a child process, so a regression fails this test
 * instead of killing the jest worker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Report } from "../../src/model.js";
import { compileSources, runCompiledCli, type CompiledSources } from "../helpers/compiled-sources.js";
import { CAMPAIGN_DEPTH, DEEP_JS, DEEP_PYTHON } from "../helpers/hostile.js";

let compiled: CompiledSources;
let root: string;

beforeAll(async () => {
  compiled = await compileSources();
  root = mkdtempSync(path.join(tmpdir(), "mcp-trust-deep-"));
  mkdirSync(path.join(root, "src"));
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "deep-server", version: "1.0.0", private: true }));
  for (const kind of [...Object.values(DEEP_JS), ...Object.values(DEEP_PYTHON)]) writeFileSync(path.join(root, "src", kind.file), kind.text(CAMPAIGN_DEPTH));
  // One readable file beside them: the scan goes on with everything it can read.
  writeFileSync(path.join(root, "src", "ok.js"), `import { exec } from "node:child_process";\nexport function run(cmd) { exec(cmd); }\n`);
}, 60_000);

afterAll(() => {
  compiled?.remove();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("every kind of deep nesting is skipped with a reason and a low finding, and the scan finishes", async () => {
  const run = await runCompiledCli(compiled, ["scan", root, "--offline", "--format", "json"]);
  expect(run.signal).toBeNull();
  expect(run.stderr).not.toMatch(/RangeError|Segmentation|\n\s+at /);
  expect([0, 1]).toContain(run.code);
  const report = JSON.parse(run.stdout) as Report;
  const files = [...Object.values(DEEP_JS), ...Object.values(DEEP_PYTHON)].map((k) => `src/${k.file}`);
  for (const file of files) {
    expect(report.skipped).toContainEqual({ check: `file ${file}`, reason: expect.stringMatching(/^nesting too deep to analyse \(past [\d,]+ levels by line \d+\)$/), dimension: "code" });
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: "code/unanalysable-code", severity: "low", location: expect.objectContaining({ path: file }) }));
  }
  // The readable file was still analysed.
  expect(report.findings.some((f) => f.ruleId === "code/command-injection" && f.location?.path === "src/ok.js")).toBe(true);
  expect(report.dimensions.code.status).toBe("partial");
  expect(report.partial).toBe(true);
}, 120_000);
