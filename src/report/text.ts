/**
 * Terminal rendering of a report or a delta, for a person: the verdict, one line per dimension, findings grouped by
 * rule (the shared sentence once, then where), wrapped to the terminal with a hanging indent, skipped checks folded by
 * cause. Text from the scanned tree is shown, never obeyed (no terminal escapes get through).
 */
import { verdictText, type GateResult } from "../gate.js";
import { DIMENSIONS, type Delta, type DependencyChange, type Finding, type Report, type Severity, type ToolChange } from "../model.js";
import { foldSkipped, groupByRule, shownEvidence, skippedSentence } from "./groups.js";
import { DIMENSION_LABEL, dimensionValue, gradeLabel, signed } from "./labels.js";
import { revealHidden } from "./reveal.js";
import { ruleDocsUrl } from "./rule-docs.js";
import { verificationLines } from "./verification-line.js";
import { sameWords, wordDiff } from "./word-diff.js";
import { wrap } from "./wrap.js";

export interface TextOptions {
  color?: boolean;
  /** Columns to wrap to (default 100). */
  width?: number;
  /** The gate's result: the output then states its verdict. */
  gate?: GateResult;
}

type Paint = (code: string, s: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { critical: "1;31", high: "31", medium: "33", low: "36", info: "2" };
/** Locations listed per rule before the rest are counted. */
const LOCATIONS_PER_RULE = 20;

function painter(color: boolean | undefined): Paint {
  return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}

/** Scanned text on one line, with control and invisible characters shown as ⟨U+XXXX⟩. */
function shown(s: string): string {
  return revealHidden(s).replace(/\s+/g, " ").trim();
}

function where(f: Finding): string {
  const parts: string[] = [];
  if (f.package) parts.push(f.package.version ? `${f.package.name}@${f.package.version}` : f.package.name);
  if (f.location) parts.push(`${f.package ? "(" : ""}${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}${f.package ? ")" : ""}`);
  if (f.anchor) parts.push(`in ${f.anchor}`);
  return shown(parts.join(" "));
}

interface Context {
  paint: Paint;
  width: number;
}

function verdictLines(gate: GateResult | undefined, ctx: Context): string[] {
  if (!gate) return [];
  const color = gate.status === "failed" ? "1;31" : gate.status === "passed" ? "1;32" : "1";
  return wrap(verdictText(gate), ctx.width, "", "   ").map((line) => ctx.paint(color, line));
}

function findingGroups(findings: readonly Finding[], ctx: Context): string[] {
  const lines: string[] = [];
  for (const group of groupByRule(findings)) {
    const count = `${group.findings.length} finding${group.findings.length === 1 ? "" : "s"}`;
    const label = ctx.paint(SEVERITY_COLOR[group.severity], group.severity.toUpperCase());
    lines.push(...wrap(`${group.severity.toUpperCase()} ${group.ruleId} · ${count} · ${group.title}`, ctx.width, "", "    ").map((l, i) =>
      i === 0 ? l.replace(group.severity.toUpperCase(), label).replace(group.ruleId, ctx.paint("1", group.ruleId)) : l,
    ));
    if (group.sharedMessage) lines.push(...wrap(shown(group.sharedMessage), ctx.width, "  ", "  "));
    for (const f of group.findings.slice(0, LOCATIONS_PER_RULE)) {
      const place = where(f);
      const severity = f.severity !== group.severity ? ` (${f.severity})` : "";
      const evidence = shownEvidence(f);
      if (group.sharedMessage) {
        lines.push(...wrap(`${place || "(no location)"}${severity}${evidence ? `  ${shown(evidence)}` : ""}`, ctx.width, "  - ", "      "));
      } else {
        if (place) lines.push(...wrap(`${place}${severity}`, ctx.width, "  - ", "      "));
        lines.push(...wrap(shown(f.message), ctx.width, place ? "      " : "  - ", "      "));
        if (evidence) lines.push(...wrap(shown(evidence), ctx.width, "      > ", "        ").map((l) => ctx.paint("2", l)));
      }
    }
    const more = group.findings.length - LOCATIONS_PER_RULE;
    if (more > 0) lines.push(`  …and ${more} more`);
    const docs = ruleDocsUrl(group.ruleId);
    if (docs) lines.push(ctx.paint("2", `  ${docs}`));
    lines.push("");
  }
  return lines;
}

function skippedLines(report: Pick<Report, "skipped">, ctx: Context): string[] {
  const causes = foldSkipped(report.skipped);
  if (causes.length === 0) return [];
  return [...wrap(shown(skippedSentence(causes)), ctx.width, "", "  ").map((l) => ctx.paint("33", l)), ""];
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const ctx: Context = { paint: painter(options.color), width: options.width ?? 100 };
  const { paint } = ctx;
  const lines: string[] = [];
  const score = report.score === null ? "not scored" : `${report.score}/100 grade ${gradeLabel(report)}`;
  lines.push(paint("1", `mcp-trust ${shown(report.target.label)}: ${score}`));
  lines.push(...verdictLines(options.gate, ctx));
  if (report.dependencyOrigin === "resolved-now")
    lines.push(paint("2", "dependencies: no lockfile; tree resolved from the registry now (what npx would install today)"));
  lines.push("");
  for (const id of DIMENSIONS) {
    const d = report.dimensions[id];
    lines.push(`  ${DIMENSION_LABEL[id].padEnd(22)} ${dimensionValue(d).padEnd(16)} ${d.findings ? `${d.findings} finding${d.findings === 1 ? "" : "s"}` : ""}`.trimEnd());
  }
  if (report.verification && report.verification.status !== "not-applicable")
    lines.push("", ...verificationLines(report.verification).flatMap((line) => wrap(shown(line), ctx.width, "  ", "    ")));
  const active = report.findings.filter((f) => !f.ignored);
  lines.push("", ...(active.length ? findingGroups(active, ctx) : ["No findings.", ""]));
  const ignored = report.findings.filter((f) => f.ignored);
  if (ignored.length) {
    lines.push(paint("2", `ignored by config (${ignored.length}):`));
    for (const f of ignored) lines.push(...wrap(`${f.ruleId} ${where(f)}: ${shown(f.ignored!.reason)}`, ctx.width, "  ", "      ").map((l) => paint("2", l)));
    lines.push("");
  }
  lines.push(...skippedLines(report, ctx));
  lines.push(paint("2", `${report.dependencies.length} dependencies, ${active.length} findings, ${report.durationMs} ms`));
  return `${lines.join("\n")}\n`;
}

function toolChangeLines(changes: readonly ToolChange[], ctx: Context): string[] {
  if (changes.length === 0) return [];
  const lines = [ctx.paint("1", `Changed tool descriptions (${changes.length})`)];
  for (const change of changes) {
    lines.push(`  ${change.kind} ${shown(change.name)} in ${shown(change.location.path)}${change.location.startLine ? `:${change.location.startLine}` : ""}`);
    if (change.description) {
      const { before, after } = change.description;
      // git's --word-diff markers, [-removed-]{+added+}, coloured red and green on a terminal.
      const plain = sameWords(before, after)
        ? "(only whitespace changed)"
        : wordDiff(before, after)
            .map((p) => {
              const t = shown(p.text);
              const lead = /^\s/.test(p.text) ? " " : "";
              const trail = /\s$/.test(p.text) ? " " : "";
              if (p.kind === "added") return `${lead}{+${t}+}${trail}`;
              if (p.kind === "removed") return `${lead}[-${t}-]${trail}`;
              if (p.kind === "folded") return ` … ${t} … `;
              return revealHidden(p.text).replace(/\s+/g, " ");
            })
            .join("");
      lines.push(...paintWordDiff(wrap(plain, ctx.width, "    ", "    "), ctx.paint));
    }
    if (change.inputSchema) lines.push(...wrap(`input schema was ${shown(change.inputSchema.before)}, now ${shown(change.inputSchema.after)}`, ctx.width, "    ", "      "));
  }
  lines.push("");
  return lines;
}

/** Colours the marked runs of a wrapped word diff; a run may continue on the next line. */
function paintWordDiff(lines: string[], paint: Paint): string[] {
  let mode: "" | "32" | "31" = "";
  return lines.map((line) =>
    line
      .split(/(\{\+|\+\}|\[-|-\])/)
      .map((part) => {
        if (part === "{+") mode = "32";
        else if (part === "[-") mode = "31";
        const painted = mode ? paint(mode, part) : part;
        if (part === "+}" || part === "-]") mode = "";
        return painted;
      })
      .join(""),
  );
}

function dependencyLines(changes: readonly DependencyChange[], ctx: Context): string[] {
  if (changes.length === 0) return [ctx.paint("1", "Dependencies: no changes"), ""];
  const listed = changes.filter((c) => c.flags.length > 0 || c.direct);
  const rest = changes.filter((c) => !listed.includes(c));
  const flagged = changes.filter((c) => c.flags.length > 0).length;
  const lines = [ctx.paint("1", `Dependencies: ${changes.length} changed${flagged ? `, ${flagged} flagged` : ""}`)];
  for (const c of listed) {
    const versions = c.change === "changed" ? `${c.from} -> ${c.to}` : (c.to ?? c.from ?? "");
    const role = [c.ecosystem === "pypi" ? "PyPI" : "", c.direct ? "direct" : "", c.dev ? "dev" : ""].filter(Boolean).join(", ");
    const flags = c.flags.length ? ctx.paint("31", `  [${c.flags.join(", ")}]`) : "";
    lines.push(`  ${c.change.padEnd(8)} ${shown(c.name)}${role ? ` (${role})` : ""} ${shown(versions)}${flags}`);
  }
  if (rest.length) {
    const by = (kind: DependencyChange["change"]) => rest.filter((c) => c.change === kind).length;
    const counts = [`${by("added")} added`, `${by("changed")} updated`, `${by("removed")} removed`].filter((s) => !s.startsWith("0 "));
    lines.push(`  ${listed.length ? "…and " : ""}${rest.length} ${listed.length ? "more " : ""}transitive with no flags: ${counts.join(", ")}`);
  }
  lines.push("");
  return lines;
}

export function renderDeltaText(delta: Delta, options: TextOptions = {}): string {
  const ctx: Context = { paint: painter(options.color), width: options.width ?? 100 };
  const { paint } = ctx;
  const lines: string[] = [];
  const fmt = (side: Delta["base"]): string => (side.score === null ? "not scored" : `${side.score} (${gradeLabel(side, true)})`);
  lines.push(paint("1", `mcp-trust diff: ${fmt(delta.base)} -> ${fmt(delta.head)}  ${signed(delta.scoreChange)}`));
  lines.push(...verdictLines(options.gate, ctx));
  lines.push(paint("2", `  base ${shown(delta.base.target.label)}`), paint("2", `  head ${shown(delta.head.target.label)}`), "");
  for (const id of DIMENSIONS) {
    const d = delta.dimensions[id];
    const value = d.base === null && d.head === null ? "not scored" : `${d.base ?? "-"} -> ${d.head ?? "-"}  ${signed(d.change)}`;
    lines.push(`  ${DIMENSION_LABEL[id].padEnd(22)} ${value}`);
  }
  lines.push("", paint("1", `New findings (${delta.newFindings.length})`));
  lines.push(...(delta.newFindings.length ? findingGroups(delta.newFindings, ctx) : ["  none", ""]));
  lines.push(...toolChangeLines(delta.toolChanges, ctx));
  lines.push(paint("1", `Resolved findings (${delta.resolvedFindings.length})`));
  for (const group of groupByRule(delta.resolvedFindings)) {
    lines.push(...wrap(`${group.ruleId}: ${group.findings.map(where).filter(Boolean).join(", ") || `${group.findings.length}`}`, ctx.width, "  ", "      "));
  }
  if (!delta.resolvedFindings.length) lines.push("  none");
  lines.push("", ...dependencyLines(delta.dependencies, ctx));
  lines.push(paint("2", `${delta.unchangedFindings} finding${delta.unchangedFindings === 1 ? "" : "s"} unchanged`));
  return `${lines.join("\n")}\n`;
}
