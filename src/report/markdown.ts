/** Markdown for job summaries, PR comments and check runs; past GitHub's 65,535-character cap, a summarised form. */
import { DIMENSIONS, SEVERITIES, type Delta, type Finding, type Report } from "../model.js";
import { sortFindings } from "../rules/engine.js";
import { DIMENSION_LABEL, dimensionValue, locationText, signed } from "./labels.js";
import { verificationLines } from "./verification-line.js";

export const GITHUB_BODY_LIMIT = 65_535;
const SUMMARY_TOP_FINDINGS = 20;

export const COMMENT_MARKER = "<!-- mcp-trust -->";

export interface MarkdownOptions {
  /** Where the full report lives, named in the summarised form. */
  fullReportHint?: string;
  limit?: number;
}

const SEVERITY_ICON = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦", info: "⬜" } as const;

function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function findingRow(f: Finding): string {
  const where = locationText(f);
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | \`${f.ruleId}\` | ${escapeCell(where ? `\`${where}\`` : "")} | ${escapeCell(f.message)} |`;
}

function findingTable(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ["_None._"];
  return ["| Severity | Rule | Where | What |", "| --- | --- | --- | --- |", ...findings.map(findingRow)];
}

function countTable(findings: readonly Finding[]): string[] {
  const header = `| Dimension | ${SEVERITIES.join(" | ")} |`;
  const rows = DIMENSIONS.map((d) => {
    const own = findings.filter((f) => f.dimension === d);
    return `| ${DIMENSION_LABEL[d]} | ${SEVERITIES.map((s) => own.filter((f) => f.severity === s).length).join(" | ")} |`;
  });
  return [header, `| --- |${SEVERITIES.map(() => " --- |").join("")}`, ...rows];
}

function scoreLine(score: number | null, grade: string | null): string {
  return score === null ? "not scored" : `**${score}/100** (grade **${grade}**)`;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head = [
    `## MCP Trust: ${scoreLine(report.score, report.grade)}`,
    "",
    `Target: \`${report.target.label}\` · ruleset ${report.ruleset} · ${report.tool.name} ${report.tool.version}`,
    ...(report.dependencyOrigin === "resolved-now" ? ["", "_No lockfile: dependencies resolved from the registry at scan time._"] : []),
    "",
    "| Dimension | Score | Findings |",
    "| --- | --- | --- |",
    ...DIMENSIONS.map((d) => `| ${DIMENSION_LABEL[d]} | ${dimensionValue(report.dimensions[d])} | ${report.dimensions[d].findings} |`),
    "",
    ...(report.verification && report.verification.status !== "not-applicable" ? [...verificationLines(report.verification).map((line) => `**${escapeCell(line)}**  `), ""] : []),
  ];
  const active = sortFindings(report.findings.filter((f) => !f.ignored));
  const ignored = report.findings.filter((f) => f.ignored);
  const tail = [
    ...(report.skipped.length
      ? ["", "<details><summary>Skipped checks</summary>", "", ...report.skipped.map((s) => `- \`${s.check}\`: ${escapeCell(s.reason)}`), "", "</details>"]
      : []),
  ];
  const full = [
    ...head,
    `### Findings (${active.length})`,
    "",
    ...findingTable(active),
    ...(ignored.length
      ? ["", `<details><summary>Ignored by config (${ignored.length})</summary>`, "", ...ignored.map((f) => `- \`${f.ruleId}\` ${escapeCell(locationText(f))}: ${escapeCell(f.ignored!.reason)}`), "", "</details>"]
      : []),
    ...tail,
  ].join("\n");
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  if (full.length <= limit) return `${full}\n`;
  return capped(
    [
      ...head,
      `### Findings (${active.length}): summary`,
      "",
      ...countTable(active),
      "",
      `The ${Math.min(SUMMARY_TOP_FINDINGS, active.length)} most severe:`,
      "",
      ...findingTable(active.slice(0, SUMMARY_TOP_FINDINGS)),
      "",
      `_The full list is too long for GitHub (${full.length} characters)${options.fullReportHint ? `: see ${options.fullReportHint}` : ""}._`,
      ...tail,
    ].join("\n"),
    limit,
  );
}

export function renderDeltaMarkdown(delta: Delta, options: MarkdownOptions & { marker?: boolean } = {}): string {
  const head = [
    ...(options.marker ? [COMMENT_MARKER] : []),
    `## MCP Trust: ${scoreLine(delta.head.score, delta.head.grade)} (${signed(delta.scoreChange)} vs base)`,
    "",
    "| Dimension | Base | Head | Change |",
    "| --- | --- | --- | --- |",
    ...DIMENSIONS.map((d) => {
      const x = delta.dimensions[d];
      return `| ${DIMENSION_LABEL[d]} | ${x.base ?? "—"} | ${x.head ?? "—"} | ${x.base === null && x.head === null ? "—" : signed(x.change)} |`;
    }),
    "",
  ];
  const flagged = delta.dependencies.filter((c) => c.change !== "removed");
  const depRows = (changes: typeof flagged): string[] =>
    changes.length
      ? ["| Package | Change | Version | Risk flags |", "| --- | --- | --- | --- |", ...changes.map((c) => `| \`${c.name}\`${c.ecosystem === "pypi" ? " (PyPI)" : ""} | ${c.change} | ${c.change === "changed" ? `${c.from} → ${c.to}` : c.to} | ${c.flags.length ? c.flags.map((f) => `⚠️ ${f}`).join(", ") : ""} |`)]
      : ["_None._"];
  const removed = delta.dependencies.filter((c) => c.change === "removed");
  const details = [
    "",
    `<details><summary>Resolved findings (${delta.resolvedFindings.length}) · unchanged findings: ${delta.unchangedFindings} · removed dependencies: ${removed.length}</summary>`,
    "",
    ...findingTable(delta.resolvedFindings),
    ...(removed.length ? ["", ...removed.map((c) => `- removed \`${c.name}\`${c.ecosystem === "pypi" ? " (PyPI)" : ""} ${c.from}`)] : []),
    "",
    "</details>",
  ];
  const full = [
    ...head,
    `### New findings (${delta.newFindings.length})`,
    "",
    ...findingTable(delta.newFindings),
    "",
    `### New and changed dependencies (${flagged.length})`,
    "",
    ...depRows(flagged),
    ...details,
  ].join("\n");
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  if (full.length <= limit) return `${full}\n`;
  const risky = flagged.filter((c) => c.flags.length > 0);
  return capped(
    [
      ...head,
      `### New findings (${delta.newFindings.length}): summary`,
      "",
      ...countTable(delta.newFindings),
      "",
      `The ${Math.min(SUMMARY_TOP_FINDINGS, delta.newFindings.length)} most severe:`,
      "",
      ...findingTable(sortFindings([...delta.newFindings]).slice(0, SUMMARY_TOP_FINDINGS)),
      "",
      `### New and changed dependencies (${flagged.length}, ${risky.length} flagged)`,
      "",
      ...depRows(risky.slice(0, SUMMARY_TOP_FINDINGS)),
      "",
      `_Resolved findings: ${delta.resolvedFindings.length}; unchanged: ${delta.unchangedFindings}. The full delta is too long for GitHub${options.fullReportHint ? `: see ${options.fullReportHint}` : ""}._`,
    ].join("\n"),
    limit,
  );
}

/** Last resort: even the summary can overflow when single messages are huge. */
function capped(text: string, limit: number): string {
  const body = `${text}\n`;
  if (body.length <= limit) return body;
  const note = "\n\n_…truncated to fit GitHub's limit._\n";
  return body.slice(0, limit - note.length) + note;
}
