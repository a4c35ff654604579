/**
 * results.jsonl: one row per finished scan, appended as it finishes, so an interrupted run loses nothing and a rerun
 * knows what is done. Rows are keyed by name@version; the last row of a key is its current one, earlier rows are
 * history (the previous run's score on the site).
 */
import { appendFileSync, closeSync, createReadStream, existsSync, fstatSync, mkdirSync, openSync, readSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { DIMENSIONS, SEVERITY_RANK, type Dimension, type DimensionStatus, type Grade, type Report } from "../model.js";
import type { JobFailureKind } from "../queue/process-pool.js";
import type { Ecosystem, NotChecked } from "./scan-entry.js";

export const RESULTS_FILE = "results.jsonl";

export interface CatalogRow {
  /** The server's registry name (or npm:<name> for a spec line) and version; key = name@version. */
  name: string;
  version: string;
  key: string;
  status: "scanned" | "not-checked" | "failed";
  ecosystem?: Ecosystem | "remote";
  /** The package scanned, e.g. npm:@scope/server@1.2.3. */
  package?: string;
  notChecked?: NotChecked[];
  failure?: { kind: JobFailureKind; message: string };
  registryStatus?: string;
  /** The run that wrote the row (its start time) and when the scan finished. */
  run: string;
  finishedAt: string;
  durationMs: number;
  /** A schema-valid report (schemaVersion 1), when the server was scanned. */
  report?: Report;
}

/** What the summary and the site index need of a row, without its (large) report. */
export interface RowDigest {
  key: string;
  name: string;
  version: string;
  status: CatalogRow["status"];
  ecosystem?: CatalogRow["ecosystem"];
  package?: string;
  failure?: CatalogRow["failure"];
  notChecked?: NotChecked[];
  registryStatus?: string;
  run: string;
  finishedAt: string;
  score: number | null;
  grade: Grade | null;
  dimensions: Partial<Record<Dimension, { status: DimensionStatus; score: number | null; serious: boolean; any: boolean }>>;
  /** Rule ids with at least one counted finding, and how many each. */
  rules: Record<string, number>;
  skippedChecks: number;
  /** Ecosystems of the resolved dependencies (an npm server with Python dependencies lists both). */
  dependencyEcosystems: string[];
  /** 0-based line in results.jsonl, to find the full row again. */
  line: number;
}

export function resultsPath(outDir: string): string {
  return path.join(outDir, RESULTS_FILE);
}

/** Appends one row; a torn last line from a killed run is ended first so it cannot swallow this one. */
export function appendRow(file: string, row: CatalogRow): void {
  mkdirSync(path.dirname(file), { recursive: true });
  if (!endsWithNewline(file)) appendFileSync(file, "\n");
  appendFileSync(file, `${JSON.stringify(row)}\n`);
}

function endsWithNewline(file: string): boolean {
  if (!existsSync(file)) return true;
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}

/** Streams the rows of results.jsonl (a file of any size); lines that are not a row (a torn write) are counted, not fatal. */
export async function readRows(file: string, visit: (row: CatalogRow, line: number) => void): Promise<{ rows: number; unreadable: number }> {
  if (!existsSync(file)) return { rows: 0, unreadable: 0 };
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = -1;
  let rows = 0;
  let unreadable = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      unreadable++;
      continue;
    }
    if (!isRow(row)) {
      unreadable++;
      continue;
    }
    rows++;
    visit(row, line);
  }
  return { rows, unreadable };
}

function isRow(value: unknown): value is CatalogRow {
  if (!value || typeof value !== "object") return false;
  const row = value as Partial<CatalogRow>;
  return typeof row.key === "string" && typeof row.name === "string" && typeof row.version === "string" && (row.status === "scanned" || row.status === "not-checked" || row.status === "failed");
}

export function digestRow(row: CatalogRow, line: number): RowDigest {
  const dimensions: RowDigest["dimensions"] = {};
  const rules: Record<string, number> = {};
  const report = row.report;
  if (report) {
    for (const dimension of DIMENSIONS) {
      const result = report.dimensions?.[dimension];
      if (!result) continue;
      const counted = report.findings.filter((f) => f.dimension === dimension && !f.ignored);
      dimensions[dimension] = {
        status: result.status,
        score: result.score,
        serious: counted.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.high),
        any: counted.length > 0,
      };
    }
    for (const finding of report.findings) if (!finding.ignored) rules[finding.ruleId] = (rules[finding.ruleId] ?? 0) + 1;
  }
  return {
    key: row.key,
    name: row.name,
    version: row.version,
    status: row.status,
    ...(row.ecosystem ? { ecosystem: row.ecosystem } : {}),
    ...(row.package ? { package: row.package } : {}),
    ...(row.failure ? { failure: row.failure } : {}),
    ...(row.notChecked?.length ? { notChecked: row.notChecked } : {}),
    ...(row.registryStatus ? { registryStatus: row.registryStatus } : {}),
    run: row.run,
    finishedAt: row.finishedAt,
    score: report?.score ?? null,
    grade: report?.grade ?? null,
    dimensions,
    rules,
    skippedChecks: report?.skipped.length ?? 0,
    dependencyEcosystems: [...new Set((report?.dependencies ?? []).map((d) => d.ecosystem).filter((e): e is NonNullable<typeof e> => typeof e === "string"))].sort(),
    line,
  };
}

export interface ResultsIndex {
  /** The last row of each key. */
  current: Map<string, RowDigest>;
  /** For each key's current row: the score of the same server's last scan in an earlier run, when there is one. */
  previous: Map<string, { score: number | null; grade: Grade | null; version: string; run: string }>;
  unreadable: number;
}

/** One pass over results.jsonl: each key's current row and the previous run's score of its server. */
export async function indexResults(file: string): Promise<ResultsIndex> {
  const current = new Map<string, RowDigest>();
  const previous: ResultsIndex["previous"] = new Map();
  /** Per server name: its scanned rows so far, newest last (digests only). */
  const scannedByName = new Map<string, RowDigest[]>();
  const { unreadable } = await readRows(file, (row, line) => {
    const digest = digestRow(row, line);
    current.set(digest.key, digest);
    if (digest.status === "scanned") {
      const list = scannedByName.get(digest.name) ?? [];
      list.push(digest);
      scannedByName.set(digest.name, list);
    }
  });
  for (const [key, digest] of current) {
    const earlier = (scannedByName.get(digest.name) ?? []).filter((d) => d.line < digest.line && d.run !== digest.run).pop();
    if (earlier) previous.set(key, { score: earlier.score, grade: earlier.grade, version: earlier.version, run: earlier.run });
  }
  return { current, previous, unreadable };
}

/** Keys whose current row is finished (scanned or not checked): a rerun skips them; failed ones are retried. */
export function finishedKeys(index: ResultsIndex): Set<string> {
  const keys = new Set<string>();
  for (const [key, digest] of index.current) if (digest.status !== "failed") keys.add(key);
  return keys;
}
