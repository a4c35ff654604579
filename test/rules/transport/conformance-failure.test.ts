import { conformanceFailure } from "../../../src/rules/transport/conformance-failure.js";
import { TRANSPORT_DIMENSION, TRANSPORT_RULES } from "../../../src/rules/transport/index.js";
import { runRules } from "../../../src/rules/engine.js";
import { buildSnapshot } from "../../helpers/snapshot.js";
import { ruleTest } from "../../helpers/rule-test.js";

const probe = (checks: { name: string; passed: boolean; detail: string }[]) => ({ transport: "stdio" as const, command: "node index.js", protocolVersion: "2025-11-25", checks, tools: [] });

ruleTest(conformanceFailure, {
  fires: [
    {
      name: "one failed check among passing ones",
      facts: { probe: probe([{ name: "initialize", passed: true, detail: "ok" }, { name: "stdout is JSON-RPC only", passed: false, detail: 'line 1 is not JSON: "Server v1 ready"' }]) },
      count: 1,
      severity: "high",
      expect: ([f]) => expect(f!.message).toContain("Server v1 ready"),
    },
  ],
  quiet: [
    { name: "every check passed", facts: { probe: probe([{ name: "initialize", passed: true, detail: "ok" }]) } },
    { name: "no --probe: nothing to judge", facts: {} },
  ],
});

test("a probe that was asked for but could not run skips the rule; without --probe it is not counted skipped", async () => {
  const asked = await buildSnapshot({ facts: { skipped: [{ check: "probe", reason: "no way to start the server" }] } });
  expect(runRules(TRANSPORT_RULES, [TRANSPORT_DIMENSION], asked).skipped.map((s) => s.check)).toContain("transport/conformance-failure");
  const notAsked = await buildSnapshot({});
  expect(runRules(TRANSPORT_RULES, [TRANSPORT_DIMENSION], notAsked).skipped).toEqual([]);
});
