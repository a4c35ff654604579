import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { defaultConfig } from "../../src/config.js";
import { collectFacts } from "../../src/facts/collect.js";
import { createPublishedClient } from "../../src/facts/published-client.js";
import { defaultRegistry } from "../../src/facts/registry.js";
import { readTarball } from "../../src/facts/tarball.js";
import { buildReport } from "../../src/scan.js";
import type { Report } from "../../src/model.js";
import { inMemoryClients } from "../helpers/snapshot.js";

const registry = defaultRegistry();
const NAME = "@modelcontextprotocol/server-memory";
const cacheDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-smoke-"));

// The network part runs in a child process: nock, once any test file in this jest worker has loaded it,
// intercepts node:http for the whole worker, and its passthrough cannot drive npm's agent. The child
// fills pacote's cache with exactly what createPublishedClient asks for; the test then reads it offline.
const FETCH_INTO_CACHE = `
import pacote from "pacote";
const [name, registry, cache] = process.argv.slice(1);
const options = { registry, cache };
await pacote.packument(name, { ...options, fullMetadata: true });
const { version } = await pacote.manifest(name, options);
await pacote.tarball(name + "@" + version, options);
process.stdout.write(version);
`;

function fetchIntoCache(): string | undefined {
  try {
    return execFileSync(process.execPath, ["--input-type=module", "-e", FETCH_INTO_CACHE, NAME, registry, path.join(cacheDir, "pacote")], {
      encoding: "utf8",
      timeout: 60_000,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    rmSync(cacheDir, { recursive: true, force: true });
    console.log(`published-package smoke test skipped: ${registry} unreachable (${String((error as Error).message).split("\n")[0]})`);
    return undefined;
  }
}

const latest = fetchIntoCache();
const describeOnline = latest ? describe : describe.skip;

describeOnline(`published-package smoke test: ${NAME} from ${registry}`, () => {
  let sourceDir: string;
  const version = latest!;
  const client = () => createPublishedClient({ registry, cacheDir, offline: true });

  beforeAll(async () => {
    sourceDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-smoke-src-"));
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
