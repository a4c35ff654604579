import { evaluateGate } from "../src/gate.js";
import type { Finding } from "../src/model.js";

const high: Finding = { ruleId: "supply-chain/x", dimension: "supply-chain", severity: "high", title: "t", message: "m", fingerprint: "f" };

describe("evaluateGate", () => {
  test("passes with no thresholds", () => {
    expect(evaluateGate(10, [high], {})).toEqual({ passed: true, reasons: [] });
  });
  test("fails under the minimum score", () => {
    expect(evaluateGate(69, [], { failUnder: 70 }).reasons).toEqual(["score 69 is below fail-under 70"]);
    expect(evaluateGate(70, [], { failUnder: 70 }).passed).toBe(true);
  });
  test("fails on a finding at or above the severity", () => {
    expect(evaluateGate(100, [high], { failOn: "high" }).reasons).toEqual(["1 finding at or above high (1 high)"]);
    expect(evaluateGate(100, [high], { failOn: "critical" }).passed).toBe(true);
    expect(evaluateGate(100, [high], { failOn: "none" }).passed).toBe(true);
  });
  test("ignored findings never fail the gate", () => {
    expect(evaluateGate(100, [{ ...high, ignored: { reason: "ok" } }], { failOn: "low" }).passed).toBe(true);
  });
});
