import type { CatalogEntry } from "../../src/catalog/entry.js";
import { planEntry, remoteOnlyReport, serverJsonFile } from "../../src/catalog/scan-entry.js";

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

  test("an npm package on another registry, a second npm package, PyPI before it is supported, unknown kinds: not checked", () => {
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
      expect.stringContaining("PyPI"),
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
