/** ESLint-RuleTester-style tables for rules: each `fires` case must produce findings, each `quiet` case none. */
import { toFinding } from "../../src/rules/engine.js";
import type { Finding, Rule, Severity } from "../../src/model.js";
import { buildSnapshot, type SnapshotInput } from "./snapshot.js";

export interface RuleCase extends SnapshotInput {
  name: string;
  /** Exact number of findings expected (fires only). */
  count?: number;
  /** Severity every finding must have (fires only). */
  severity?: Severity;
  /** Further assertions on the findings. */
  expect?: (findings: Finding[]) => void;
}

export async function runRule(rule: Rule, input: SnapshotInput): Promise<Finding[]> {
  const snapshot = await buildSnapshot(input);
  return rule.check(snapshot).map((draft) => toFinding(rule, draft));
}

export function ruleTest(rule: Rule, cases: { fires: RuleCase[]; quiet: RuleCase[] }): void {
  describe(rule.id, () => {
    test("has complete metadata", () => {
      expect(rule.id.startsWith(`${rule.dimension}/`)).toBe(true);
      for (const text of [rule.title, rule.rationale, rule.remediation]) expect(text.trim().length).toBeGreaterThan(10);
    });
    for (const c of cases.fires) {
      test(`fires: ${c.name}`, async () => {
        const findings = await runRule(rule, c);
        if (c.count !== undefined) expect(findings).toHaveLength(c.count);
        else expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) {
          expect(f.ruleId).toBe(rule.id);
          expect(f.message.length).toBeGreaterThan(0);
          if (c.severity) expect(f.severity).toBe(c.severity);
        }
        c.expect?.(findings);
      });
    }
    for (const c of cases.quiet) {
      test(`quiet: ${c.name}`, async () => {
        const findings = await runRule(rule, c);
        expect(findings).toEqual([]);
        c.expect?.(findings);
      });
    }
  });
}
