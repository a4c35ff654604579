/** Precision of high/critical findings on the popular list, from the judgements in triage.tsv. */
import type { TriageRow, Verdict } from "./lists.js";
import { isSerious, type ReportFinding, type ScanOutcome } from "./outcome.js";

/** How long an evidence key is: long enough to tell findings apart, short enough to stay on one TSV line. */
const EVIDENCE_KEY_LENGTH = 160;

/** Evidence as triage.tsv holds it: whitespace (tabs, newlines) collapsed to one space, cut to a fixed length. */
export function evidenceKey(evidence: string | undefined): string {
  return (evidence ?? "").replace(/\s+/g, " ").trim().slice(0, EVIDENCE_KEY_LENGTH);
}

/** The file a finding points at (a dependency finding without a location is keyed by the dependency). */
export function findingFile(finding: ReportFinding): string {
  if (finding.location?.path) return finding.location.path;
  return finding.package ? `dependency:${finding.package.name}` : "-";
}

/** What tells a finding apart within its file: its evidence, or for a dependency finding without one, the dependency. */
export function findingEvidence(finding: ReportFinding): string {
  if (finding.evidence && finding.evidence.trim() !== "") return finding.evidence;
  return finding.package ? `dependency ${finding.package.name}` : "";
}

/** `path:line` for people; matching uses only the part before the last `:line`. */
export function findingLocation(finding: ReportFinding): string {
  const file = findingFile(finding);
  return finding.location?.startLine ? `${file}:${finding.location.startLine}` : file;
}

function locationFile(location: string): string {
  return location.replace(/:\d+$/, "");
}

/** Rule + server + file + evidence: line numbers move between versions and are left out. */
export function triageKey(rule: string, server: string, file: string, evidence: string): string {
  return [rule, server, file, evidenceKey(evidence)].join("\u0000");
}

export interface JudgedFinding {
  server: string;
  finding: ReportFinding;
  verdict?: Verdict;
  reason?: string;
}

export interface PrecisionSummary {
  /** Every high/critical finding on the servers that were scanned. */
  serious: JudgedFinding[];
  real: number;
  false: number;
  /** Findings no triage row matches: reported, never counted as true. */
  needsTriage: JudgedFinding[];
  /** real / (real + false); undefined with nothing judged. */
  precision: number | undefined;
  /** Triage rows that matched no current finding (the rules changed, or the package did): worth pruning. */
  unusedRows: TriageRow[];
}

export function judgeFindings(outcomes: readonly ScanOutcome[], rows: readonly TriageRow[], serverOf: (spec: string) => string): PrecisionSummary {
  const byKey = new Map<string, TriageRow>();
  for (const row of rows) byKey.set(triageKey(row.rule, row.package, locationFile(row.location), row.evidence), row);
  const used = new Set<TriageRow>();
  const serious: JudgedFinding[] = [];
  for (const outcome of outcomes) {
    if (outcome.status !== "ok") continue;
    const server = serverOf(outcome.spec);
    for (const finding of outcome.report.findings.filter(isSerious)) {
      const row = byKey.get(triageKey(finding.ruleId, server, findingFile(finding), findingEvidence(finding)));
      if (row) used.add(row);
      serious.push({ server, finding, verdict: row?.verdict, reason: row?.reason });
    }
  }
  const real = serious.filter((j) => j.verdict === "real").length;
  const falseCount = serious.filter((j) => j.verdict === "false").length;
  return {
    serious,
    real,
    false: falseCount,
    needsTriage: serious.filter((j) => j.verdict === undefined),
    precision: real + falseCount === 0 ? undefined : real / (real + falseCount),
    unusedRows: rows.filter((row) => !used.has(row)),
  };
}

/** A triage.tsv line for a finding nobody judged yet, verdict and reason left for the reader to fill in. */
export function triageTemplateLine(judged: JudgedFinding): string {
  const { finding } = judged;
  return [finding.ruleId, judged.server, findingLocation(finding), evidenceKey(findingEvidence(finding)), "?", "?"].join("\t");
}
