import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import nock from "nock";
import { UnavailableError } from "../../src/errors.js";
import { canonicalAdvisoryId, mergeAdvisories } from "../../src/facts/advisory-merge.js";
import { createOsvClient, cvssBaseScore } from "../../src/facts/osv.js";
import type { Advisory } from "../../src/model.js";

const OSV = "https://osv.test.example";
const record = (id: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../fixtures/osv/${id}.json`, import.meta.url), "utf8"));

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe("OSV client", () => {
  test("querybatch in input order, then one GET per id; a version gets only the records OSV returned for it", async () => {
    nock(OSV)
      .post("/v1/querybatch", {
        queries: [
          { package: { name: "requests", ecosystem: "PyPI" }, version: "2.32.3" },
          { package: { name: "reqeusts", ecosystem: "PyPI" }, version: "2.32.9" },
          { package: { name: "zod", ecosystem: "npm" }, version: "3.23.8" },
        ],
      })
      .reply(200, { results: [{ vulns: [{ id: "GHSA-9hjg-9r4m-mvj7", modified: "2025-06-10T16:21:08.123Z" }] }, { vulns: [{ id: "MAL-2025-41234", modified: "2025-03-02T08:12:44Z" }] }, {}] });
    nock(OSV).get("/v1/vulns/GHSA-9hjg-9r4m-mvj7").reply(200, record("GHSA-9hjg-9r4m-mvj7"));
    nock(OSV).get("/v1/vulns/MAL-2025-41234").reply(200, record("MAL-2025-41234"));
    const advisories = await createOsvClient({ baseUrl: OSV }).advisories([
      { ecosystem: "pypi", name: "requests", version: "2.32.3" },
      { ecosystem: "pypi", name: "reqeusts", version: "2.32.9" },
      { ecosystem: "npm", name: "zod", version: "3.23.8" },
    ]);
    expect(advisories).toEqual([
      expect.objectContaining({ id: "GHSA-9hjg-9r4m-mvj7", package: "requests", ecosystem: "pypi", severity: "moderate", vulnerableVersions: "<2.32.4", versions: ["2.32.3"], aliases: ["CVE-2024-47081"], cwe: ["CWE-522"] }),
      expect.objectContaining({ id: "MAL-2025-41234", package: "reqeusts", severity: "critical", malware: true, title: "Malicious code in reqeusts (PyPI)" }),
    ]);
  });

  test("follows next_page_token for the query that has one", async () => {
    nock(OSV).post("/v1/querybatch", { queries: [{ package: { name: "requests", ecosystem: "PyPI" }, version: "2.30.0" }] }).reply(200, { results: [{ vulns: [{ id: "PYSEC-2023-74" }], next_page_token: "p2" }] });
    nock(OSV).post("/v1/querybatch", { queries: [{ package: { name: "requests", ecosystem: "PyPI" }, version: "2.30.0", page_token: "p2" }] }).reply(200, { results: [{ vulns: [{ id: "GHSA-9hjg-9r4m-mvj7" }] }] });
    nock(OSV).get("/v1/vulns/PYSEC-2023-74").reply(200, record("PYSEC-2023-74"));
    nock(OSV).get("/v1/vulns/GHSA-9hjg-9r4m-mvj7").reply(200, record("GHSA-9hjg-9r4m-mvj7"));
    const advisories = await createOsvClient({ baseUrl: OSV }).advisories([{ ecosystem: "pypi", name: "requests", version: "2.30.0" }]);
    // PYSEC carries no rating: its CVSS 3.1 vector scores 6.1, moderate.
    expect(advisories.map((a) => [a.id, a.severity, a.vulnerableVersions])).toEqual([["PYSEC-2023-74", "moderate", ">=2.3.0, <2.31.0"], ["GHSA-9hjg-9r4m-mvj7", "moderate", "<2.32.4"]]);
  });

  test("unreachable or refusing: UnavailableError, never an empty answer", async () => {
    nock(OSV).post("/v1/querybatch").times(2).replyWithError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED" });
    await expect(createOsvClient({ baseUrl: OSV }).advisories([{ ecosystem: "pypi", name: "x", version: "1" }])).rejects.toThrow(UnavailableError);
    nock(OSV).post("/v1/querybatch").reply(429, "slow down");
    await expect(createOsvClient({ baseUrl: OSV }).advisories([{ ecosystem: "pypi", name: "x", version: "1" }])).rejects.toThrow(/OSV answered 429/);
    nock(OSV).post("/v1/querybatch").reply(200, { results: [] });
    await expect(createOsvClient({ baseUrl: OSV }).advisories([{ ecosystem: "pypi", name: "x", version: "1" }])).rejects.toThrow(/malformed/);
  });

  test("CVSS base scores for 3.x and 4.0 vectors", () => {
    expect(cvssBaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toBe(9.8);
    expect(cvssBaseScore("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).toBe(9.3);
    expect(cvssBaseScore("garbage")).toBeUndefined();
  });
});

describe("merging the npm bulk endpoint with OSV", () => {
  const npm: Advisory = { id: 1096366, package: "lodash", title: "Prototype Pollution in lodash", url: "https://github.com/advisories/GHSA-p6mc-m468-83gw", severity: "high", vulnerableVersions: "<4.17.21" };
  const osv: Advisory = { id: "GHSA-p6mc-m468-83gw", package: "lodash", ecosystem: "npm", title: "Prototype Pollution in lodash", severity: "high", vulnerableVersions: "<4.17.21", versions: ["4.17.20"], aliases: ["CVE-2020-8203"], sources: ["osv"] };
  test("one advisory per GHSA id, whichever source reported it", () => {
    expect(canonicalAdvisoryId(npm)).toBe("GHSA-p6mc-m468-83gw");
    const merged = mergeAdvisories([npm], [osv]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: "GHSA-p6mc-m468-83gw", sources: ["npm", "osv"], versions: ["4.17.20"], vulnerableVersions: "<4.17.21" });
    expect(merged[0]!.aliases).toEqual(expect.arrayContaining(["1096366", "CVE-2020-8203"]));
    expect(mergeAdvisories([npm], [])[0]!.id).toBe(mergeAdvisories([], [osv])[0]!.id);
  });
  test("OSV's malware flag wins; the same id in another ecosystem stays apart", () => {
    const mal = mergeAdvisories([{ ...npm, title: "Malware in lodash" }], [{ ...osv, malware: true, severity: "critical" }]);
    expect(mal[0]).toMatchObject({ malware: true, severity: "critical" });
    expect(mergeAdvisories([npm], [{ ...osv, ecosystem: "pypi" }])).toHaveLength(2);
  });
});
