/** Scans in worker processes (a ProcessPool running scan-handler): what the App uses so a hostile tree cannot take it down. */
import { UserError } from "../errors.js";
import type { Report } from "../model.js";
import type { ScanOptions } from "../scan.js";
import type { SourceTree } from "../sources/source-tree.js";
import { ProcessPool, type PoolOutcome, type ProcessPoolOptions } from "./process-pool.js";
import type { PortableScanOptions, ScanJob } from "./scan-handler.js";

export const SCAN_HANDLER = new URL(import.meta.url.endsWith(".ts") ? "./scan-handler.ts" : "./scan-handler.js", import.meta.url);

export interface IsolatedScanner {
  scanTree(tree: SourceTree, options: Omit<ScanOptions, "target">): Promise<Report>;
  close(): Promise<void>;
}

/** Options a worker process can take; clients and callbacks cannot cross into it, so they are refused, not dropped. */
export function portableOptions(options: Omit<ScanOptions, "target">): PortableScanOptions {
  if (options.clients) throw new Error("injected scan clients cannot cross into a worker process: scan in-process instead");
  return {
    ...(options.offline ? { offline: true } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.registry ? { registry: options.registry } : {}),
    ...(options.configPath ? { configPath: options.configPath } : {}),
    ...(options.now ? { now: options.now.toISOString() } : {}),
    ...(options.serverJson ? { serverJson: options.serverJson } : {}),
  };
}

/** A scan that did not produce a report: a time-out or the memory limit is the tree's doing (a UserError), a crash is ours. */
export function reportOf(outcome: PoolOutcome<Report>): Report {
  if (outcome.status === "ok") return outcome.value;
  if (outcome.status === "error" && outcome.userError) throw new UserError(outcome.message);
  if (outcome.status === "timeout" || outcome.status === "memory") throw new UserError(outcome.message);
  throw new Error(outcome.status === "crash" ? outcome.message : `the scan failed: ${outcome.message}`);
}

export function createIsolatedScanner(options: Omit<ProcessPoolOptions, "handler"> = {}): IsolatedScanner {
  const pool = new ProcessPool<ScanJob, Report>({ ...options, handler: SCAN_HANDLER });
  return {
    async scanTree(tree, scanOptions) {
      return reportOf(await pool.run({ kind: "tree", root: tree.root, target: tree.target, options: portableOptions(scanOptions) }));
    },
    close: () => pool.close(),
  };
}
