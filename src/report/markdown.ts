/**
 * Markdown for PR comments, check-run summaries and job summaries, built as an mdast tree (src/report/md.ts) so nothing
 * from a scanned tree renders as markup. The verdict comes first; in a delta, only what the change adds is listed and
 * what was already there is counted. Past GitHub's 65,535-character cap, a summarised form.
 */
import type { PhrasingContent, RootContent } from "mdast";
import { verdictParts, type GateResult } from "../gate.js";
import { DIMENSIONS, SEVERITIES, type Delta, type DependencyChange, type DependencySummary, type Finding, type Report, type ToolChange } from "../model.js";
import { sortFindings } from "../rules/engine.js";
import { foldSkipped, groupByRule, shownEvidence, skippedSentence, type RuleGroup } from "./groups.js";
import { ignoreSnippet } from "./ignore-snippet.js";
import { DIMENSION_LABEL, dimensionValue, gradeLabel } from "./labels.js";
import * as md from "./md.js";
import { ruleDocsUrl } from "./rule-docs.js";
import { verificationLines } from "./verification-line.js";
import { RULESET } from "../score.js";
import { TOOL } from "../version.js";
import { sameWords, wordDiff } from "./word-diff.js";

export const GITHUB_BODY_LIMIT = 65_535;
const SUMMARY_TOP_FINDINGS = 20;
/** Locations listed per rule before the rest are counted. */
const LOCATIONS_PER_RULE = 30;

export const COMMENT_MARKER = "<!-- mcp-trust -->";

export interface MarkdownOptions {
  /** The gate's result: the body then opens with its verdict. */
  gate?: GateResult;
  /** Where the full report lives, named in the summarised form. */
  fullReportHint?: string;
  limit?: number;
  /** For the ignore snippets' expiry (tests pin it). */
  now?: Date;
}

/** Keeps an icon with its word (and a count with its severity) when a table column is narrow. */
const NBSP = "\u00a0";

const SEVERITY_ICON = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦", info: "⬜" } as const;

// ------------------------------------------------------------------ shared pieces

function verdict(gate: GateResult | undefined): RootContent[] {
  if (!gate) return [md.paragraph(md.strong(md.plain("MCP Trust")))];
  const v = verdictParts(gate);
  return [md.paragraph(md.strong(md.plain(`${v.icon} MCP Trust: ${v.status}`)), md.plain(` — ${v.detail}${v.status === "no gate" ? "" : ` · gate: ${v.gate}`}`))];
}

function scoreText(side: Pick<Report, "score" | "grade" | "partial">): string {
  return side.score === null ? "not scored" : `${side.score}/100 (${gradeLabel(side, true)})`;
}

function ruleLink(ruleId: string): PhrasingContent {
  const url = ruleDocsUrl(ruleId);
  return url ? md.link(url, md.code(ruleId)) : md.code(ruleId);
}

function where(f: Finding): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  if (f.location) parts.push(md.code(`${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}`));
  if (f.package) parts.push(...(parts.length ? [md.plain(" ")] : []), md.code(f.package.version ? `${f.package.name}@${f.package.version}` : f.package.name));
  if (f.anchor) parts.push(md.plain(" in "), md.code(f.anchor));
  return parts;
}

function ruleTable(groups: readonly RuleGroup[]): RootContent {
  return md.table(
    ["Severity", "Rule", "Findings"],
    groups.map((g) => [[md.plain(`${SEVERITY_ICON[g.severity]}${NBSP}${g.severity}`)], [ruleLink(g.ruleId), md.plain(` ${g.title}`)], [md.plain(countText(g))]]),
    [null, null, "right"],
  );
}

/** "2", or "2 (1 critical, 1 high)" when a rule's findings differ in severity. */
function countText(group: RuleGroup): string {
  const counts = SEVERITIES.map((s) => [s, group.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return counts.length > 1 ? `${group.findings.length} (${counts.map(([s, n]) => `${n}${NBSP}${s}`).join(", ")})` : String(group.findings.length);
}

/** One collapsed section per rule: what it says, where, the evidence, and the ignore block to paste. */
function groupDetails(group: RuleGroup, now: Date, withIgnore: boolean): RootContent[] {
  const shown = group.findings.slice(0, LOCATIONS_PER_RULE);
  const items = shown.map((f): PhrasingContent[] => {
    const item: PhrasingContent[] = [...where(f)];
    if (!group.sharedMessage) item.push(...(item.length ? [md.plain(": ")] : []), md.text(f.message));
    const evidence = shownEvidence(f);
    if (evidence) item.push(md.plain(" — "), md.code(clip(evidence, 160)));
    if (f.severity !== group.severity) item.push(md.plain(` (${f.severity})`));
    return item.length ? item : [md.text(f.message)];
  });
  const more = group.findings.length - shown.length;
  const children: RootContent[] = [
    ...(group.sharedMessage ? [md.paragraph(md.text(group.sharedMessage))] : []),
    md.list(items),
    ...(more > 0 ? [md.paragraph(md.emphasis(md.plain(`…and ${more} more.`)))] : []),
  ];
  if (withIgnore) {
    children.push(md.paragraph(md.plain("To accept these, add to "), md.code(".github/mcp-trust.yml"), md.plain(" (and say why):")));
    children.push(md.codeBlock(ignoreSnippet(group.findings, now).trimEnd(), "yaml"));
  }
  const count = group.findings.length;
  return md.details(`${group.ruleId}: ${count} ${count === 1 ? "finding" : "findings"}`, children);
}

function findingSections(title: string, findings: readonly Finding[], now: Date, withIgnore: boolean): RootContent[] {
  if (findings.length === 0) return [];
  const groups = groupByRule(findings);
  return [md.heading(4, md.plain(`${title} (${findings.length})`)), ruleTable(groups), ...groups.flatMap((g) => groupDetails(g, now, withIgnore))];
}

function countTable(findings: readonly Finding[]): RootContent {
  return md.table(
    ["Dimension", ...SEVERITIES],
    DIMENSIONS.map((d) => {
      const own = findings.filter((f) => f.dimension === d);
      return [[md.plain(DIMENSION_LABEL[d])], ...SEVERITIES.map((s) => [md.plain(String(own.filter((f) => f.severity === s).length))])];
    }),
  );
}

function topFindings(findings: readonly Finding[]): RootContent[] {
  const top = sortFindings([...findings]).slice(0, SUMMARY_TOP_FINDINGS);
  if (top.length === 0) return [];
  return [
    md.paragraph(md.plain(`The ${top.length} most severe:`)),
    md.table(
      ["Severity", "Rule", "Where"],
      top.map((f) => [[md.plain(`${SEVERITY_ICON[f.severity]}${NBSP}${f.severity}`)], [ruleLink(f.ruleId)], where(f)]),
    ),
  ];
}

function skippedSection(report: Report): RootContent[] {
  const causes = foldSkipped(report.skipped);
  if (causes.length === 0) return [];
  return md.details(`${report.skipped.length} skipped checks`, [
    md.paragraph(md.text(skippedSentence(causes))),
    md.list(causes.map((c) => [md.text(c.cause), md.plain(": "), ...c.checks.flatMap((check, i) => [...(i ? [md.plain(", ")] : []), md.code(check)])])),
  ]);
}

function footer(tool: { name: string; version: string }, ruleset: number, extra: string[] = []): RootContent {
  return md.smallPrint(md.plain([`${tool.name} ${tool.version}`, `ruleset ${ruleset}`, ...extra].join(" · ")));
}

/** Past the limit: the summarised form; past it even then (huge single messages), a hard cut with a note. */
function fit(full: RootContent[], summary: () => RootContent[], limit: number): string {
  const text = md.render(full);
  if (text.length <= limit) return text;
  const short = md.render(summary());
  if (short.length <= limit) return short;
  const note = "\n\n_…truncated to fit GitHub's limit._\n";
  return short.slice(0, limit - note.length) + note;
}

// ------------------------------------------------------------------ dependencies

function dependencyLabel(name: string, direct: boolean | undefined, dev: boolean | undefined, ecosystem: string | undefined): PhrasingContent[] {
  const role = [ecosystem === "pypi" ? "PyPI" : "", direct ? "direct" : "", dev ? "dev" : ""].filter(Boolean).join(", ");
  return [md.code(name), ...(role ? [md.plain(` (${role})`)] : [])];
}

function flagCell(flags: readonly string[]): PhrasingContent[] {
  return flags.flatMap((flag, i) => [...(i ? [md.plain(", ")] : []), md.plain("⚠️ "), md.code(flag)]);
}

function deltaDependencies(changes: readonly DependencyChange[], onlyFlagged = false): RootContent[] {
  if (changes.length === 0) return [];
  const listed = changes.filter((c) => c.flags.length > 0 || (!onlyFlagged && c.direct));
  const rest = changes.filter((c) => !listed.includes(c));
  const version = (c: DependencyChange): string => (c.change === "changed" ? `${c.from} → ${c.to}` : (c.to ?? c.from ?? ""));
  const flagged = changes.filter((c) => c.flags.length > 0).length;
  const nodes: RootContent[] = [md.heading(4, md.plain(`Dependencies: ${changes.length} changed${flagged ? `, ${flagged} flagged` : ""}`))];
  if (listed.length)
    nodes.push(
      md.table(
        ["Package", "Change", "Version", "Flags"],
        listed.map((c) => [dependencyLabel(c.name, c.direct, c.dev, c.ecosystem), [md.plain(c.change)], [md.code(version(c))], flagCell(c.flags)]),
      ),
    );
  if (rest.length) {
    const by = (kind: DependencyChange["change"]) => rest.filter((c) => c.change === kind).length;
    const counts = [`${by("added")} added`, `${by("changed")} updated`, `${by("removed")} removed`].filter((s) => !s.startsWith("0 "));
    nodes.push(md.paragraph(md.plain(`${listed.length ? "…and " : ""}${rest.length} ${listed.length ? "more " : ""}transitive ${rest.length === 1 ? "dependency" : "dependencies"} with no flags: ${counts.join(", ")}.`)));
  }
  return nodes;
}

function reportDependencies(deps: readonly DependencySummary[]): RootContent[] {
  if (deps.length === 0) return [];
  const listed = deps.filter((d) => d.flags.length > 0 || d.direct);
  const flagged = deps.filter((d) => d.flags.length > 0).length;
  const rest = deps.length - listed.length;
  const nodes: RootContent[] = [md.heading(4, md.plain(`Dependencies: ${deps.length}${flagged ? `, ${flagged} flagged` : ""}`))];
  if (listed.length)
    nodes.push(
      md.table(
        ["Package", "Version", "Source", "Flags"],
        listed.map((d) => [dependencyLabel(d.name, d.direct, d.dev, d.ecosystem), [md.code(d.version)], [md.plain(d.source)], flagCell(d.flags)]),
      ),
    );
  if (rest > 0) nodes.push(md.paragraph(md.plain(`${listed.length ? "…and " : ""}${rest} ${listed.length ? "more " : ""}transitive ${rest === 1 ? "dependency" : "dependencies"} with no flags.`)));
  return nodes;
}

// ------------------------------------------------------------------ tool changes

function toolChangeSection(changes: readonly ToolChange[]): RootContent[] {
  if (changes.length === 0) return [];
  const nodes: RootContent[] = [md.heading(4, md.plain(`Changed tool descriptions (${changes.length})`))];
  for (const change of changes) {
    const loc = `${change.location.path}${change.location.startLine ? `:${change.location.startLine}` : ""}`;
    nodes.push(md.paragraph(md.plain(`${change.kind} `), md.strong(md.code(change.name)), md.plain(" in "), md.code(loc)));
    if (change.description) {
      const { before, after } = change.description;
      const parts = sameWords(before, after)
        ? [md.emphasis(md.plain("only whitespace changed"))]
        : wordDiff(before, after).flatMap((p): PhrasingContent[] => {
            if (p.kind === "same") return [md.text(p.text)];
            // Spaces stay outside the marks: `**x** next` needs no escaping, and a code span keeps no edge spaces.
            const lead = /^\s/.test(p.text) ? [md.plain(" ")] : [];
            const trail = /\s$/.test(p.text) ? [md.plain(" ")] : [];
            const inner = p.text.trim();
            if (p.kind === "added") return [...lead, md.strong(md.code(inner)), ...trail];
            if (p.kind === "removed") return [...lead, md.deleted(md.code(inner)), ...trail];
            return [md.emphasis(md.plain(`… ${inner} …`))];
          });
      nodes.push({ type: "blockquote", children: [md.paragraph(...parts)] });
    }
    if (change.inputSchema) {
      nodes.push(md.paragraph(md.plain("Input schema:")));
      nodes.push(md.codeBlock(schemaDiff(change.inputSchema.before, change.inputSchema.after), "diff"));
    }
  }
  const parts = changes.flatMap((c) => (c.description ? wordDiff(c.description.before, c.description.after) : []));
  const legend = [parts.some((p) => p.kind === "added") ? "words in bold were added" : "", parts.some((p) => p.kind === "removed") ? "struck-through words were removed" : ""].filter(Boolean);
  if (legend.length) nodes.push(md.paragraph(md.emphasis(md.plain(`${capitalise(legend.join("; "))}.`))));
  return nodes;
}

/** Pretty JSON of both schemas as a unified line diff (only changed lines and their neighbours). */
function schemaDiff(before: string, after: string): string {
  const pretty = (s: string): string[] => {
    try {
      return JSON.stringify(JSON.parse(s), null, 2).split("\n");
    } catch {
      return [s];
    }
  };
  const a = pretty(before);
  const b = pretty(after);
  const lines: string[] = [];
  const common = new Set(a.filter((line) => b.includes(line)));
  for (const line of a) if (!common.has(line)) lines.push(`- ${line}`);
  for (const line of b) lines.push(common.has(line) ? `  ${line}` : `+ ${line}`);
  return lines.slice(0, 80).join("\n");
}

// ------------------------------------------------------------------ scan report

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const now = options.now ?? new Date();
  const active = report.findings.filter((f) => !f.ignored);
  const ignored = report.findings.filter((f) => f.ignored);
  const head: RootContent[] = [
    ...verdict(options.gate),
    md.paragraph(
      md.strong(md.plain(scoreText(report))),
      md.plain(" · "),
      md.code(report.target.label),
      md.plain(` · ${active.length} ${active.length === 1 ? "finding" : "findings"}`),
    ),
    ...(report.dependencyOrigin === "resolved-now" ? [md.paragraph(md.emphasis(md.plain("No lockfile: dependencies resolved from the registry at scan time.")))] : []),
    md.table(
      ["Dimension", "Score", "Findings"],
      DIMENSIONS.map((d) => [[md.plain(DIMENSION_LABEL[d])], [md.plain(dimensionValue(report.dimensions[d]))], [md.plain(String(report.dimensions[d].findings))]]),
      [null, "right", "right"],
    ),
    ...(report.verification && report.verification.status !== "not-applicable" ? [md.paragraph(...verificationLines(report.verification).flatMap((line, i) => [...(i ? [{ type: "break" } as PhrasingContent] : []), md.text(line)]))] : []),
  ];
  const ignoredSection = ignored.length
    ? md.details(`${ignored.length} ignored by config`, [
        md.list(ignored.map((f) => [ruleLink(f.ruleId), md.plain(" "), ...where(f), md.plain(": "), md.text(f.ignored!.reason), ...(f.ignored!.until ? [md.plain(` (until ${f.ignored!.until})`)] : [])])),
      ])
    : [];
  const tail = [...skippedSection(report), footer(report.tool, report.ruleset)];
  const full = [
    ...head,
    ...(active.length ? findingSections("Findings", active, now, true) : [md.paragraph(md.plain("No findings."))]),
    ...ignoredSection,
    ...reportDependencies(report.dependencies),
    ...tail,
  ];
  return fit(
    full,
    () => [
      ...head,
      md.heading(4, md.plain(`Findings (${active.length}): summary`)),
      countTable(active),
      ...topFindings(active),
      md.paragraph(md.emphasis(md.plain(`The full list is too long for GitHub${options.fullReportHint ? `: see ${options.fullReportHint}` : ""}.`))),
      ...tail,
    ],
    options.limit ?? GITHUB_BODY_LIMIT,
  );
}

// ------------------------------------------------------------------ delta

/** True when the delta has nothing to call out: no new or resolved finding, no dependency or tool change, the same score. */
export function deltaIsQuiet(delta: Delta): boolean {
  return (
    delta.newFindings.length === 0 &&
    delta.resolvedFindings.length === 0 &&
    delta.dependencies.length === 0 &&
    delta.toolChanges.length === 0 &&
    (delta.scoreChange === null || delta.scoreChange === 0)
  );
}

export function renderDeltaMarkdown(delta: Delta, options: MarkdownOptions & { marker?: boolean } = {}): string {
  const now = options.now ?? new Date();
  const marker = options.marker ? [md.comment(COMMENT_MARKER)] : [];
  const scoreLine = md.paragraph(
    md.strong(md.plain(scoreText(delta.head))),
    md.plain(
      delta.scoreChange === null || delta.scoreChange === 0
        ? ` · the same as the base`
        : ` · ${delta.scoreChange < 0 ? "down" : "up"} ${Math.abs(delta.scoreChange)} from ${scoreText(delta.base)} on the base`,
    ),
    md.plain(` · ${delta.newFindings.length} new, ${delta.resolvedFindings.length} resolved, ${delta.unchangedFindings} unchanged`),
  );
  if (deltaIsQuiet(delta)) {
    return md.render([
      ...marker,
      ...verdict(options.gate),
      md.paragraph(
        md.plain(
          `Nothing in this change moves the security picture: ${scoreText(delta.head)} as on the base, ` +
            `${delta.unchangedFindings} ${delta.unchangedFindings === 1 ? "finding" : "findings"} already there, no dependency changes.`,
        ),
      ),
    ]);
  }
  const head: RootContent[] = [
    ...marker,
    ...verdict(options.gate),
    scoreLine,
    md.table(
      ["Dimension", "Base", "Head", "Change"],
      DIMENSIONS.map((d) => {
        const x = delta.dimensions[d];
        return [[md.plain(DIMENSION_LABEL[d])], [md.plain(x.base === null ? "—" : String(x.base))], [md.plain(x.head === null ? "—" : String(x.head))], [md.plain(x.base === null && x.head === null ? "—" : changeText(x.change))]];
      }),
      [null, "right", "right", "right"],
    ),
  ];
  const resolved = delta.resolvedFindings.length
    ? md.details(`${delta.resolvedFindings.length} resolved`, [md.list(sortFindings([...delta.resolvedFindings]).map((f) => [ruleLink(f.ruleId), md.plain(" "), ...where(f)]))])
    : [];
  const full = [
    ...head,
    ...findingSections("New findings", delta.newFindings, now, true),
    ...toolChangeSection(delta.toolChanges),
    ...deltaDependencies(delta.dependencies),
    ...resolved,
    footer(TOOL, RULESET, [`${delta.unchangedFindings} ${delta.unchangedFindings === 1 ? "finding" : "findings"} unchanged from the base`]),
  ];
  return fit(
    full,
    () => [
      ...head,
      md.heading(4, md.plain(`New findings (${delta.newFindings.length}): summary`)),
      countTable(delta.newFindings),
      ...topFindings(delta.newFindings),
      ...deltaDependencies(delta.dependencies, true),
      md.paragraph(md.emphasis(md.plain(`Resolved: ${delta.resolvedFindings.length}; unchanged: ${delta.unchangedFindings}. The full delta is too long for GitHub${options.fullReportHint ? `: see ${options.fullReportHint}` : ""}.`))),
    ],
    options.limit ?? GITHUB_BODY_LIMIT,
  );
}

function changeText(change: number | null): string {
  if (change === null) return "n/a";
  if (change === 0) return "0";
  return change > 0 ? `▲ +${change}` : `▼ ${change}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
