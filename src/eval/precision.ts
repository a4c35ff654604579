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

function locationLine(location: string): number | undefined {
  const match = /:(\d+)$/.exec(location);
  return match ? Number(match[1]) : undefined;
}

/** Among rows with the same key (identical evidence in one file), the one whose line is nearest the finding's. */
function nearestRow(rows: readonly TriageRow[], line: number | undefined): TriageRow | undefined {
  if (rows.length <= 1 || line === undefined) return rows[0];
  const distance = (row: TriageRow) => {
    const rowLine = locationLine(row.location);
    return rowLine === undefined ? Number.POSITIVE_INFINITY : Math.abs(rowLine - line);
  };
  return [...rows].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * Rule + server + file + evidence: line numbers move between versions and are left out of the key. Only when one
 * file holds the same evidence twice does the line decide, by nearness.
 */
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
  const byKey = new Map<string, TriageRow[]>();
  for (const row of rows) {
    const key = triageKey(row.rule, row.package, locationFile(row.location), row.evidence);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const used = new Set<TriageRow>();
  const serious: JudgedFinding[] = [];
  for (const outcome of outcomes) {
    if (outcome.status !== "ok") continue;
    const server = serverOf(outcome.spec);
    for (const finding of outcome.report.findings.filter(isSerious)) {
      const candidates = byKey.get(triageKey(finding.ruleId, server, findingFile(finding), findingEvidence(finding))) ?? [];
      const row = nearestRow(candidates, finding.location?.startLine);
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
