import { createHash } from "node:crypto";
import nock from "nock";
import type { CatalogEntry } from "../../src/catalog/entry.js";
import { planEntry, remoteOnlyReport, scanCatalogEntry, serverJsonFile } from "../../src/catalog/scan-entry.js";
import { githubArchive } from "../helpers/tarball.js";

const NOW = "2026-11-01T00:00:00.000Z";

function entry(doc: Record<string, unknown>): CatalogEntry {
  return {
    name: doc.name as string,
    version: doc.version as string,
    packages: (doc.packages as CatalogEntry["packages"]) ?? [],
    remotes: (doc.remotes as CatalogEntry["remotes"]) ?? [],
    serverJson: doc,
  };
}

describe("which package of a server is scanned", () => {
  test("the npm package is scanned; an OCI image beside it is listed as not checked with why", () => {
    const plan = planEntry(
      entry({
        name: "io.github.o/s",
        version: "1.0.0",
        packages: [
          { registryType: "oci", identifier: "o/s", version: "1.0.0" },
          { registryType: "npm", identifier: "@o/s", version: "1.0.0", registryBaseUrl: "https://registry.npmjs.org" },
        ],
      }),
    );
    expect(plan.scan).toEqual({ ecosystem: "npm", spec: "npm:@o/s@1.0.0", label: "npm:@o/s@1.0.0" });
    expect(plan.notChecked).toEqual([{ package: "oci:o/s@1.0.0", reason: expect.stringContaining("OCI container image") }]);
  });

  test("a PyPI package is scanned as pypi:name==version; one on another index is not checked", () => {
    const plan = planEntry(
      entry({
        name: "io.github.o/py",
        version: "0.6.2",
        packages: [
          { registryType: "pypi", identifier: "mcp-server-fetch", version: "0.6.2", registryBaseUrl: "https://pypi.org" },
          { registryType: "pypi", identifier: "other", version: "1.0", registryBaseUrl: "https://test.pypi.org" },
        ],
      }),
    );
    expect(plan.scan).toEqual({ ecosystem: "pypi", spec: "pypi:mcp-server-fetch==0.6.2", label: "pypi:mcp-server-fetch@0.6.2" });
    expect(plan.notChecked).toEqual([{ package: "pypi:other@1.0", reason: "published on test.pypi.org, not PyPI" }]);
  });

  test("an npm package on another registry, a second npm package, PyPI where it is not scanned, unknown kinds: not checked", () => {
    const plan = planEntry(
      entry({
        name: "io.github.o/s",
        version: "1.0.0",
        packages: [
          { registryType: "npm", identifier: "x", version: "1.0.0", registryBaseUrl: "https://npm.pkg.github.com" },
          { registryType: "npm", identifier: "a", version: "1.0.0" },
          { registryType: "npm", identifier: "b", version: "1.0.0" },
          { registryType: "pypi", identifier: "c", version: "1.0.0" },
          { registryType: "gem", identifier: "d" },
        ],
      }),
      ["npm"],
    );
    expect(plan.scan?.spec).toBe("npm:a@1.0.0");
    expect(plan.notChecked.map((n) => n.reason)).toEqual([
      "published on npm.pkg.github.com, not the npm registry",
      "another package of this server: the catalog scans its first one (npm:a@1.0.0)",
      "a pypi package: mcp-trust does not read this kind of package",
      expect.stringContaining("gem package"),
    ]);
    expect(planEntry(entry({ name: "a/b", version: "1", packages: [{ registryType: "pypi", identifier: "c", version: "1.0.0" }] }), ["npm", "pypi"]).scan?.spec).toBe("pypi:c==1.0.0");
  });
});

describe("a remote-only server", () => {
  test("is judged on its remote endpoints from server.json alone; the other dimensions are skipped, not passed", async () => {
    const doc = { name: "com.example/weather", version: "1.4.0", description: "x", remotes: [{ type: "sse", url: "http://203.0.113.7:8080/sse" }] };
    const report = await remoteOnlyReport(entry(doc), serverJsonFile(doc), { now: NOW });
    expect(report.target).toEqual({ kind: "remote", label: "com.example/weather@1.4.0", name: "com.example/weather", version: "1.4.0" });
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(["remote-endpoint/ip-or-tunnel-endpoint", "remote-endpoint/plain-http-endpoint"]);
    expect(report.findings.every((f) => f.location?.path === "server.json" && (f.location.startLine ?? 0) > 1)).toBe(true);
    expect(report.dimensions["remote-endpoint"].status).toBe("checked");
    for (const d of ["supply-chain", "package-verification", "code", "transport"] as const) expect(report.dimensions[d]).toEqual({ score: null, status: "skipped", findings: 0 });
    expect(report.score).toBe(report.dimensions["remote-endpoint"].score);
    expect(report.skipped[0]).toMatchObject({ check: "package", reason: expect.stringContaining("remote-only") });
  });

  test("an https endpoint on the namespace's own domain raises nothing", async () => {
    const doc = { name: "com.example/weather", version: "1.4.0", description: "x", remotes: [{ type: "streamable-http", url: "https://mcp.example.com/mcp" }] };
    const report = await remoteOnlyReport(entry(doc), serverJsonFile(doc), { now: NOW });
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
  });
});

describe("a PyPI server", () => {
  const PYPI = "https://pypi.catalog.example";
  const FILES = "https://files.catalog.example";
  const saved = { pypi: process.env["MCP_TRUST_PYPI_URL"], osv: process.env["MCP_TRUST_OSV_URL"] };
  beforeAll(() => {
    nock.disableNetConnect();
    process.env["MCP_TRUST_PYPI_URL"] = PYPI;
    process.env["MCP_TRUST_OSV_URL"] = "https://osv.catalog.example";
  });
  afterAll(() => {
    for (const [key, value] of [["MCP_TRUST_PYPI_URL", saved.pypi], ["MCP_TRUST_OSV_URL", saved.osv]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    nock.cleanAll();
    nock.enableNetConnect();
  });

  test("its sdist is scanned with the listed server.json beside it (its remote judged too)", async () => {
    const sdist = githubArchive(
      {
        "pyproject.toml": '[project]\nname = "weather-mcp"\nversion = "0.3.0"\ndependencies = ["mcp==1.9.0"]\n',
        "weather_mcp/__init__.py": 'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("w")\n\n@mcp.tool()\ndef forecast(city: str) -> str:\n    """The forecast."""\n    return city\n',
      },
      "weather_mcp-0.3.0",
    );
    nock(PYPI)
      .get("/pypi/weather-mcp/0.3.0/json")
      .reply(200, {
        info: { name: "weather-mcp", version: "0.3.0", requires_dist: ["mcp==1.9.0"], project_urls: null, yanked: false, yanked_reason: null },
        urls: [{ filename: "weather_mcp-0.3.0.tar.gz", packagetype: "sdist", url: `${FILES}/weather_mcp-0.3.0.tar.gz`, digests: { sha256: createHash("sha256").update(sdist).digest("hex") }, size: sdist.length, upload_time_iso_8601: "2026-01-01T00:00:00.000000Z", yanked: false }],
      })
      .persist();
    nock(FILES).get("/weather_mcp-0.3.0.tar.gz").reply(200, sdist).persist();
    nock("https://osv.catalog.example").post(/.*/).reply(200, { results: [] }).persist();
    const doc = {
      name: "io.github.acme/weather",
      version: "0.3.0",
      description: "Weather",
      packages: [{ registryType: "pypi", registryBaseUrl: "https://pypi.org", identifier: "weather-mcp", version: "0.3.0", transport: { type: "stdio" } }],
      remotes: [{ type: "sse", url: "http://198.51.100.4/sse" }],
    };
    const result = await scanCatalogEntry({ entry: entry(doc), options: { offline: false, now: NOW } });
    expect(result).toMatchObject({ status: "scanned", ecosystem: "pypi", package: "pypi:weather-mcp==0.3.0", notChecked: [] });
    expect(result.report?.target).toMatchObject({ kind: "pypi", name: "weather-mcp", version: "0.3.0" });
    expect(result.report?.tools?.map((t) => t.name)).toContain("forecast");
    expect(result.report?.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["remote-endpoint/plain-http-endpoint", "remote-endpoint/ip-or-tunnel-endpoint"]));
  });
});
