/** What every App job gets: the installation's octokit, the repository, a logger, and the injectable scan pieces. */
import path from "node:path";
import type { Logger, ProbotOctokit } from "probot";
import { loadConfig } from "../config.js";
import { resolveGate, type Gate } from "../gate.js";
import type { Config, Report } from "../model.js";
import type { ManifestLookup } from "../facts/release-check.js";
import { scanTree, type ScanOptions } from "../scan.js";
import type { GitHubCommit, TarballClient } from "../sources/github.js";
import type { SourceTree } from "../sources/source-tree.js";
import type { BadgeInput } from "../report/badge.js";

export type AppScanOptions = Omit<ScanOptions, "target" | "configPath" | "rebuild" | "probe" | "packageSpec">;

export interface ScanDependencies {
  /**
   * Passed to scanTree: network clients, registry, cache dir; tests pass in-memory clients. The App scans code
   * anyone can push (a fork's pull request), so the options that run it (--rebuild, --probe) are not among them.
   */
  scanOptions: AppScanOptions;
  openCommit(octokit: TarballClient, commit: GitHubCommit): Promise<SourceTree>;
  /** Asks the registry whether a released version is published (when package verification did not say). */
  manifestLookup: ManifestLookup;
  /** Called with a default-branch result so the badge shows it before the next lookup. */
  recordBadge(owner: string, repo: string, result: BadgeInput): void;
  /** Runs the scan of an opened tree: in a worker process (src/queue/scan-runner.ts) unless a test scans in-process. */
  scanTree?: (tree: SourceTree, options: Omit<ScanOptions, "target">) => Promise<Report>;
}

export interface JobContext {
  octokit: ProbotOctokit;
  owner: string;
  repo: string;
  log: Logger;
  deps: ScanDependencies;
}

export interface ScannedCommit {
  report: Report;
  /** The config the scan read from the commit (its gate decides the conclusion). */
  config: Config;
  /** Absolute path of that config file, to apply the same config to a base scan. */
  configFile?: string;
}

/** Opens the repository at `sha`, lets `use` work on it, and always removes the extraction. */
export async function withCommitTree<T>(job: JobContext, sha: string, use: (tree: SourceTree) => Promise<T>): Promise<T> {
  const tree = await job.deps.openCommit(job.octokit, { owner: job.owner, repo: job.repo, sha });
  try {
    return await use(tree);
  } finally {
    await tree.close();
  }
}

/** Scans an open tree with its own `.github/mcp-trust.yml`, or with `configFile` when given (a base scanned under the head's config). */
export async function scanCommitTree(job: JobContext, tree: SourceTree, configFile?: string): Promise<ScannedCommit> {
  const config = loadConfig(tree, configFile);
  const ownConfigFile = configFile ?? (config.source ? path.join(tree.root, config.source) : undefined);
  const options: ScanOptions = { ...job.deps.scanOptions, target: tree.root, ...(configFile ? { configPath: configFile } : {}) };
  // Also at run time: a caller in plain JavaScript could still pass them.
  delete options.rebuild;
  delete options.probe;
  const report = await (job.deps.scanTree ?? scanTree)(tree, options);
  return { report, config, ...(ownConfigFile ? { configFile: ownConfigFile } : {}) };
}

/** The repository's config sets the App's gate; with none, a new critical finding fails the check. */
export function gateOptionsOf(config: Config): Gate {
  return resolveGate([{ failUnder: config.failUnder, failOn: config.failOn, from: config.source ?? "config" }]);
}
