/** summary.json and summary.md of a catalog: per-dimension shares beside the seed study's, grades, top rules, failures (pure). */
import { readFileSync } from "node:fs";
import { DIMENSIONS, type Dimension, type Grade } from "../model.js";
import { DIMENSION_LABEL } from "../report/labels.js";
import { TOOL } from "../version.js";
import type { JobFailureKind } from "../queue/process-pool.js";
import type { ResultsIndex, RowDigest } from "./results.js";

export interface SeedStudy {
  source: string;
  date: string;
  dimensions: Record<Dimension, { serious: number; any: number }>;
}

export const SEED_STUDY = JSON.parse(readFileSync(new URL("../../data/seed-study.json", import.meta.url), "utf8")) as SeedStudy;

export interface DimensionShare {
  /** Scanned servers this dimension was judged on (checked or partial). */
  judged: number;
  /** Servers with a high or critical finding, and with any finding, in this dimension. */
  serious: number;
  any: number;
  /** Percent of the scanned servers (one decimal), as the seed study counts. */
  seriousShare: number | null;
  anyShare: number | null;
  seed: { serious: number; any: number };
}

export interface CatalogSummary {
  schemaVersion: 1;
  generatedAt: string;
  run: string;
  tool: { name: string; version: string };
  servers: { listed: number; scanned: number; notChecked: number; failed: number; pending: number };
  /** Scanned servers by what was read. */
  ecosystems: Record<string, number>;
  failures: Record<JobFailureKind, number>;
  skips: {
    /** Servers with nothing mcp-trust reads (only OCI images, for example). */
    notChecked: number;
    /** Scanned servers with at least one check skipped (a fact that could not be read). */
    withSkippedChecks: number;
  };
  dimensions: Record<Dimension, DimensionShare>;
  grades: Record<Grade | "none", number>;
  /** The 20 rules that fire on the most servers. */
  topRules: { ruleId: string; servers: number; findings: number }[];
  /** Lines of results.jsonl that are not a row (a write a kill cut short). */
  unreadableRows: number;
}

/** `keys`: the servers of this list, so rows of other lists in the same directory stay out of it. */
export function summarise(index: ResultsIndex, keys: readonly string[], run: string, now: Date): CatalogSummary {
  const rows = keys.map((key) => index.current.get(key)).filter((d): d is RowDigest => d !== undefined);
  const scanned = rows.filter((d) => d.status === "scanned");
  const failures: Record<JobFailureKind, number> = { error: 0, timeout: 0, memory: 0, crash: 0 };
  for (const row of rows) if (row.failure) failures[row.failure.kind]++;
  const ecosystems: Record<string, number> = {};
  for (const row of scanned) ecosystems[row.ecosystem ?? "npm"] = (ecosystems[row.ecosystem ?? "npm"] ?? 0) + 1;

  const dimensions = {} as Record<Dimension, DimensionShare>;
  for (const dimension of DIMENSIONS) {
    const judged = scanned.filter((d) => ["checked", "partial"].includes(d.dimensions[dimension]?.status ?? "")).length;
    const serious = scanned.filter((d) => d.dimensions[dimension]?.serious).length;
    const any = scanned.filter((d) => d.dimensions[dimension]?.any).length;
    dimensions[dimension] = {
      judged,
      serious,
      any,
      seriousShare: share(serious, scanned.length),
      anyShare: share(any, scanned.length),
      seed: SEED_STUDY.dimensions[dimension],
    };
  }

  const grades: Record<Grade | "none", number> = { A: 0, B: 0, C: 0, D: 0, F: 0, none: 0 };
  for (const row of scanned) grades[row.grade ?? "none"]++;

  const rules = new Map<string, { servers: number; findings: number }>();
  for (const row of scanned) {
    for (const [ruleId, count] of Object.entries(row.rules)) {
      const entry = rules.get(ruleId) ?? { servers: 0, findings: 0 };
      entry.servers++;
      entry.findings += count;
      rules.set(ruleId, entry);
    }
  }
  const topRules = [...rules]
    .map(([ruleId, c]) => ({ ruleId, ...c }))
    .sort((a, b) => b.servers - a.servers || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId))
    .slice(0, 20);

  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    run,
    tool: { ...TOOL },
    servers: {
      listed: keys.length,
      scanned: scanned.length,
      notChecked: rows.filter((d) => d.status === "not-checked").length,
      failed: rows.filter((d) => d.status === "failed").length,
      pending: keys.length - rows.length,
    },
    ecosystems,
    failures,
    skips: { notChecked: rows.filter((d) => d.status === "not-checked").length, withSkippedChecks: scanned.filter((d) => d.skippedChecks > 0).length },
    dimensions,
    grades,
    topRules,
    unreadableRows: index.unreadable,
  };
}

function share(count: number, total: number): number | null {
  return total === 0 ? null : Math.round((count / total) * 1000) / 10;
}

/** The order the seed study lists them in. */
const STUDY_ORDER: readonly Dimension[] = ["supply-chain", "package-verification", "transport", "code", "remote-endpoint"];

export function renderSummaryMarkdown(summary: CatalogSummary): string {
  const s = summary.servers;
  const pct = (value: number | null): string => (value === null ? "–" : `${value.toFixed(1)}%`);
  const lines = [
    "# MCP server catalog",
    "",
    `${s.listed} servers listed: ${s.scanned} scanned, ${s.notChecked} not checked, ${s.failed} failed${s.pending ? `, ${s.pending} not yet scanned (run again to resume)` : ""}.`,
    `mcp-trust ${summary.tool.version}, run ${summary.run}, written ${summary.generatedAt}.`,
    "",
    "## Where servers fail",
    "",
    `Share of the ${s.scanned} scanned servers with a serious (high or critical) finding and with any finding, beside the seed study (scans of 10,000+ public MCP servers, the study this tool comes from). "Judged on" counts the servers where the dimension applied and its checks ran.`,
    "",
    "| Dimension | Serious | Seed study | Any finding | Seed study | Judged on |",
    "|---|--:|--:|--:|--:|--:|",
    ...STUDY_ORDER.map((d) => {
      const x = summary.dimensions[d];
      return `| ${DIMENSION_LABEL[d]} | ${pct(x.seriousShare)} (${x.serious}) | ${pct(x.seed.serious)} | ${pct(x.anyShare)} (${x.any}) | ${pct(x.seed.any)} | ${x.judged} |`;
    }),
    "",
    "## Grades",
    "",
    "| Grade | Servers |",
    "|---|--:|",
    ...(["A", "B", "C", "D", "F", "none"] as const).map((g) => `| ${g === "none" ? "no grade" : g} | ${summary.grades[g]} |`),
    "",
    "## Most frequent rules",
    "",
    ...(summary.topRules.length === 0
      ? ["No findings."]
      : ["| Rule | Servers | Findings |", "|---|--:|--:|", ...summary.topRules.map((r) => `| \`${r.ruleId}\` | ${r.servers} | ${r.findings} |`)]),
    "",
    "## Crashes, time-outs and skips",
    "",
    "| | Servers |",
    "|---|--:|",
    `| Scan process crashed | ${summary.failures.crash} |`,
    `| Timed out | ${summary.failures.timeout} |`,
    `| Over the memory limit | ${summary.failures.memory} |`,
    `| Scan error (package missing, registry refused) | ${summary.failures.error} |`,
    `| Not checked (no package mcp-trust reads) | ${summary.skips.notChecked} |`,
    `| Scanned with checks skipped (a fact could not be read) | ${summary.skips.withSkippedChecks} |`,
    ...(summary.unreadableRows ? [`| Unreadable lines in results.jsonl | ${summary.unreadableRows} |`] : []),
    "",
    `Scanned by ecosystem: ${Object.entries(summary.ecosystems).map(([e, n]) => `${e} ${n}`).join(", ") || "none"}.`,
    "",
  ];
  return lines.join("\n");
}
