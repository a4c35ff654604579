import type { Dimension, DimensionStatus, Finding, Severity } from "../src/model.js";
import { dimensionScore, grade, scoreCard } from "../src/score.js";

function finding(ruleId: string, severity: Severity, dimension: Dimension = "supply-chain", extra: Partial<Finding> = {}): Finding {
  return { ruleId, dimension, severity, title: "t", message: "m", fingerprint: `${ruleId}-${Math.random()}`, ...extra };
}

const ALL_CHECKED: Record<Dimension, DimensionStatus> = {
  "supply-chain": "checked",
  "package-verification": "checked",
  code: "checked",
  "remote-endpoint": "checked",
  transport: "checked",
};

describe("ruleset 1 scoring (pinned figures)", () => {
  test("severity deductions", () => {
    expect(dimensionScore([finding("a", "high")])).toBe(75);
    expect(dimensionScore([finding("a", "medium")])).toBe(90);
    expect(dimensionScore([finding("a", "low")])).toBe(97);
    expect(dimensionScore([finding("a", "info")])).toBe(100);
  });

  test("further findings of one rule deduct half the one before, never more than twice the weight", () => {
    expect(dimensionScore([finding("a", "medium"), finding("a", "medium")])).toBe(85);
    expect(dimensionScore(Array.from({ length: 30 }, () => finding("a", "medium")))).toBe(80);
    expect(dimensionScore([finding("a", "high"), finding("b", "high")])).toBe(50);
  });

  test("a critical finding caps the dimension at 40", () => {
    expect(dimensionScore([finding("a", "critical")])).toBe(40);
    expect(dimensionScore([finding("a", "critical"), finding("b", "high")])).toBe(15);
  });

  test("ignored findings do not deduct", () => {
    expect(dimensionScore([finding("a", "high", "code", { ignored: { reason: "reviewed" } })])).toBe(100);
  });

  test("overall is the weighted mean of applicable dimensions", () => {
    const card = scoreCard([finding("a", "high", "supply-chain")], ALL_CHECKED);
    // (75*35 + 100*65) / 100 = 91.25
    expect(card.score).toBe(91);
    expect(card.grade).toBe("A");
    expect(card.dimensions["supply-chain"]).toEqual({ score: 75, status: "checked", findings: 1 });
  });

  test("weights renormalise over the scored dimensions", () => {
    const statuses = { ...ALL_CHECKED, "remote-endpoint": "not-applicable", code: "not-checked" } as const;
    const card = scoreCard([finding("a", "high", "supply-chain")], statuses);
    // (75*35 + 100*20 + 100*15) / 70 = 87.5
    expect(card.score).toBe(88);
    expect(card.dimensions.code.score).toBeNull();
    expect(card.dimensions["remote-endpoint"].status).toBe("not-applicable");
  });

  test("any critical finding caps the overall score at 40", () => {
    expect(scoreCard([finding("a", "critical", "code")], ALL_CHECKED).score).toBe(40);
  });

  test("nothing scored gives no score", () => {
    const none = Object.fromEntries(Object.keys(ALL_CHECKED).map((k) => [k, "not-checked"])) as Record<Dimension, DimensionStatus>;
    expect(scoreCard([], none)).toMatchObject({ score: null, grade: null });
  });

  test("grades", () => {
    expect([90, 89, 80, 70, 60, 59].map(grade)).toEqual(["A", "B", "B", "C", "D", "F"]);
  });
});
