import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { defaultConfig } from "../../src/config.js";
import { collectFacts } from "../../src/facts/collect.js";
import { createPublishedClient } from "../../src/facts/published-client.js";
import { defaultRegistry } from "../../src/facts/registry.js";
import { readTarball } from "../../src/facts/tarball.js";
import { buildReport } from "../../src/scan.js";
import type { Report } from "../../src/model.js";
import { inMemoryClients } from "../helpers/snapshot.js";

// The real registry, so no interception: undo whatever nock patched in this worker.
nock.restore();
nock.enableNetConnect();

const registry = defaultRegistry();
const NAME = "@modelcontextprotocol/server-memory";

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

const online = await reachable(`${registry}${NAME.replace("/", "%2f")}`);
if (!online) console.log(`published-package smoke test skipped: ${registry} unreachable`);
const describeOnline = online ? describe : describe.skip;

describeOnline(`published-package smoke test: ${NAME} from ${registry}`, () => {
  let cacheDir: string;
  let sourceDir: string;
  let version: string;
  const client = () => createPublishedClient({ registry, cacheDir });

  beforeAll(async () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-smoke-"));
    sourceDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-smoke-src-"));
    const packument = await client().packument(NAME);
    version = packument!["dist-tags"]!["latest"]!;
    // The published tarball's own contents become the "source tree".
    const { files } = await readTarball(await client().tarball(NAME, version));
    for (const [rel, bytes] of files) {
      mkdirSync(path.dirname(path.join(sourceDir, rel)), { recursive: true });
      writeFileSync(path.join(sourceDir, rel), bytes);
    }
  }, 30_000);
  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(sourceDir, { recursive: true, force: true });
  });

  async function verify(): Promise<Report> {
    const snapshot = await collectFacts({
      root: sourceDir,
      target: { kind: "directory", label: sourceDir },
      config: defaultConfig(),
      clients: { ...inMemoryClients({}), published: client() },
      offline: true,
    });
    return buildReport(snapshot, 0);
  }
  const serious = (report: Report) =>
    report.findings.filter((f) => f.dimension === "package-verification" && (f.severity === "critical" || f.severity === "high"));

  test("its own tarball contents, as the source, verify clean", async () => {
    const report = await verify();
    expect(report.skipped.find((s) => s.check === "published")).toBeUndefined();
    expect(serious(report)).toEqual([]);
    expect(report.verification).toMatchObject({ status: "verified", package: `${NAME}@${version}`, rung: "per-file" });
  }, 30_000);

  test("the same tree with an install hook added to package.json is flagged critical", async () => {
    const manifestPath = path.join(sourceDir, "package.json");
    const manifest = JSON.parse((await import("node:fs")).readFileSync(manifestPath, "utf8")) as { scripts?: Record<string, string> };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, scripts: { ...manifest.scripts, postinstall: "node dist/index.js" } }, null, 2));
    const report = await verify();
    expect(serious(report).map((f) => `${f.ruleId}:${f.severity}:${f.evidence}`)).toContain("package-verification/manifest-mismatch:critical:scripts.postinstall");
    expect(report.verification?.status).toBe("mismatch");
  }, 30_000);
});
