/** What one scan of the eval harness gave: a report, or why there is none (a crash or a time-out counts as a miss). */
import type { Dimension, Severity } from "../model.js";

/** The part of a JSON report (schemaVersion 1) the harness reads. */
export interface ReportFinding {
  ruleId: string;
  dimension: Dimension;
  severity: Severity;
  location?: { path: string; startLine?: number };
  package?: { name: string; version?: string };
  evidence?: string;
  ignored?: unknown;
}

export interface EvalReport {
  target?: { name?: string; version?: string };
  findings: ReportFinding[];
  dimensions?: Partial<Record<Dimension, { status?: string }>>;
}

export type ScanOutcome =
  | { spec: string; status: "ok"; report: EvalReport; durationMs: number }
  | { spec: string; status: "crash"; exitCode: number | null; message: string; durationMs: number }
  | { spec: string; status: "timeout"; message: string; durationMs: number };

export const SERIOUS: readonly Severity[] = ["critical", "high"];

export function isSerious(finding: ReportFinding): boolean {
  return SERIOUS.includes(finding.severity) && !finding.ignored;
}

/** One line saying why a scan has no report, for the listing. */
export function failureText(outcome: ScanOutcome): string {
  if (outcome.status === "ok") return "ok";
  if (outcome.status === "timeout") return `timed out (${outcome.message})`;
  return `crashed (exit ${outcome.exitCode ?? "signal"}: ${outcome.message})`;
}
