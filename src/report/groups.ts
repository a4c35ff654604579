/** Findings grouped by rule (most severe rule first), and skipped checks folded by their cause: shared by text and markdown. */
import { SEVERITY_RANK, type Finding, type Severity, type Skipped } from "../model.js";
import { sortFindings } from "../rules/engine.js";

export interface RuleGroup {
  ruleId: string;
  title: string;
  /** The most severe finding's severity. */
  severity: Severity;
  findings: Finding[];
  /** The message when every finding of the group says the same; otherwise each says its own. */
  sharedMessage?: string;
}

export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings([...findings])) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  return [...groups.values()]
    .map((list): RuleGroup => {
      const messages = new Set(list.map((f) => f.message));
      return {
        ruleId: list[0]!.ruleId,
        title: list[0]!.title,
        severity: list[0]!.severity,
        findings: list,
        ...(messages.size === 1 ? { sharedMessage: list[0]!.message } : {}),
      };
    })
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.findings.length - a.findings.length || a.ruleId.localeCompare(b.ruleId));
}

/** Rules whose evidence the reports show in a section of their own (the word diff of a changed description). */
const EVIDENCE_SHOWN_ELSEWHERE = new Set(["code/tool-description-changed"]);

/** The evidence worth showing beside a finding: none when it only repeats the finding's path or a part of its message. */
export function shownEvidence(f: Finding): string | undefined {
  const evidence = f.evidence?.trim();
  if (!evidence || EVIDENCE_SHOWN_ELSEWHERE.has(f.ruleId)) return undefined;
  if (evidence === f.location?.path || f.message.includes(evidence)) return undefined;
  return f.evidence;
}

export interface SkippedCause {
  cause: string;
  checks: string[];
}

/**
 * "needs published: the registry serves no attestations" and the fact "published" itself fold into one cause, so
 * twelve checks skipped for one reason read as one line.
 */
export function foldSkipped(skipped: readonly Skipped[]): SkippedCause[] {
  const causes = new Map<string, string[]>();
  for (const s of skipped) {
    const cause = s.reason.replace(/^needs [\w-]+: /, "");
    causes.set(cause, [...(causes.get(cause) ?? []), s.check]);
  }
  return [...causes].map(([cause, checks]) => ({ cause, checks })).sort((a, b) => b.checks.length - a.checks.length || a.cause.localeCompare(b.cause));
}

/** A cause with its count, or with the files it names when it is about a few files ("src/a.js: is a FIFO, …"). */
function causeText(cause: SkippedCause): string {
  const files = cause.checks.filter((c) => c.startsWith("file ")).map((c) => c.slice(5));
  if (files.length === cause.checks.length && files.length <= 3) return `${files.join(", ")}: ${cause.cause}`;
  return `${cause.cause} (${cause.checks.length})`;
}

/** "7 checks skipped: the registry serves no attestations (5), advisory endpoint refused (2)". */
export function skippedSentence(causes: readonly SkippedCause[]): string {
  const total = causes.reduce((n, c) => n + c.checks.length, 0);
  return `${total} check${total === 1 ? "" : "s"} skipped: ${causes.map(causeText).join(", ")}`;
}
