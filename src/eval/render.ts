/** The text `npm run eval` prints: the four figures first, then the listing behind each. */
import type { ReportFinding, ScanOutcome } from "./outcome.js";
import { failureText } from "./outcome.js";
import { findingLocation, triageTemplateLine, type PrecisionSummary } from "./precision.js";
import type { PairResult, RecallSummary } from "./recall.js";
import type { DimensionShare } from "./shares.js";

export interface EvalResults {
  heading: string;
  recall: RecallSummary;
  pairs: PairResult[];
  precision: PrecisionSummary;
  shares: DimensionShare[];
  popular: ScanOutcome[];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
}

function brief(finding: ReportFinding): string {
  return `${finding.ruleId} ${finding.severity} at ${findingLocation(finding)}`;
}

export function renderEval(results: EvalResults): string {
  const { recall, precision, shares } = results;
  const scanned = shares[0]?.servers ?? 0;
  const judged = precision.real + precision.false;
  const lines: string[] = [results.heading, ""];
  lines.push(
    `Recall over ${recall.pairs} advisory pairs: ${recall.caught}/${recall.pairs} = ${percent(recall.caught, recall.pairs)}` +
      ` (caught ${recall.caught}, missed ${recall.missed}, crashed or timed out ${recall.crashed})`,
  );
  lines.push(`Fixed versions still flagged for their advisory's rule: ${recall.fixedFlagged} of ${recall.fixedScanned} scanned`);
  lines.push(
    `Precision of high/critical findings on the popular list: ${precision.real}/${judged} = ` +
      `${precision.precision === undefined ? "n/a" : percent(precision.real, judged)}` +
      ` (${precision.serious.length} findings, ${precision.false} false, ${precision.needsTriage.length} need triage and are not counted)`,
  );
  lines.push(`Servers with a serious (high/critical) finding, popular list (${scanned} of ${results.popular.length} scanned):`);
  lines.push(`  ${"dimension".padEnd(22)}${"share".padStart(8)}${"servers".padStart(10)}${"study".padStart(9)}${"ratio".padStart(9)}`);
  for (const s of shares) {
    const ratio = s.ratio === undefined ? (s.share === 0 ? "=" : "-") : `${s.ratio.toFixed(2)}x`;
    lines.push(
      `  ${s.dimension.padEnd(22)}${percent(s.withSerious, s.servers).padStart(8)}${`${s.withSerious}/${s.servers}`.padStart(10)}` +
        `${`${(100 * s.study).toFixed(1)}%`.padStart(9)}${ratio.padStart(9)}`,
    );
  }

  lines.push("", "Advisory pairs:");
  for (const r of results.pairs) {
    const head = `  ${r.verdict.toUpperCase().padEnd(8)}${r.pair.vulnerable}  ${r.pair.rules.join("|")}  ${r.pair.advisory}`;
    if (r.verdict === "caught") lines.push(`${head}\n            ${r.hits.map(brief).join("; ")}`);
    else if (r.verdict === "crashed") lines.push(`${head}\n            ${r.vulnerableFailure}`);
    else lines.push(`${head}\n            near misses: ${r.nearMisses.length === 0 ? "none" : r.nearMisses.map(brief).join("; ")}`);
    if (r.fixedFlagged) lines.push(`            FIXED ${r.pair.fixed} still flagged: ${r.fixedHits.map(brief).join("; ")}`);
    if (r.fixedFailure) lines.push(`            fixed ${r.pair.fixed}: ${r.fixedFailure}`);
  }

  const failures = results.popular.filter((o) => o.status !== "ok");
  if (failures.length > 0) {
    lines.push("", "Popular servers without a report (left out of the shares):");
    for (const o of failures) lines.push(`  ${o.spec}: ${failureText(o)}`);
  }
  const falseOnes = precision.serious.filter((j) => j.verdict === "false");
  if (falseOnes.length > 0) {
    lines.push("", "False high/critical findings (from triage.tsv):");
    for (const j of falseOnes) lines.push(`  ${j.server}  ${brief(j.finding)}  -- ${j.reason}`);
  }
  if (precision.needsTriage.length > 0) {
    lines.push("", `Needs triage (${precision.needsTriage.length}): judge each by reading the code, then add the line to eval/triage.tsv`);
    for (const j of precision.needsTriage) lines.push(`  ${triageTemplateLine(j)}`);
  }
  if (precision.unusedRows.length > 0) {
    lines.push("", `Triage rows matching no current finding (${precision.unusedRows.length}; prune or re-judge):`);
    for (const row of precision.unusedRows) lines.push(`  eval/triage.tsv:${row.line}  ${row.rule}  ${row.package}  ${row.location}`);
  }
  return `${lines.join("\n")}\n`;
}
