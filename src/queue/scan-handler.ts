/** The ProcessPool handler that runs one scan in a worker process: a target (`npm:…`, a directory) or an opened tree. */
import type { JsonFile, Report, TargetInfo } from "../model.js";
import { scan, scanTree, type ScanOptions } from "../scan.js";
import { openDirectory } from "../sources/local.js";

/** The scan options that survive a process boundary (no clients, no callbacks). */
export interface PortableScanOptions {
  offline?: boolean;
  cacheDir?: string;
  registry?: string;
  configPath?: string;
  /** ISO time, for a fixed clock. */
  now?: string;
  serverJson?: JsonFile;
}

export type ScanJob =
  | { kind: "target"; target: string; options: PortableScanOptions }
  /** A tree the caller extracted (the App's GitHub archive): scanned in place, reported under `target`. */
  | { kind: "tree"; root: string; target: TargetInfo; options: PortableScanOptions };

export function scanOptionsOf(options: PortableScanOptions): Omit<ScanOptions, "target"> {
  return {
    ...(options.offline ? { offline: true } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.registry ? { registry: options.registry } : {}),
    ...(options.configPath ? { configPath: options.configPath } : {}),
    ...(options.now ? { now: new Date(options.now) } : {}),
    ...(options.serverJson ? { serverJson: options.serverJson } : {}),
  };
}

export async function handle(job: ScanJob): Promise<Report> {
  if (job.kind === "target") return scan({ target: job.target, ...scanOptionsOf(job.options) });
  const tree = { ...openDirectory(job.root), target: job.target };
  return scanTree(tree, scanOptionsOf(job.options));
}
