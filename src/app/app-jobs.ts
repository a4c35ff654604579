/**
 * What an App job does, as data: a BullMQ job must survive a restart and run on another replica, so it carries the
 * installation, the repository and what to check, never a closure. The in-process queue runs the same descriptions.
 */
import type { JobContext } from "./job-context.js";
import { checkDefaultBranchCommit, checkPullRequest, checkRelease } from "./commit-checks.js";

export type AppJobSpec =
  /** A pull request's delta; without `baseSha` (a re-run from a check run) the pull request is read for its base. */
  | { kind: "pull_request"; number: number; headSha: string; baseSha?: string }
  | { kind: "push"; sha: string }
  /** A release; without `sha` the tag's commit is looked up when the job runs. */
  | { kind: "release"; tag: string; sha?: string };

export interface AppJobData {
  installationId: number;
  owner: string;
  repo: string;
  spec: AppJobSpec;
  /** Jobs with the same key (repository + ref) never run at the same time. */
  key: string;
  /** A waiting job with the same supersede key is dropped when a newer one arrives (pull requests). */
  supersedeKey?: string;
  label: string;
  /** The commit the job checks, when known at queue time. */
  commit?: string;
  /** The check run created "queued" for this job, which it takes over (or which is cancelled if superseded). */
  queuedCheckRunId?: number;
}

export async function runAppJob(job: JobContext, spec: AppJobSpec, queuedId?: number): Promise<void> {
  if (spec.kind === "push") return checkDefaultBranchCommit(job, spec.sha, "push", queuedId);
  if (spec.kind === "release") {
    const sha = spec.sha ?? (await job.octokit.rest.repos.getCommit({ owner: job.owner, repo: job.repo, ref: `refs/tags/${spec.tag}` })).data.sha;
    return checkRelease(job, spec.tag, sha, queuedId);
  }
  const baseSha = spec.baseSha ?? (await job.octokit.rest.pulls.get({ owner: job.owner, repo: job.repo, pull_number: spec.number })).data.base.sha;
  return checkPullRequest(job, { number: spec.number, baseSha, headSha: spec.headSha }, queuedId);
}

/** The one-line summary of a check run whose job a newer one replaced before it started. */
export function supersededSummary(by: { label: string; commit?: string }): string {
  const newer = by.commit ? `commit ${by.commit.slice(0, 7)}` : `job ${by.label}`;
  return `Not scanned: superseded by a newer push (${newer}) before this scan started.`;
}
