import { EventEmitter } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { runCli } from "../../src/cli/main.js";
import { parseCommandLine } from "../../src/cli/args.js";
import type { CatalogSummary } from "../../src/catalog/summary.js";
import { finding, scanned, tableExecutor } from "../helpers/catalog.js";

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "cli-catalog-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

function io(executor = tableExecutor(), extra: Record<string, unknown> = {}): { out: string[]; err: string[]; io: Parameters<typeof runCli>[1] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s), isTTY: false },
      catalog: { executor: () => executor, resolveVersion: async () => "1.0.0", ...extra },
    },
  };
}

describe("mcp-trust catalog", () => {
  test("--from a list of specs writes results.jsonl, summary.json, summary.md and the site, with progress on stderr", async () => {
    const list = path.join(dir, "servers.txt");
    writeFileSync(list, "# two servers\n@acme/one-mcp\nnpm:two-mcp@2.0.0\n");
    const out = path.join(dir, "out");
    const site = path.join(dir, "site");
    const executor = tableExecutor({ "npm:two-mcp": (job) => scanned(job.entry, [finding("supply-chain/install-script", "high")]) });
    const run = io(executor);
    expect(await runCli(["catalog", "--from", list, "--out", out, "--site", site, "--concurrency", "2"], run.io)).toBe(0);
    expect(run.out.join("")).toContain("2 scanned, 0 not checked, 0 failed of 2");
    expect(run.err.join("")).toMatch(/catalog \[#+\] 2\/2 100% [\d.]+\/s took/);
    const summary = JSON.parse(readFileSync(path.join(out, "summary.json"), "utf8")) as CatalogSummary;
    expect(summary.dimensions["supply-chain"]).toMatchObject({ serious: 1, seriousShare: 50 });
    expect(readFileSync(path.join(out, "summary.md"), "utf8")).toContain("| Supply chain | 50.0% (1) | 31.8% |");
    expect(readFileSync(path.join(out, "results.jsonl"), "utf8").trim().split("\n")).toHaveLength(2);
    expect(existsSync(path.join(site, "index.html"))).toBe(true);
  });

  test("--from-registry lists the MCP registry (nock) and scans what it lists", async () => {
    const page = JSON.parse(readFileSync(new URL("../fixtures/mcp-registry/page-2.json", import.meta.url), "utf8")) as Record<string, unknown>;
    nock("https://registry.example.test").get("/v0.1/servers").query({ limit: "100", version: "latest" }).reply(200, page);
    const executor = tableExecutor({ "io.github.acme/containers": { status: "ok", durationMs: 1, value: { status: "not-checked", notChecked: [{ package: "oci:acme/mcp-containers@0.9.1", reason: "an OCI container image" }] } } });
    const run = io(executor);
    expect(await runCli(["catalog", "--from-registry", "https://registry.example.test", "--out", dir], run.io)).toBe(0);
    expect(run.out.join("")).toContain("0 scanned, 1 not checked, 0 failed of 1");
    expect(run.err.join("")).toContain("1 listed entries cannot be catalogued");
    expect(readFileSync(path.join(dir, "summary.md"), "utf8")).toContain("| Not checked (no package mcp-trust reads) | 1 |");
  });

  test("Ctrl-C finishes the scans in flight, exits 130 and leaves a file the same command resumes", async () => {
    const list = path.join(dir, "servers.txt");
    writeFileSync(list, ["a", "b", "c", "d"].map((n) => `npm:${n}@1.0.0`).join("\n"));
    const signals = new EventEmitter();
    const first = io(
      tableExecutor(
        {
          "npm:a": async (job) => {
            signals.emit("SIGINT");
            return scanned(job.entry);
          },
        },
        1,
      ),
      { signals },
    );
    expect(await runCli(["catalog", "--from", list, "--out", dir], first.io)).toBe(130);
    expect(first.err.join("")).toContain("stopping: the scans in flight finish first");
    expect(first.err.join("")).toContain("interrupted with 3 servers to go: run the same command again to resume");
    const resumed = tableExecutor();
    const second = io(resumed);
    expect(await runCli(["catalog", "--from", list, "--out", dir], second.io)).toBe(0);
    expect(resumed.ran).toEqual(["npm:b", "npm:c", "npm:d"]);
    expect(second.out.join("")).toContain("4 scanned, 0 not checked, 0 failed of 4 (1 done before)");
  });

  test("usage mistakes are one line and exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["catalog"], /needs --from FILE or --from-registry/],
      [["catalog", "--from", "a", "--from-registry"], /not both/],
      [["catalog", "--from", "a", "--concurrency", "0"], /--concurrency must be a whole number/],
      [["catalog", "--from", "a", "--queue", "http://x"], /redis:\/\//],
      [["catalog", "--from", path.join(dir, "missing.txt")], /missing\.txt: no such file/],
      [["worker"], /worker needs --queue/],
      [["worker", "--queue", "redis://127.0.0.1:1", "--site", "x"], /--site goes with catalog/],
    ];
    for (const [argv, message] of cases) {
      const run = io();
      expect(await runCli(argv, run.io)).toBe(2);
      expect(run.err.join("")).toMatch(message);
      expect(run.err.join("").trim().split("\n")).toHaveLength(1);
    }
  });

  test("--from-registry alone means the official registry; catalog --help prints its options", async () => {
    expect(parseCommandLine(["catalog", "--from-registry", "--out", "x"])).toMatchObject({ from: { registry: "https://registry.modelcontextprotocol.io" }, outDir: "x" });
    const run = io();
    expect(await runCli(["catalog", "--help"], run.io)).toBe(0);
    expect(run.out.join("")).toContain("--from-registry [URL]");
  });
});
