import { diff } from "../../src/diff.js";
import type { Finding, Report } from "../../src/model.js";
import { COMMENT_MARKER, renderDeltaMarkdown, renderMarkdown } from "../../src/report/markdown.js";

function makeReport(findings: Finding[]): Report {
  const notChecked = { score: null, status: "not-checked" as const, findings: 0 };
  return {
    schemaVersion: 1, tool: { name: "mcp-trust", version: "0.1.0" }, ruleset: 1,
    target: { kind: "directory", label: "repo" }, score: 75, grade: "C",
    dimensions: { "supply-chain": { score: 75, status: "checked", findings: findings.length }, "package-verification": notChecked, code: notChecked, "remote-endpoint": notChecked, transport: notChecked },
    findings, dependencies: [], dependencyOrigin: "lockfile", skipped: [{ check: "advisories", reason: "405" }], durationMs: 5,
  };
}
const many = (n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({
    ruleId: "supply-chain/install-script", dimension: "supply-chain" as const, severity: i % 7 === 0 ? ("critical" as const) : ("medium" as const),
    title: "t", message: `package pkg-${i} | runs ${"a long explanation ".repeat(10)}`, fingerprint: `fp${i}`, package: { name: `pkg-${i}`, version: "1.0.0" },
  }));

describe("markdown", () => {
  test("full form lists every finding, escapes pipes, and lists skipped checks", () => {
    const md = renderMarkdown(makeReport(many(3)));
    expect(md).toContain("## MCP Trust: **75/100** (grade **C**)");
    expect(md).toContain("pkg-2@1.0.0");
    expect(md).toContain("pkg-0 \\| runs");
    expect(md).toContain("`advisories`: 405");
  });

  test("past the cap, a summarised form with counts and the 20 most severe", () => {
    const md = renderMarkdown(makeReport(many(2000)), { fullReportHint: "the job summary" });
    expect(md.length).toBeLessThanOrEqual(65_535);
    expect(md).toContain("summary");
    expect(md).toContain("see the job summary");
    expect(md.match(/^\| 🟥/gm)?.length).toBe(20);
  });

  test("delta comment carries the sticky marker and stays under the cap", () => {
    const delta = diff(makeReport([]), makeReport(many(2000)));
    const md = renderDeltaMarkdown(delta, { marker: true });
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    expect(md.length).toBeLessThanOrEqual(65_535);
    expect(md).toContain("New findings (2000): summary");
  });

  test("a PyPI dependency row says so; an npm one stays as it was", () => {
    const head = makeReport([]);
    head.dependencies = [
      { ecosystem: "pypi", name: "requests", version: "2.32.3", direct: true, dev: false, source: "registry", origin: "lockfile", flags: [] },
      { ecosystem: "npm", name: "zod", version: "3.23.8", direct: true, dev: false, source: "registry", origin: "lockfile", flags: [] },
    ];
    const md = renderDeltaMarkdown(diff(makeReport([]), head));
    expect(md).toContain("| `requests` (PyPI) | added | 2.32.3 |");
    expect(md).toContain("| `zod` | added | 3.23.8 |");
  });
});
