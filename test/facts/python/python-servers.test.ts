/** The real pyproject.toml and uv.lock of the official fetch, git and time servers, scanned end to end with PyPI and OSV behind nock. */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import nock from "nock";
import { createOsvClient } from "../../../src/facts/osv.js";
import { parseUvLock } from "../../../src/facts/python/uv-lock.js";
import { createPypiClient } from "../../../src/facts/python/pypi-client.js";
import { scan } from "../../../src/scan.js";
import { readFileSync } from "node:fs";
import { inMemoryClients } from "../../helpers/snapshot.js";
import { pypiReleaseJson } from "../../helpers/pypi-json.js";

const PYPI = "https://pypi.test.example";
const OSV = "https://osv.test.example";
const NOW = new Date("2026-12-01T12:00:00Z");
const dir = (server: string): string => new URL(`../../fixtures/python-servers/${server}/`, import.meta.url).pathname;

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
afterEach(() => nock.cleanAll());

/** PyPI answers every locked release (the one named in `yanked` as yanked); OSV answers `osv` per "name@version". */
function serve(server: string, options: { yanked?: string; osv?: Record<string, string[]>; osvDown?: boolean } = {}): void {
  const lock = parseUvLock(readFileSync(`${dir(server)}uv.lock`, "utf8"), "uv.lock");
  for (const pkg of lock.packages) {
    const key = `${pkg.name}@${pkg.version}`;
    nock(PYPI).get(`/pypi/${pkg.name}/${pkg.version}/json`).reply(200, pypiReleaseJson(pkg, key === options.yanked ? { yanked: "broken release" } : {}));
  }
  if (options.osvDown) {
    nock(OSV).post("/v1/querybatch").times(2).replyWithError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED" });
    return;
  }
  nock(OSV)
    .post("/v1/querybatch")
    .reply(200, (_uri, body) => ({
      results: (body as { queries: { package: { name: string }; version: string }[] }).queries.map((q) => {
        const ids = options.osv?.[`${q.package.name}@${q.version}`] ?? [];
        return ids.length ? { vulns: ids.map((id) => ({ id, modified: "2025-06-10T00:00:00Z" })) } : {};
      }),
    }));
  for (const id of new Set(Object.values(options.osv ?? {}).flat())) {
    nock(OSV).get(`/v1/vulns/${id}`).reply(200, JSON.parse(readFileSync(new URL(`../../fixtures/osv/${id}.json`, import.meta.url), "utf8")));
  }
}

async function scanServer(server: string) {
  return scan({
    target: dir(server),
    now: NOW,
    clients: { ...inMemoryClients({}), pypi: createPypiClient({ baseUrl: PYPI }), osv: createOsvClient({ baseUrl: OSV }) },
  });
}

describe.each(["fetch", "git", "time"])("mcp-server-%s", (server) => {
  test("supply chain checked: every dependency read, the findings are the unbounded ranges and nothing else", async () => {
    serve(server);
    const report = await scanServer(server);
    expect(report.dimensions["supply-chain"].status).toBe("checked");
    expect(report.dependencies.length).toBeGreaterThan(40);
    expect(report.dependencies.every((d) => d.ecosystem === "pypi" && d.origin === "lockfile")).toBe(true);
    const supply = report.findings.filter((f) => f.dimension === "supply-chain");
    // Every runtime requirement of these servers is `name>=x` with no upper bound: `uvx mcp-server-…` resolves afresh.
    expect(new Set(supply.map((f) => f.ruleId))).toEqual(new Set(["supply-chain/unpinned-range"]));
    const pyproject = readFileSync(`${dir(server)}pyproject.toml`, "utf8");
    for (const f of supply) expect(pyproject.split("\n")[f.location!.startLine! - 1]).toContain(f.package!.name === "gitpython" ? "gitpython" : f.package!.name);
    expect(supply.filter((f) => f.severity === "medium").length).toBe(server === "fetch" ? 7 : 4);
    expect(report.skipped).toEqual([]);
  });
});

describe("advisories and yanked releases on a real lockfile", () => {
  test("OSV down: supply chain partial, the reason listed, never a pass", async () => {
    serve("time", { osvDown: true });
    const report = await scanServer("time");
    expect(report.dimensions["supply-chain"].status).toBe("partial");
    expect(report.skipped).toContainEqual({ check: "advisories", reason: expect.stringContaining("OSV") });
    expect(report.skipped).toContainEqual({ check: "supply-chain/known-vulnerability", reason: expect.stringContaining("needs advisories") });
  });

  test("an OSV advisory and a yanked release on the locked versions are reported", async () => {
    serve("git", { osv: { "pydantic@2.12.5": ["GHSA-9hjg-9r4m-mvj7"] }, yanked: "click@8.1.7" });
    const report = await scanServer("git");
    expect(report.dimensions["supply-chain"].status).toBe("checked");
    // The fixture advisory is about requests; OSV said pydantic here, and the record's affected list names requests only.
    const vuln = report.findings.find((f) => f.ruleId === "supply-chain/known-vulnerability");
    expect(vuln).toMatchObject({ package: { name: "pydantic", version: "2.12.5" }, evidence: "GHSA-9hjg-9r4m-mvj7", location: { path: "uv.lock" } });
    expect(report.findings.find((f) => f.ruleId === "supply-chain/deprecated-dependency")).toMatchObject({ package: { name: "click", version: "8.1.7" } });
    expect(report.dependencies.find((d) => d.name === "click")?.flags).toEqual(expect.arrayContaining(["deprecated-dependency", "unpinned-range"]));
  });
});
