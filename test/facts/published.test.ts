import { rmSync } from "node:fs";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import { scanTree } from "../../src/scan.js";
import { openDirectory } from "../../src/sources/local.js";
import type { Report } from "../../src/model.js";
import { memoryRegistry, packFiles, pkg } from "../helpers/published.js";
import { FIXED_NOW, inMemoryClients, writeTree } from "../helpers/snapshot.js";
import { built, source } from "../rules/package-verification/fixtures.js";

async function scanWith(files: Record<string, string>, registry: ReturnType<typeof memoryRegistry>, extra: { packageSpec?: string; rebuild?: boolean; target?: "npm" } = {}): Promise<Report> {
  const root = writeTree(files);
  try {
    const tree = openDirectory(root);
    if (extra.target === "npm") tree.target = { kind: "npm", label: "npm:demo-mcp@1.0.0", name: "demo-mcp", version: "1.0.0" };
    return await scanTree(tree, {
      offline: true,
      now: FIXED_NOW,
      clients: { ...inMemoryClients({}), published: registry },
      ...(extra.packageSpec ? { packageSpec: extra.packageSpec } : {}),
      ...(extra.rebuild ? { rebuild: true } : {}),
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const published = JSON.parse(built["package.json"]!) as Record<string, unknown>;
const registry = memoryRegistry("demo-mcp", { "1.0.0": { manifest: published, bytes: await packFiles(built) } });
const pvFindings = (report: Report) => report.findings.filter((f) => f.dimension === "package-verification");

describe("published package verification in a scan", () => {
  test("a clean TypeScript release reaches the per-file rung and says so in text and markdown", async () => {
    const report = await scanWith(source, registry);
    expect(pvFindings(report)).toEqual([]);
    expect(report.skipped.filter((s) => s.check.startsWith("package-verification/") && !/provenance|signature/.test(s.check))).toEqual([]);
    expect(report.verification).toMatchObject({ status: "verified", package: "demo-mcp@1.0.0", rung: "per-file" });
    expect(report.verification!.steps.map((s) => `${s.rung}:${s.outcome}`)).toEqual([
      "byte-identical:not-run",
      "content-identical:not-run",
      "per-file:held",
      "file-set:held",
    ]);
    expect(renderText(report)).toContain("Package verification: demo-mcp@1.0.0: per-file match (rung 2 of 4)");
    expect(renderMarkdown(report)).toContain("per-file match (rung 2 of 4)");
  });

  test("an unreachable registry is skipped, never a pass", async () => {
    const report = await scanWith(source, memoryRegistry("demo-mcp", {}, { unreachable: true }));
    expect(report.skipped).toContainEqual({ check: "published", reason: "could not reach the registry (ECONNREFUSED)" });
    expect(report.skipped.map((s) => s.check)).toContain("package-verification/manifest-confusion");
    expect(report.dimensions["package-verification"].status).not.toBe("checked");
    expect(report.verification?.status).toBe("skipped");
    expect(renderText(report)).toContain("Package verification skipped");
  });

  test("an injected install hook is critical and no rung holds above file-set", async () => {
    const tampered = { ...built, "package.json": pkg({ ...published, scripts: { postinstall: "node dist/index.js" } }), "dist/index.js": "evil();\n" };
    const report = await scanWith(source, memoryRegistry("demo-mcp", { "1.0.0": { manifest: JSON.parse(tampered["package.json"]), bytes: await packFiles(tampered) } }));
    expect(pvFindings(report).map((f) => `${f.ruleId}:${f.severity}`)).toContain("package-verification/manifest-mismatch:critical");
    expect(report.verification?.status).toBe("mismatch");
  });

  test("an npm: target is its own source: registry manifest vs tarball only", async () => {
    const report = await scanWith(built, registry, { target: "npm" });
    expect(report.verification).toMatchObject({ rung: "manifest-only", status: "verified" });
    expect(pvFindings(report).filter((f) => f.ruleId.includes("tarball-"))).toEqual([]);
  });

  test("a monorepo package is found through workspaces with --package", async () => {
    const mono = {
      "package.json": JSON.stringify({ name: "root", private: true, workspaces: ["packages/*"] }),
      ...Object.fromEntries(Object.entries(source).map(([p, t]) => [`packages/server/${p}`, t])),
      "packages/other/package.json": pkg({ name: "other" }),
    };
    const report = await scanWith(mono, registry, { packageSpec: "npm:demo-mcp@1.0.0" });
    expect(report.verification).toMatchObject({ rung: "per-file", package: "demo-mcp@1.0.0" });
  });

  test("a private tree without --package is not applicable", async () => {
    const report = await scanWith({ "package.json": JSON.stringify({ name: "x", private: true }) }, registry);
    expect(report.dimensions["package-verification"].status).toBe("not-applicable");
    expect(report.verification?.status).toBe("not-applicable");
  });

  test("--rebuild runs the build in a scratch copy and reaches byte-identical", async () => {
    const buildScript = "require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','console.error(1);\\n');";
    const jsSource = {
      "package.json": pkg({ bin: { "demo-mcp": "dist/index.js" }, files: ["dist"], scripts: { build: "node build.cjs" } }),
      "build.cjs": buildScript,
      "README.md": "# demo\n",
    };
    const release = { "package.json": jsSource["package.json"], "README.md": "# demo\n", "dist/index.js": "console.error(1);\n" };
    const bytes = await packFiles(release);
    const report = await scanWith(jsSource, memoryRegistry("demo-mcp", { "1.0.0": { manifest: JSON.parse(release["package.json"]), bytes } }), { rebuild: true });
    expect(report.verification).toMatchObject({ rung: "byte-identical", status: "verified" });
    expect(renderText(report)).toContain("byte-identical pack (rung 1 of 4");
  });
});
