/** The catalog site's pages (pure): the index with filters, a page per server, a page per rule. */
import { createHash } from "node:crypto";
import { DIMENSIONS, SEVERITIES, SEVERITY_RANK, type Dimension, type Finding, type Rule } from "../../model.js";
import type { CatalogRow, RowDigest } from "../../catalog/results.js";
import type { CatalogSummary } from "../../catalog/summary.js";
import { DIMENSION_LABEL } from "../labels.js";
import { renderBadgeSvg } from "../badge.js";
import { contentSecurityPolicy, INDEX_SCRIPT, STYLE } from "./assets.js";
import { html, safeHttpUrl, trusted, type Html } from "./html.js";

/** A file name for a server key: readable, and unique even on a case-insensitive file system. */
export function serverSlug(key: string): string {
  const readable = key.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(0, 80);
  return `${readable}-${createHash("sha256").update(key).digest("hex").slice(0, 10)}`;
}

export function ruleSlug(ruleId: string): string {
  return ruleId.replace(/[^A-Za-z0-9-]+/g, "--");
}

function page(title: string, body: Html, options: { script?: boolean } = {}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.script === true)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
${body}
${options.script ? html`<script>${trusted(INDEX_SCRIPT)}</script>` : ""}
</body>
</html>
`.text;
}

function gradeChip(grade: string | null, label?: string): Html {
  return html`<span class="grade grade-${grade ?? "none"}">${label ?? grade ?? "–"}</span>`;
}

function pct(value: number | null): string {
  return value === null ? "–" : `${value.toFixed(1)}%`;
}

const STUDY_ORDER: readonly Dimension[] = ["supply-chain", "package-verification", "transport", "code", "remote-endpoint"];

export interface IndexModel {
  summary: CatalogSummary;
  rows: { digest: RowDigest; previous?: { score: number | null } }[];
}

/** What was read for one row: its package's ecosystem, "remote", or why nothing was. */
function ecosystemOf(digest: RowDigest): string {
  if (digest.status === "not-checked") return "not-checked";
  if (digest.status === "failed") return "failed";
  return digest.ecosystem ?? "npm";
}

/** What the ecosystem filter matches: the package's ecosystem and those of its dependencies. */
function ecosystemsOf(digest: RowDigest): string[] {
  return [...new Set([ecosystemOf(digest), ...digest.dependencyEcosystems])];
}

export function renderIndex(model: IndexModel): string {
  const { summary } = model;
  const rows = [...model.rows].sort((a, b) => (b.digest.score ?? -1) - (a.digest.score ?? -1) || a.digest.name.localeCompare(b.digest.name));
  const ecosystems = [...new Set(rows.flatMap((r) => ecosystemsOf(r.digest)))].sort();
  const s = summary.servers;
  const body = html`
<h1>MCP server catalog</h1>
<p class="muted">${s.listed} servers: ${s.scanned} scanned, ${s.notChecked} not checked, ${s.failed} failed${s.pending ? `, ${s.pending} not yet scanned` : ""}. mcp-trust ${summary.tool.version}, written ${summary.generatedAt}.</p>
<h2>Where servers fail</h2>
<table id="shares">
<thead><tr><th>Dimension</th><th class="num">Serious finding</th><th class="num">Seed study</th><th class="num">Any finding</th><th class="num">Seed study</th></tr></thead>
<tbody>
${STUDY_ORDER.map((d) => {
  const x = summary.dimensions[d];
  return html`<tr><td>${DIMENSION_LABEL[d]}</td><td class="num">${pct(x.seriousShare)}</td><td class="num">${pct(x.seed.serious)}</td><td class="num">${pct(x.anyShare)}</td><td class="num">${pct(x.seed.any)}</td></tr>
`;
})}
</tbody>
</table>
<p class="muted">Share of the scanned servers with a high or critical finding (serious) and with any finding, beside the study of 10,000+ servers this tool comes from.</p>
<h2>Servers</h2>
<form id="filters" class="filters">
<label>Grade<select name="grade"><option value="">any</option>${(["A", "B", "C", "D", "F", "none"] as const).map((g) => html`<option value="${g}">${g === "none" ? "no grade" : g}</option>`)}</select></label>
<label>Dimension<select name="dimension"><option value="">any</option>${DIMENSIONS.map((d) => html`<option value="serious:${d}">${DIMENSION_LABEL[d]}: serious finding</option><option value="any:${d}">${DIMENSION_LABEL[d]}: any finding</option>`)}</select></label>
<label>Ecosystem<select name="ecosystem"><option value="">any</option>${ecosystems.map((e) => html`<option value="${e}">${e}</option>`)}</select></label>
<label>Name<input name="q" type="search" placeholder="filter by name"></label>
<span class="muted">showing <strong id="shown">${rows.length}</strong> of ${rows.length}</span>
</form>
<table id="servers">
<thead><tr><th>Server</th><th class="num"><button type="button" class="sort" id="sort-score">Score ▼</button></th><th>Grade</th>${STUDY_ORDER.map((d) => html`<th class="num">${DIMENSION_LABEL[d]}</th>`)}<th>Ecosystem</th></tr></thead>
<tbody>
${rows.map(({ digest, previous }) => indexRow(digest, previous))}
</tbody>
</table>`;
  return page("MCP server catalog", body, { script: true });
}

function indexRow(digest: RowDigest, previous?: { score: number | null }): Html {
  const serious = DIMENSIONS.filter((d) => digest.dimensions[d]?.serious).join(" ");
  const any = DIMENSIONS.filter((d) => digest.dimensions[d]?.any).join(" ");
  const slug = serverSlug(digest.key);
  const change = previous && previous.score !== null && digest.score !== null && previous.score !== digest.score ? digest.score - previous.score : undefined;
  const status = digest.status === "failed" ? `failed (${digest.failure?.kind ?? "error"})` : digest.status === "not-checked" ? "not checked" : "";
  return html`<tr data-grade="${digest.grade ?? "none"}" data-ecosystem="${ecosystemsOf(digest).join(" ")}" data-serious="${serious}" data-any="${any}" data-score="${digest.score ?? -1}" data-name="${digest.name.toLowerCase()}">
<td class="name"><a href="servers/${slug}.html">${digest.name}</a> <span class="muted">${digest.version}</span></td>
<td class="num">${digest.score ?? "–"}${change !== undefined ? html` <span class="muted">(${change > 0 ? "+" : ""}${change})</span>` : ""}</td>
<td>${status ? html`<span class="muted">${status}</span>` : gradeChip(digest.grade)}</td>
${STUDY_ORDER.map((d) => html`<td class="num">${dimensionCell(digest, d)}</td>`)}
<td>${ecosystemsOf(digest).join(", ")}</td>
</tr>
`;
}

function dimensionCell(digest: RowDigest, dimension: Dimension): Html | string {
  const result = digest.dimensions[dimension];
  if (!result) return "";
  if (result.score === null) return html`<span class="muted" title="${result.status}">${result.status === "not-applicable" ? "n/a" : result.status}</span>`;
  return result.serious ? html`<strong class="sev-high">${result.score}</strong>` : String(result.score);
}

export interface ServerPageModel {
  row: CatalogRow;
  previous?: { score: number | null; grade: string | null; version: string; run: string };
  rules: ReadonlyMap<string, Rule>;
}

export function renderServerPage(model: ServerPageModel): string {
  const { row, previous } = model;
  const report = row.report;
  const title = `${row.name}@${row.version}`;
  const body = html`
<nav><a href="../index.html">← all servers</a></nav>
<h1>${row.name} <span class="muted">${row.version}</span></h1>
<p class="muted">${row.package ? html`Package <code>${row.package}</code>. ` : ""}${row.ecosystem === "remote" ? "Remote-only server: its remote endpoints are judged from server.json, nothing is probed. " : ""}${row.registryStatus ? `Registry status: ${row.registryStatus}. ` : ""}Scanned ${row.finishedAt}.</p>
${report ? scoreCard(row, previous) : html`<p><strong>${row.status === "failed" ? "The scan failed" : "Not checked"}</strong>${row.failure ? html`: ${row.failure.kind}: ${row.failure.message}` : ""}</p>`}
${row.notChecked?.length ? html`<h2>Not checked</h2><ul>${row.notChecked.map((n) => html`<li><code>${n.package}</code>: ${n.reason}</li>`)}</ul>` : ""}
${report ? serverDetails(model) : ""}`;
  return page(title, body);
}

function scoreCard(row: CatalogRow, previous: ServerPageModel["previous"]): Html {
  const report = row.report!;
  const badge = renderBadgeSvg({ score: report.score, grade: report.grade });
  return html`<div class="card">
<div><div class="score">${report.score ?? "–"}</div><div class="muted">score</div></div>
<div>${gradeChip(report.grade)}</div>
<div>${trusted(badge)}</div>
<div class="muted">${previous ? `Previous run: ${previous.score ?? "not scored"}${previous.grade ? ` (${previous.grade})` : ""} at ${previous.version}, ${previous.run}` : "No previous run of this server."}</div>
</div>`;
}

function serverDetails(model: ServerPageModel): Html {
  const report = model.row.report!;
  const counted = report.findings.filter((f) => !f.ignored);
  const byRule = new Map<string, Finding[]>();
  for (const finding of counted) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const worst = (list: Finding[]): number => Math.max(...list.map((f) => SEVERITY_RANK[f.severity]));
  const groups = [...byRule].sort((a, b) => worst(b[1]) - worst(a[1]) || a[0].localeCompare(b[0]));
  return html`
<h2>Dimensions</h2>
<table id="dimensions"><thead><tr><th>Dimension</th><th class="num">Score</th><th>Status</th><th class="num">Findings</th></tr></thead><tbody>
${STUDY_ORDER.map((d) => {
  const result = report.dimensions[d];
  return html`<tr><td>${DIMENSION_LABEL[d]}</td><td class="num">${result.score ?? "–"}</td><td>${result.status}</td><td class="num">${result.findings}</td></tr>
`;
})}
</tbody></table>
${report.verification ? html`<p class="muted">Package verification: ${report.verification.status}: ${report.verification.reason}</p>` : ""}
<h2>Findings (${counted.length})</h2>
${groups.length === 0 ? html`<p>No findings.</p>` : groups.map(([ruleId, findings]) => findingGroup(ruleId, findings, model.rules.get(ruleId)))}
${report.skipped.length ? html`<h2>Skipped checks (${report.skipped.length})</h2><details><summary>What could not be checked, and why</summary><ul>${report.skipped.map((s) => html`<li><code>${s.check}</code>: ${s.reason}</li>`)}</ul></details>` : ""}
<h2>Dependencies (${report.dependencies.length})</h2>
${report.dependencies.length === 0
  ? html`<p class="muted">None resolved.</p>`
  : html`<p class="muted">${report.dependencies.filter((d) => d.direct).length} direct, ${report.dependencies.filter((d) => d.flags.length > 0).length} flagged by a rule; resolved from ${report.dependencyOrigin === "lockfile" ? "the lockfile" : "the registry at scan time"}.</p>
<details${report.dependencies.some((d) => d.flags.length > 0) ? trusted(" open") : ""}><summary>Every dependency</summary><table id="dependencies"><thead><tr><th>Package</th><th>Version</th><th>Kind</th><th>Source</th><th>Flags</th></tr></thead><tbody>
${[...report.dependencies].sort((a, b) => b.flags.length - a.flags.length || Number(b.direct) - Number(a.direct) || a.name.localeCompare(b.name)).map((d) => html`<tr><td class="name">${d.name}</td><td>${d.version}</td><td>${d.direct ? "direct" : "transitive"}${d.dev ? ", dev" : ""}</td><td>${d.source}</td><td>${d.flags.join(", ")}</td></tr>
`)}</tbody></table></details>`}`;
}

function findingGroup(ruleId: string, findings: Finding[], rule: Rule | undefined): Html {
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  return html`<section class="rule" data-rule="${ruleId}">
<h3><a href="../rules/${ruleSlug(ruleId)}.html">${rule?.title ?? findings[0]?.title ?? ruleId}</a> <code class="muted">${ruleId}</code> ${severities.map((s) => html`<span class="sev sev-${s}">${s}</span> `)}<span class="muted">×${findings.length}</span></h3>
${findings.map(findingItem)}
</section>
`;
}

function findingItem(finding: Finding): Html {
  const where = [
    finding.location ? `${finding.location.path}${finding.location.startLine ? `:${finding.location.startLine}` : ""}` : "",
    finding.package ? `${finding.package.name}${finding.package.version ? `@${finding.package.version}` : ""}` : "",
  ].filter(Boolean);
  return html`<div class="finding"><span class="sev sev-${finding.severity}">${finding.severity}</span> ${finding.message}
${where.length ? html`<div class="muted"><code>${where.join(" ")}</code></div>` : ""}${finding.evidence ? html`<pre>${finding.evidence}</pre>` : ""}</div>
`;
}

/** A rule's page: what it detects, why it matters, how to fix it (from the rule's own metadata). */
export function renderRulePage(rule: Rule, docsUrl?: string): string {
  const link = safeHttpUrl(docsUrl);
  const body = html`
<nav><a href="../index.html">← all servers</a></nav>
<h1>${rule.title}</h1>
<p><code>${rule.id}</code> · ${DIMENSION_LABEL[rule.dimension]} · <span class="sev sev-${rule.severity}">${rule.severity}</span></p>
<h2>Why it matters</h2>
<p>${rule.rationale}</p>
<h2>How to fix it</h2>
<p>${rule.remediation}</p>
${link ? html`<p><a href="${link}">The rule's documentation, with examples</a> (online)</p>` : ""}`;
  return page(rule.title, body);
}

export function badgeFor(digest: Pick<RowDigest, "score" | "grade">): string {
  return renderBadgeSvg({ score: digest.score, grade: digest.grade });
}
