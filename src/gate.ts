/** The pass/fail gate every surface applies: a minimum score and a severity no (new) finding may reach. */
import { atLeast, type Finding, type Severity } from "./model.js";

export interface GateOptions {
  failUnder?: number;
  failOn?: Severity | "none";
}

export interface GateResult {
  passed: boolean;
  reasons: string[];
}

/** `findings` are the ones the gate counts: all of a scan's, or only the new ones of a delta. */
export function evaluateGate(score: number | null, findings: readonly Finding[], options: GateOptions): GateResult {
  const reasons: string[] = [];
  if (options.failUnder !== undefined && score !== null && score < options.failUnder) {
    reasons.push(`score ${score} is below fail-under ${options.failUnder}`);
  }
  const failOn = options.failOn;
  if (failOn && failOn !== "none") {
    const blocking = findings.filter((f) => !f.ignored && atLeast(f.severity, failOn));
    if (blocking.length > 0) {
      const counts = countBySeverity(blocking);
      reasons.push(`${blocking.length} finding${blocking.length === 1 ? "" : "s"} at or above ${failOn} (${counts})`);
    }
  }
  return { passed: reasons.length === 0, reasons };
}

function countBySeverity(findings: readonly Finding[]): string {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return [...counts].map(([severity, n]) => `${n} ${severity}`).join(", ");
}
