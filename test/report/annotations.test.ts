import type { Finding, Severity } from "../../src/model.js";
import { planAnnotations } from "../../src/report/annotations.js";

const at = (severity: Severity, i: number, located = true): Finding => ({
  ruleId: `code/rule-${severity}`, dimension: "code", severity, title: "t", message: `m${i}`, fingerprint: `${severity}${i}`,
  ...(located ? { location: { path: `src/f${i}.ts`, startLine: i + 1 } } : {}),
});

describe("annotations", () => {
  test("levels by severity, paths from the repository root, located findings only", () => {
    const plan = planAnnotations([at("low", 1), at("critical", 2), at("medium", 3), at("high", 4, false), at("info", 5)], { pathPrefix: "servers/x" });
    expect(plan.annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ["error", "servers/x/src/f2.ts", 3],
      ["warning", "servers/x/src/f3.ts", 4],
      ["notice", "servers/x/src/f1.ts", 2],
      ["notice", "servers/x/src/f5.ts", 6],
    ]);
    expect(plan.annotations[0]!.title).toBe("code/rule-critical (critical)");
  });

  test("every high and critical is emitted; warnings and notices stop at the cap and are counted", () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => at("high", i)),
      ...Array.from({ length: 12 }, (_, i) => at("medium", i)),
      ...Array.from({ length: 11 }, (_, i) => at("low", i)),
    ];
    const plan = planAnnotations(findings);
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect([count("error"), count("warning"), count("notice")]).toEqual([15, 10, 10]);
    expect(plan.omitted).toEqual({ error: 0, warning: 2, notice: 1 });
  });

  test("ignored findings are not annotated", () => {
    expect(planAnnotations([{ ...at("high", 1), ignored: { reason: "ok" } }]).annotations).toEqual([]);
  });
});
