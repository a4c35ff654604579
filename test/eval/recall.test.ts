import { scorePair, summariseRecall } from "../../src/eval/recall.js";
import { crash, finding, ok, pair, timeout } from "./fixtures.js";

describe("advisory pair scoring", () => {
  test("caught: the rule fires at high or critical on the vulnerable version; the fixed one is quiet", () => {
    const result = scorePair(pair(), ok("srv@1.0.0", [finding("code/command-injection", "critical")]), ok("srv@1.0.1", []));
    expect(result.verdict).toBe("caught");
    expect(result.hits).toHaveLength(1);
    expect(result.fixedFlagged).toBe(false);
  });

  test("missed: below high, another rule, or an ignored finding does not count, and the near misses are listed", () => {
    const vulnerable = ok("srv@1.0.0", [
      finding("code/command-injection", "medium"),
      finding("code/dynamic-code-execution", "high"),
      finding("code/command-injection", "high", { ignored: { reason: "reviewed" } }),
      finding("transport/missing-origin-validation", "high"),
    ]);
    const result = scorePair(pair(), vulnerable, ok("srv@1.0.1", []));
    expect(result.verdict).toBe("missed");
    expect(result.nearMisses.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(["code/command-injection medium", "code/dynamic-code-execution high"]);
  });

  test("a finding of the rule in another dimension does not count", () => {
    const odd = { ...finding("code/command-injection", "high"), dimension: "transport" as const };
    expect(scorePair(pair(), ok("srv@1.0.0", [odd]), ok("srv@1.0.1", [])).verdict).toBe("missed");
  });

  test("an alternative rule of the row counts", () => {
    const row = pair("code/command-injection", { rules: ["code/command-injection", "code/argument-injection"] });
    expect(scorePair(row, ok("srv@1.0.0", [finding("code/argument-injection", "high")]), ok("srv@1.0.1", [])).verdict).toBe("caught");
  });

  test("a crash or a time-out of the vulnerable scan is a miss; of the fixed scan, unknown", () => {
    const crashed = scorePair(pair(), crash("srv@1.0.0"), timeout("srv@1.0.1"));
    expect(crashed.verdict).toBe("crashed");
    expect(crashed.vulnerableFailure).toMatch(/crashed \(exit 3/);
    expect(crashed.fixedFlagged).toBeUndefined();
    expect(crashed.fixedFailure).toMatch(/timed out/);
  });

  test("the fixed version still flagged for the rule is counted", () => {
    const result = scorePair(pair(), ok("srv@1.0.0", [finding("code/command-injection", "high")]), ok("srv@1.0.1", [finding("code/command-injection", "high")]));
    expect(result.fixedFlagged).toBe(true);
  });

  test("recall counts crashes as misses", () => {
    const results = [
      scorePair(pair(), ok("a@1.0.0", [finding("code/command-injection", "high")]), ok("a@1.0.1", [finding("code/command-injection", "critical")])),
      scorePair(pair(), ok("b@1.0.0", []), ok("b@1.0.1", [])),
      scorePair(pair(), crash("c@1.0.0"), crash("c@1.0.1")),
    ];
    expect(summariseRecall(results)).toEqual({ pairs: 3, caught: 1, missed: 1, crashed: 1, recall: 1 / 3, fixedScanned: 2, fixedFlagged: 1 });
  });
});
