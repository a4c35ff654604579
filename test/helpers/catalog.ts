/** Catalog test pieces: reports with chosen findings, entries, and an executor that answers from a table (no processes). */
import type { CatalogEntry } from "../../src/catalog/entry.js";
import type { CatalogExecutor } from "../../src/catalog/run.js";
import type { EntryJob, EntryResult } from "../../src/catalog/scan-entry.js";
import { DIMENSIONS, type Dimension, type DimensionStatus, type Finding, type Report, type Severity } from "../../src/model.js";
import type { PoolOutcome } from "../../src/queue/process-pool.js";
import { scoreCard } from "../../src/score.js";

export function finding(ruleId: string, severity: Severity, extra: Partial<Finding> = {}): Finding {
  const dimension = ruleId.split("/")[0] as Dimension;
  return { ruleId, dimension, severity, title: `title of ${ruleId}`, message: `message of ${ruleId}`, fingerprint: `${ruleId}-${severity}-${extra.message ?? ""}`, ...extra };
}

export function reportWith(name: string, version: string, findings: Finding[], statuses: Partial<Record<Dimension, DimensionStatus>> = {}): Report {
  const all = Object.fromEntries(DIMENSIONS.map((d) => [d, statuses[d] ?? (d === "remote-endpoint" ? "not-applicable" : "checked")])) as Record<Dimension, DimensionStatus>;
  const card = scoreCard(findings, all);
  return {
    schemaVersion: 1,
    tool: { name: "mcp-trust", version: "0.1.0" },
    ruleset: 1,
    target: { kind: "npm", label: `npm:${name}@${version}`, name, version },
    score: card.score,
    grade: card.grade,
    dimensions: card.dimensions,
    findings,
    dependencies: [],
    dependencyOrigin: "resolved-now",
    skipped: [],
    durationMs: 5,
  };
}

export function npmEntry(name: string, version?: string): CatalogEntry {
  return { name: `npm:${name}`, ...(version ? { version } : {}), packages: [{ registryType: "npm", identifier: name, ...(version ? { version } : {}) }], remotes: [] };
}

export type Answer = PoolOutcome<EntryResult> | ((job: EntryJob) => PoolOutcome<EntryResult> | Promise<PoolOutcome<EntryResult>>);

/** Answers each job from `answers` by entry name (default: scanned, no findings), `concurrency` at a time, in process. */
export function tableExecutor(answers: Record<string, Answer> = {}, concurrency = 2): CatalogExecutor & { ran: string[] } {
  const ran: string[] = [];
  let killed = false;
  return {
    ran,
    async run(jobs, settle, signal) {
      let next = 0;
      const lane = async (): Promise<void> => {
        while (!signal.aborted && !killed && next < jobs.length) {
          const job = jobs[next++]!;
          ran.push(job.entry.name);
          const answer = answers[job.entry.name];
          const outcome = typeof answer === "function" ? await answer(job) : (answer ?? scanned(job.entry));
          if (!killed) settle(job, outcome);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, lane));
    },
    async kill() {
      killed = true;
    },
    async close() {},
  };
}

export function scanned(entry: CatalogEntry, findings: Finding[] = []): PoolOutcome<EntryResult> {
  const name = entry.packages[0]?.identifier ?? entry.name;
  const version = entry.version ?? "1.0.0";
  return { status: "ok", durationMs: 10, value: { status: "scanned", ecosystem: "npm", package: `npm:${name}@${version}`, notChecked: [], report: reportWith(name, version, findings) } };
}
