/** Small report and list fixtures for the eval harness tests. */
import type { AdvisoryPair } from "../../src/eval/lists.js";
import type { ReportFinding, ScanOutcome } from "../../src/eval/outcome.js";

export function finding(ruleId: string, severity: ReportFinding["severity"], extra: Partial<ReportFinding> = {}): ReportFinding {
  const dimension = ruleId.split("/")[0] as ReportFinding["dimension"];
  return { ruleId, dimension, severity, location: { path: "dist/index.js", startLine: 10 }, evidence: "exec(`open ${url}`)", ...extra };
}

export function ok(spec: string, findings: ReportFinding[]): ScanOutcome {
  return { spec, status: "ok", report: { findings }, durationMs: 1 };
}

export function crash(spec: string): ScanOutcome {
  return { spec, status: "crash", exitCode: 3, message: "mcp-trust: internal error", durationMs: 1 };
}

export function timeout(spec: string): ScanOutcome {
  return { spec, status: "timeout", message: "no report after 1 s", durationMs: 1000 };
}

export function pair(rule = "code/command-injection", extra: Partial<AdvisoryPair> = {}): AdvisoryPair {
  return {
    vulnerable: "srv@1.0.0",
    fixed: "srv@1.0.1",
    dimension: rule.split("/")[0] as AdvisoryPair["dimension"],
    rules: [rule],
    advisory: "GHSA-xxxx-xxxx-xxxx",
    sink: "exec in openBrowser",
    checked: "dist/index.js:10 -> dist/index.js:12",
    line: 7,
    ...extra,
  };
}
