import { runRules, type DimensionDefinition } from "../../src/rules/engine.js";
import type { Rule } from "../../src/model.js";
import { buildSnapshot } from "../helpers/snapshot.js";

const alwaysFires: Rule = {
  id: "supply-chain/test-rule",
  dimension: "supply-chain",
  severity: "high",
  title: "Test rule",
  rationale: "r",
  remediation: "r",
  check: () => [{ message: "found", package: { name: "left-pad", version: "1.0.0" }, location: { path: "package-lock.json", startLine: 3 } }],
};
const needsAdvisories: Rule = { ...alwaysFires, id: "supply-chain/needs-advisories", needs: ["advisories"] };

const DEFINITIONS: DimensionDefinition[] = [
  { id: "supply-chain", implemented: true },
  { id: "remote-endpoint", implemented: true, applicable: () => false },
];

describe("runRules", () => {
  test("drafts become findings with a stable fingerprint that ignores line numbers", async () => {
    const snapshot = await buildSnapshot();
    const first = runRules([alwaysFires], DEFINITIONS, snapshot).findings[0]!;
    const moved = runRules([{ ...alwaysFires, check: () => [{ message: "found", package: { name: "left-pad", version: "1.0.0" }, location: { path: "package-lock.json", startLine: 90 } }] }], DEFINITIONS, snapshot).findings[0]!;
    expect(first).toMatchObject({ ruleId: "supply-chain/test-rule", dimension: "supply-chain", severity: "high", title: "Test rule" });
    expect(first.fingerprint).toBe(moved.fingerprint);
  });

  test("a rule whose fact is skipped is skipped, and its dimension is partial", async () => {
    const snapshot = await buildSnapshot({ facts: { skipped: [{ check: "advisories", reason: "endpoint answered 405" }] } });
    const run = runRules([alwaysFires, needsAdvisories], DEFINITIONS, snapshot);
    expect(run.findings.map((f) => f.ruleId)).toEqual(["supply-chain/test-rule"]);
    expect(run.skipped).toContainEqual({ check: "supply-chain/needs-advisories", reason: "needs advisories: endpoint answered 405" });
    expect(run.statuses["supply-chain"]).toBe("partial");
  });

  test("needs may depend on the tree", async () => {
    const snapshot = await buildSnapshot({ facts: { skipped: [{ check: "packuments", reason: "registry down" }] } });
    const conditional: Rule = { ...alwaysFires, id: "supply-chain/conditional", needs: (s) => (s.lockfile ? [] : ["packuments"]) };
    const run = runRules([conditional], DEFINITIONS, snapshot);
    expect(run.findings).toEqual([]);
    expect(run.skipped.map((x) => x.check)).toContain("supply-chain/conditional");
  });

  test("statuses: not-checked, not-applicable, skipped", async () => {
    const snapshot = await buildSnapshot({ facts: { skipped: [{ check: "advisories", reason: "down" }] } });
    const run = runRules([needsAdvisories], DEFINITIONS, snapshot);
    expect(run.statuses).toMatchObject({ "supply-chain": "skipped", "remote-endpoint": "not-applicable", code: "not-checked" });
  });

  test("config ignores mark findings ignored; expired ones stop applying and say so", async () => {
    const active = await buildSnapshot({ config: { ignore: [{ rule: "supply-chain/test-rule", package: "left-pad", reason: "reviewed", until: "2027-01-01" }] } });
    expect(runRules([alwaysFires], DEFINITIONS, active).findings[0]!.ignored).toEqual({ reason: "reviewed", until: "2027-01-01" });

    const expired = await buildSnapshot({ config: { ignore: [{ rule: "supply-chain/test-rule", reason: "reviewed", until: "2026-01-01" }] } });
    const finding = runRules([alwaysFires], DEFINITIONS, expired).findings[0]!;
    expect(finding.ignored).toBeUndefined();
    expect(finding.message).toContain("expired on 2026-01-01");

    const otherPackage = await buildSnapshot({ config: { ignore: [{ rule: "supply-chain/test-rule", package: "sharp", reason: "x" }] } });
    expect(runRules([alwaysFires], DEFINITIONS, otherPackage).findings[0]!.ignored).toBeUndefined();
  });
});
