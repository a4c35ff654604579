import { describeGate, evaluateGate, resolveGate, verdictPlain, verdictText } from "../src/gate.js";
import type { Finding } from "../src/model.js";

const finding = (severity: Finding["severity"], over: Partial<Finding> = {}): Finding => ({
  ruleId: "supply-chain/x", dimension: "supply-chain", severity, title: "t", message: "m", fingerprint: `f-${severity}`, ...over,
});
const high = finding("high");
const critical = finding("critical");
const none = resolveGate([]);
const config = (failOn?: Finding["severity"] | "none", failUnder?: number) => resolveGate([{ failOn, failUnder, from: ".github/mcp-trust.yml" }]);

describe("resolveGate", () => {
  test("with no config and no inputs, the gate is fail-on critical, said to be the default", () => {
    expect(none).toEqual({ failOn: { value: "critical", from: "default" } });
    expect(describeGate(none)).toBe("fail-on critical (the default gate)");
  });

  test("the first layer that sets a key wins, each setting keeps its source", () => {
    const gate = resolveGate([
      { failOn: "high", from: "command line" },
      { failOn: "low", failUnder: 70, from: ".mcp-trust.yml" },
    ]);
    expect(describeGate(gate)).toBe("fail-on high (command line), fail-under 70 (.mcp-trust.yml)");
  });
});

describe("evaluateGate", () => {
  test("the default gate fails on a new critical and passes a new high, saying which gate applied", () => {
    const failed = evaluateGate(40, [critical, high], none, "new");
    expect(failed.status).toBe("failed");
    expect(failed.passed).toBe(false);
    expect(failed.blocking).toEqual([critical]);
    expect(verdictText(failed)).toBe("❌ Failed: 1 new finding at or above critical · gate: fail-on critical (the default gate)");
    const passed = evaluateGate(75, [high], none, "new");
    expect(verdictText(passed)).toBe("✅ Passed: no new finding at or above critical · gate: fail-on critical (the default gate)");
  });

  test("fail-on none with no fail-under turns the gate off: never 'passed'", () => {
    const off = evaluateGate(10, [critical], config("none"), "new");
    expect(off.status).toBe("off");
    expect(off.passed).toBe(true);
    expect(verdictText(off)).not.toMatch(/pass/i);
    expect(verdictText(off)).toContain("fail-on none (.github/mcp-trust.yml)");
    expect(verdictPlain(off)).toMatch(/^gate off:/);
  });

  test("fails under the minimum score, and when no score could be computed", () => {
    expect(evaluateGate(69, [], config("none", 70)).reasons).toEqual(["score 69 is below fail-under 70"]);
    expect(evaluateGate(70, [], config("none", 70)).status).toBe("passed");
    expect(evaluateGate(null, [], config("none", 70)).status).toBe("failed");
  });

  test("counts findings at or above the severity, by severity when they differ", () => {
    expect(evaluateGate(100, [high, critical, high], config("high")).reasons).toEqual(["3 findings at or above high (1 critical, 2 high)"]);
    expect(evaluateGate(100, [high], config("high")).reasons).toEqual(["1 finding at or above high"]);
    expect(evaluateGate(100, [high], config("critical")).passed).toBe(true);
  });

  test("ignored findings never fail the gate", () => {
    expect(evaluateGate(100, [finding("critical", { ignored: { reason: "ok" } })], config("low")).passed).toBe(true);
  });
});
