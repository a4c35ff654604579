/**
 * The pass/fail gate every surface applies: a severity no new finding may reach (critical unless set), and an optional
 * minimum score. Each setting remembers where it came from, so a result always says which gate applied.
 */
import { atLeast, SEVERITIES, type Finding, type Severity } from "./model.js";

export type FailOn = Severity | "none";

/** The gate with no config and no inputs: a new critical finding fails. */
export const DEFAULT_FAIL_ON: Severity = "critical";

export interface GateOptions {
  failUnder?: number;
  failOn?: FailOn;
}

/** One source of settings: command-line flags, the Action's inputs, or a config file; `from` names it for messages. */
export interface GateLayer {
  failUnder?: number | undefined;
  failOn?: FailOn | undefined;
  from: string;
}

export interface GateSetting<T> {
  value: T;
  /** "default", "--fail-on", "the fail-on input", ".github/mcp-trust.yml"... */
  from: string;
}

export interface Gate {
  failOn: GateSetting<FailOn>;
  failUnder?: GateSetting<number>;
}

/** Which findings the gate judged: a delta's new ones, or every finding of a scan with no base. */
export type GateScope = "new" | "all";

export interface GateResult {
  /** "off" only when fail-on is none and no fail-under is set: then nothing was judged, and nothing "passed". */
  status: "passed" | "failed" | "off";
  /** False only when the gate failed (the exit code, the step's and the check run's conclusion follow it). */
  passed: boolean;
  gate: Gate;
  scope: GateScope;
  /** Why it failed, one phrase each ("2 new findings at or above high"). */
  reasons: string[];
  /** What it checked and held ("no new finding at or above critical"), for a passed verdict. */
  held: string[];
  /** The findings that failed it. */
  blocking: Finding[];
}

/** The first layer that sets a key wins (flags or inputs before the config file); fail-on defaults to critical. */
export function resolveGate(layers: readonly GateLayer[]): Gate {
  const failOn = layers.find((l) => l.failOn !== undefined);
  const failUnder = layers.find((l) => l.failUnder !== undefined);
  return {
    failOn: failOn ? { value: failOn.failOn!, from: failOn.from } : { value: DEFAULT_FAIL_ON, from: "default" },
    ...(failUnder ? { failUnder: { value: failUnder.failUnder!, from: failUnder.from } } : {}),
  };
}

export function isGateOff(gate: Gate): boolean {
  return gate.failOn.value === "none" && gate.failUnder === undefined;
}

/** `findings` are the ones the gate counts: the new ones of a delta (scope "new"), or all of a scan's. */
export function evaluateGate(score: number | null, findings: readonly Finding[], gate: Gate, scope: GateScope = "all"): GateResult {
  const reasons: string[] = [];
  const held: string[] = [];
  const noun = (n: number): string => `${scope === "new" ? "new " : ""}finding${n === 1 ? "" : "s"}`;
  let blocking: Finding[] = [];
  const failOn = gate.failOn.value;
  if (failOn !== "none") {
    blocking = findings.filter((f) => !f.ignored && atLeast(f.severity, failOn));
    if (blocking.length > 0) reasons.push(`${blocking.length} ${noun(blocking.length)} at or above ${failOn}${severityBreakdown(blocking, failOn)}`);
    else held.push(`no ${noun(1)} at or above ${failOn}`);
  }
  if (gate.failUnder) {
    const minimum = gate.failUnder.value;
    if (score === null) reasons.push(`the score could not be computed, so fail-under ${minimum} is not met`);
    else if (score < minimum) reasons.push(`score ${score} is below fail-under ${minimum}`);
    else held.push(`score ${score} meets fail-under ${minimum}`);
  }
  const status = reasons.length > 0 ? "failed" : isGateOff(gate) ? "off" : "passed";
  return { status, passed: status !== "failed", gate, scope, reasons, held, blocking };
}

/** " (1 critical, 2 high)" when more than one severity is at or above the threshold; "" otherwise. */
function severityBreakdown(findings: readonly Finding[], threshold: Severity): string {
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 1 && counts[0]![0] === threshold) return "";
  return ` (${counts.map(([s, n]) => `${n} ${s}`).join(", ")})`;
}

/** "fail-on critical (default)", "fail-on high (.github/mcp-trust.yml), fail-under 70 (--fail-under)". */
export function describeGate(gate: Gate): string {
  const failOn = gate.failOn.from === "default" ? `fail-on ${gate.failOn.value} (the default gate)` : `fail-on ${gate.failOn.value} (${gate.failOn.from})`;
  return [failOn, ...(gate.failUnder ? [`fail-under ${gate.failUnder.value} (${gate.failUnder.from})`] : [])].join(", ");
}

export interface VerdictParts {
  icon: "✅" | "❌" | "⚪";
  status: "passed" | "failed" | "no gate";
  /** What failed, or what held; for no gate, why nothing was judged. */
  detail: string;
  /** Which gate applied, and where each setting came from. */
  gate: string;
}

export function verdictParts(result: GateResult): VerdictParts {
  const gate = describeGate(result.gate);
  if (result.status === "failed") return { icon: "❌", status: "failed", detail: result.reasons.join("; "), gate };
  if (result.status === "passed") return { icon: "✅", status: "passed", detail: result.held.join("; "), gate };
  return { icon: "⚪", status: "no gate", detail: `${gate} turns it off, so nothing was judged`, gate };
}

/** The one-line verdict every surface opens with; never "passed" when no gate applied. */
export function verdictText(result: GateResult): string {
  const v = verdictParts(result);
  const label = `${v.icon} ${v.status[0]!.toUpperCase()}${v.status.slice(1)}: ${v.detail}`;
  return v.status === "no gate" ? label : `${label} · gate: ${v.gate}`;
}

/** The verdict without the icon, for logs and exit messages ("gate failed: ..."). */
export function verdictPlain(result: GateResult): string {
  const v = verdictParts(result);
  return v.status === "no gate" ? `gate off: ${v.detail}` : `gate ${v.status}: ${v.detail} (${v.gate})`;
}
