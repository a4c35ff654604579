import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { indexResults, resultsPath, type CatalogRow } from "../../src/catalog/results.js";
import { INTERRUPTED, runCatalog, type CatalogCounts } from "../../src/catalog/run.js";
import { summarise } from "../../src/catalog/summary.js";
import { schemaErrors } from "../../src/report/schemas.js";
import { finding, npmEntry, scanned, tableExecutor } from "../helpers/catalog.js";

let out: string;
beforeEach(() => (out = mkdtempSync(path.join(tmpdir(), "catalog-run-"))));
afterEach(() => rmSync(out, { recursive: true, force: true }));

const rows = (): CatalogRow[] =>
  readFileSync(resultsPath(out), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CatalogRow);

const ENTRIES = [npmEntry("a", "1.0.0"), npmEntry("b", "2.0.0"), npmEntry("c", "3.0.0"), npmEntry("a", "1.0.0")];

describe("runCatalog", () => {
  test("writes one row per server as it finishes, keyed by name@version; duplicates in the list run once", async () => {
    const executor = tableExecutor({ "npm:b": { status: "timeout", message: "the scan took longer than 180 s and was stopped", durationMs: 180_000 } });
    const result = await runCatalog({ entries: ENTRIES, outDir: out, executor, scanOptions: {}, runId: "run-1" });
    expect(executor.ran.sort()).toEqual(["npm:a", "npm:b", "npm:c"]);
    expect(result.keys).toEqual(["npm:a@1.0.0", "npm:b@2.0.0", "npm:c@3.0.0"]);
    expect(result.counts).toMatchObject({ total: 3, queued: 3, scanned: 2, failed: 1, alreadyDone: 0 });
    const written = rows();
    expect(written.map((r) => `${r.key} ${r.status}`).sort()).toEqual(["npm:a@1.0.0 scanned", "npm:b@2.0.0 failed", "npm:c@3.0.0 scanned"]);
    expect(written.find((r) => r.key === "npm:b@2.0.0")).toMatchObject({ failure: { kind: "timeout" }, run: "run-1" });
    expect(written.find((r) => r.key === "npm:a@1.0.0")?.report?.schemaVersion).toBe(1);
  });

  test("a rerun skips finished rows and retries failed ones; --rescan does them all again", async () => {
    await runCatalog({ entries: ENTRIES, outDir: out, executor: tableExecutor({ "npm:b": { status: "crash", message: "killed by SIGSEGV", durationMs: 1 } }), scanOptions: {}, runId: "run-1" });
    const second = tableExecutor();
    const result = await runCatalog({ entries: ENTRIES, outDir: out, executor: second, scanOptions: {}, runId: "run-2" });
    expect(second.ran).toEqual(["npm:b"]);
    expect(result.counts).toMatchObject({ alreadyDone: 2, queued: 1, scanned: 1, failed: 0 });
    const index = await indexResults(resultsPath(out));
    expect(index.current.get("npm:b@2.0.0")?.status).toBe("scanned");
    const third = tableExecutor();
    await runCatalog({ entries: ENTRIES, outDir: out, executor: third, scanOptions: {}, rescan: true, runId: "run-3" });
    expect(third.ran.sort()).toEqual(["npm:a", "npm:b", "npm:c"]);
  });

  test("a stop signal lets the scans in flight finish and record; a hard stop's interrupted jobs stay to do", async () => {
    const stop = new AbortController();
    const entries = ["a", "b", "c", "d", "e"].map((n) => npmEntry(n, "1.0.0"));
    const executor = tableExecutor(
      {
        "npm:a": async (job) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          stop.abort();
          return scanned(job.entry);
        },
        "npm:b": async () => {
          await new Promise((resolve) => setTimeout(resolve, 60));
          return { status: "crash", message: INTERRUPTED, durationMs: 1 };
        },
      },
      2,
    );
    const progress: CatalogCounts[] = [];
    const result = await runCatalog({ entries, outDir: out, executor, scanOptions: {}, signal: stop.signal, onProgress: (c) => progress.push(c) });
    expect(result.interrupted).toBe(true);
    expect(executor.ran).toEqual(["npm:a", "npm:b"]);
    expect(rows().map((r) => r.key)).toEqual(["npm:a@1.0.0"]);
    const resumed = tableExecutor();
    await runCatalog({ entries, outDir: out, executor: resumed, scanOptions: {} });
    expect(resumed.ran.sort()).toEqual(["npm:b", "npm:c", "npm:d", "npm:e"]);
    expect(progress.at(-1)).toMatchObject({ queued: 5, scanned: 1 });
  });

  test("a spec line without a version gets the newest one; one that cannot be looked up is a failed row, retried next time", async () => {
    const resolveVersion = async (entry: { name: string }): Promise<string> => {
      if (entry.name === "npm:gone") throw new Error("gone is not on the npm registry");
      return "4.5.6";
    };
    const executor = tableExecutor();
    const result = await runCatalog({ entries: [npmEntry("x"), npmEntry("gone")], outDir: out, executor, scanOptions: {}, resolveVersion });
    expect(result.keys.sort()).toEqual(["npm:gone@latest", "npm:x@4.5.6"]);
    expect(rows().find((r) => r.key === "npm:gone@latest")).toMatchObject({ status: "failed", failure: { kind: "error", message: "gone is not on the npm registry" } });
    expect(rows().find((r) => r.key === "npm:x@4.5.6")?.report?.target.version).toBe("4.5.6");
  });

  test("every row's report is schema-valid: a report of another shape (another mcp-trust version) is a failed row, not a result", async () => {
    const odd = scanned(npmEntry("odd", "1.0.0"));
    if (odd.status === "ok") (odd.value.report as unknown as Record<string, unknown>).extra = true;
    await runCatalog({ entries: [npmEntry("a", "1.0.0"), npmEntry("odd", "1.0.0")], outDir: out, executor: tableExecutor({ "npm:odd": odd }), scanOptions: {} });
    const written = rows();
    expect(schemaErrors("report", written.find((r) => r.key === "npm:a@1.0.0")?.report)).toEqual([]);
    expect(written.find((r) => r.key === "npm:odd@1.0.0")).toMatchObject({ status: "failed", failure: { kind: "error", message: expect.stringContaining("(extra)") } });
    expect(written.find((r) => r.key === "npm:odd@1.0.0")?.report).toBeUndefined();
  });

  test("a torn last line (a killed run) is skipped on read and does not swallow the next row", async () => {
    await runCatalog({ entries: [npmEntry("a", "1.0.0")], outDir: out, executor: tableExecutor(), scanOptions: {} });
    appendFileSync(resultsPath(out), '{"name":"npm:b","version":"2.0.0","key":"npm:b@2.0.0","sta');
    await runCatalog({ entries: [npmEntry("a", "1.0.0"), npmEntry("b", "2.0.0")], outDir: out, executor: tableExecutor(), scanOptions: {} });
    const index = await indexResults(resultsPath(out));
    expect(index.unreadable).toBe(1);
    expect([...index.current.keys()].sort()).toEqual(["npm:a@1.0.0", "npm:b@2.0.0"]);
  });
});

describe("summary", () => {
  test("per-dimension serious and any-finding shares of the scanned servers, grades, top rules, failure counts, previous scores", async () => {
    const entries = ["a", "b", "c", "d"].map((n) => npmEntry(n, "1.0.0"));
    const answers = {
      "npm:a": scanned(entries[0]!, [finding("supply-chain/install-script", "high", { message: "1" }), finding("supply-chain/install-script", "high", { message: "2" })]),
      "npm:b": scanned(entries[1]!, [finding("supply-chain/deprecated-dependency", "low"), finding("code/command-injection", "critical")]),
      "npm:c": scanned(entries[2]!),
      "npm:d": { status: "memory" as const, message: "more than 1024 MB", durationMs: 1 },
    };
    await runCatalog({ entries, outDir: out, executor: tableExecutor(answers), scanOptions: {}, runId: "run-1" });
    const index = await indexResults(resultsPath(out));
    const summary = summarise(index, entries.map((e) => `${e.name}@1.0.0`), "run-1", new Date("2026-11-01T00:00:00Z"));
    expect(summary.servers).toEqual({ listed: 4, scanned: 3, notChecked: 0, failed: 1, pending: 0 });
    expect(summary.failures).toEqual({ error: 0, timeout: 0, memory: 1, crash: 0 });
    expect(summary.dimensions["supply-chain"]).toMatchObject({ judged: 3, serious: 1, any: 2, seriousShare: 33.3, anyShare: 66.7, seed: { serious: 31.8, any: 37 } });
    expect(summary.dimensions.code).toMatchObject({ serious: 1, any: 1, seed: { serious: 1.6, any: 5.2 } });
    expect(summary.dimensions["package-verification"].seed).toEqual({ serious: 4, any: 46.9 });
    expect(summary.dimensions.transport.seed).toEqual({ serious: 2.7, any: 31.2 });
    expect(summary.dimensions["remote-endpoint"]).toMatchObject({ judged: 0, seed: { serious: 0, any: 22.7 } });
    expect(summary.topRules[0]).toEqual({ ruleId: "supply-chain/install-script", servers: 1, findings: 2 });
    expect(summary.grades.A + summary.grades.B + summary.grades.C + summary.grades.D + summary.grades.F + summary.grades.none).toBe(3);
    expect(summary.grades.F).toBe(1);

    // A later run that scans a newer version of c: its previous score is c@1.0.0's.
    const next = [npmEntry("c", "1.1.0")];
    await runCatalog({ entries: next, outDir: out, executor: tableExecutor({ "npm:c": scanned(next[0]!, [finding("code/ssrf", "medium")]) }), scanOptions: {}, runId: "run-2" });
    const later = await indexResults(resultsPath(out));
    expect(later.previous.get("npm:c@1.1.0")).toMatchObject({ score: 100, version: "1.0.0", run: "run-1" });
    expect(later.previous.has("npm:a@1.0.0")).toBe(false);
  });
});
