/** Terminal rendering of a report or a delta: score, one line per dimension, findings grouped by severity. */
import { DIMENSIONS, SEVERITIES, type Delta, type Finding, type Report, type Severity } from "../model.js";
import { DIMENSION_LABEL, dimensionValue, locationText, signed } from "./labels.js";
import { verificationLines } from "./verification-line.js";

export interface TextOptions {
  color?: boolean;
}

type Paint = (code: string, s: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { critical: "1;31", high: "31", medium: "33", low: "36", info: "2" };

function painter(color: boolean | undefined): Paint {
  return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  const score = report.score === null ? "not scored" : `${report.score}/100 grade ${report.grade}`;
  lines.push(paint("1", `mcp-trust ${report.target.label}: ${score}`));
  if (report.dependencyOrigin === "resolved-now")
    lines.push(paint("2", "dependencies: no lockfile; tree resolved from the registry now (what npx would install today)"));
  lines.push("");
  for (const id of DIMENSIONS) {
    const d = report.dimensions[id];
    lines.push(`  ${DIMENSION_LABEL[id].padEnd(22)} ${dimensionValue(d).padEnd(16)} ${d.findings ? `${d.findings} finding${d.findings === 1 ? "" : "s"}` : ""}`.trimEnd());
  }
  if (report.verification && report.verification.status !== "not-applicable") lines.push("", ...verificationLines(report.verification).map((line) => `  ${line}`));
  const active = report.findings.filter((f) => !f.ignored);
  lines.push("", ...renderFindingGroups(active, paint));
  const ignored = report.findings.filter((f) => f.ignored);
  if (ignored.length) {
    lines.push(paint("2", `ignored by config (${ignored.length}):`));
    for (const f of ignored) lines.push(paint("2", `  ${f.ruleId} ${locationText(f)}: ${f.ignored!.reason}`));
    lines.push("");
  }
  if (report.skipped.length) {
    lines.push(paint("33", `skipped (${report.skipped.length}):`));
    for (const s of report.skipped) lines.push(`  ${s.check}: ${s.reason}`);
    lines.push("");
  }
  lines.push(paint("2", `${report.dependencies.length} dependencies, ${active.length} findings, ${report.durationMs} ms`));
  return `${lines.join("\n")}\n`;
}

function renderFindingGroups(findings: readonly Finding[], paint: Paint): string[] {
  if (findings.length === 0) return ["No findings.", ""];
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint(SEVERITY_COLOR[severity], `${severity.toUpperCase()} (${group.length})`));
    for (const f of group) {
      const where = locationText(f);
      lines.push(`  ${paint(SEVERITY_COLOR[severity], f.ruleId)}${where ? `  ${where}` : ""}`);
      lines.push(`    ${f.message}`);
    }
    lines.push("");
  }
  return lines;
}

export function renderDeltaText(delta: Delta, options: TextOptions = {}): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  const fmt = (s: number | null, g: string | null): string => (s === null ? "not scored" : `${s} (${g})`);
  lines.push(paint("1", `mcp-trust diff: ${fmt(delta.base.score, delta.base.grade)} -> ${fmt(delta.head.score, delta.head.grade)}  ${signed(delta.scoreChange)}`));
  lines.push(paint("2", `  base ${delta.base.target.label}`), paint("2", `  head ${delta.head.target.label}`), "");
  for (const id of DIMENSIONS) {
    const d = delta.dimensions[id];
    const shown = d.base === null && d.head === null ? "not scored" : `${d.base ?? "-"} -> ${d.head ?? "-"}  ${signed(d.change)}`;
    lines.push(`  ${DIMENSION_LABEL[id].padEnd(22)} ${shown}`);
  }
  lines.push("", paint("1", `New findings (${delta.newFindings.length})`));
  lines.push(...(delta.newFindings.length ? renderFindingGroups(delta.newFindings, paint) : ["  none", ""]));
  lines.push(paint("1", `Resolved findings (${delta.resolvedFindings.length})`));
  for (const f of delta.resolvedFindings) lines.push(`  ${f.ruleId}  ${locationText(f)}`);
  if (!delta.resolvedFindings.length) lines.push("  none");
  lines.push("", paint("1", `Dependency changes (${delta.dependencies.length})`));
  for (const c of delta.dependencies) {
    const versions = c.change === "changed" ? `${c.from} -> ${c.to}` : (c.to ?? c.from ?? "");
    const flags = c.flags.length ? paint("31", `  [${c.flags.join(", ")}]`) : "";
    lines.push(`  ${c.change.padEnd(8)} ${c.name}${c.ecosystem === "pypi" ? " (PyPI)" : ""} ${versions}${flags}`);
  }
  if (!delta.dependencies.length) lines.push("  none");
  lines.push("", paint("2", `${delta.unchangedFindings} findings unchanged`));
  return `${lines.join("\n")}\n`;
}
