import type { Finding } from "../../src/model.js";
import { checkRunAnnotations, MAX_CHECK_RUN_ANNOTATIONS, pageAnnotations, parseScoreMarker, scoreMarker } from "../../src/report/check-run.js";

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: "supply-chain/missing-integrity",
    dimension: "supply-chain",
    severity: "medium",
    title: "A locked dependency has no integrity hash",
    message: "dep has no integrity",
    fingerprint: Math.random().toString(36),
    ...overrides,
  };
}

describe("checkRunAnnotations", () => {
  test("maps severities to GitHub levels, defaults a missing line to 1, skips unlocated and ignored findings", () => {
    const { annotations, omitted } = checkRunAnnotations([
      finding({ severity: "critical", location: { path: "src/index.ts", startLine: 12, endLine: 14 } }),
      finding({ severity: "medium", location: { path: "package.json" } }),
      finding({ severity: "low", location: { path: "a.ts", startLine: 3 } }),
      finding({ severity: "high" }),
      finding({ severity: "high", location: { path: "b.ts", startLine: 1 }, ignored: { reason: "reviewed" } }),
    ]);
    expect(omitted).toBe(0);
    expect(annotations).toEqual([
      { path: "src/index.ts", start_line: 12, end_line: 14, annotation_level: "failure", title: "supply-chain/missing-integrity (critical)", message: "dep has no integrity\n\nRule: https://github.com/mcp-trust/mcp-trust/blob/main/docs/rules/supply-chain/missing-integrity.md" },
      { path: "package.json", start_line: 1, end_line: 1, annotation_level: "warning", title: "supply-chain/missing-integrity (medium)", message: "dep has no integrity\n\nRule: https://github.com/mcp-trust/mcp-trust/blob/main/docs/rules/supply-chain/missing-integrity.md" },
      { path: "a.ts", start_line: 3, end_line: 3, annotation_level: "notice", title: "supply-chain/missing-integrity (low)", message: "dep has no integrity\n\nRule: https://github.com/mcp-trust/mcp-trust/blob/main/docs/rules/supply-chain/missing-integrity.md" },
    ]);
  });

  test("has no per-level cap below its own total cap, and counts what it leaves out", () => {
    const many = Array.from({ length: MAX_CHECK_RUN_ANNOTATIONS + 7 }, (_, i) => finding({ severity: "low", location: { path: "package-lock.json", startLine: i + 1 } }));
    const { annotations, omitted } = checkRunAnnotations(many);
    expect(annotations).toHaveLength(MAX_CHECK_RUN_ANNOTATIONS);
    expect(omitted).toBe(7);
  });
});

test("pageAnnotations cuts into pages of 50", () => {
  const pages = pageAnnotations(Array.from({ length: 101 }, (_, i) => i));
  expect(pages.map((p) => p.length)).toEqual([50, 50, 1]);
  expect(pageAnnotations([])).toEqual([]);
});

describe("score marker", () => {
  test("round-trips a score and grade, and a not-scored result", () => {
    expect(scoreMarker({ score: 92, grade: "A" })).toBe("<!-- mcp-trust-score: 92 A -->");
    expect(parseScoreMarker(`Gate: passed.\n${scoreMarker({ score: 7, grade: "F" })}`)).toEqual({ score: 7, grade: "F" });
    expect(parseScoreMarker(scoreMarker({ score: null, grade: null }))).toEqual({ score: null, grade: null });
  });

  test("text without the marker, or with an impossible score, gives nothing", () => {
    expect(parseScoreMarker(null)).toBeUndefined();
    expect(parseScoreMarker("92/100 (grade A)")).toBeUndefined();
    expect(parseScoreMarker("<!-- mcp-trust-score: 920 A -->")).toBeUndefined();
  });
});
