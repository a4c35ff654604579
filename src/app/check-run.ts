/**
 * The "MCP Trust" check run through a job's life: queued when the job is queued, in progress when it starts, and
 * completed with the first 50 annotations (then updated page by page with the rest), or cancelled when superseded.
 */
import type { ProbotOctokit } from "probot";
import { GITHUB_BODY_LIMIT } from "../report/markdown.js";
import { ANNOTATIONS_PER_REQUEST, CHECK_RUN_NAME, pageAnnotations, type CheckRunAnnotation } from "../report/check-run.js";

export type CheckConclusion = "success" | "failure" | "neutral";

/** A button on the check run; GitHub sends check_run.requested_action with the identifier when it is pressed. */
export interface RequestedAction {
  label: string;
  description: string;
  identifier: string;
}

/** Which commit a check run is on and what produced it. */
export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** Says what produced the run (`pull_request:7`, `push`, `release:v1.2.0`), so a re-run knows what to redo. */
  externalId: string;
}

export interface CheckRunContent extends CheckRunTarget {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckRunAnnotation[];
  actions?: RequestedAction[];
}

export const REVERIFY_ACTION: RequestedAction = {
  label: "Re-run verification",
  description: "Check the registry for the release again",
  identifier: "reverify",
};

/** Shows the job on the commit while it waits for a queue slot; returns the check run id. */
export async function createQueuedCheckRun(octokit: ProbotOctokit, target: CheckRunTarget): Promise<number> {
  const { data } = await octokit.rest.checks.create({ ...identity(target), status: "queued" });
  return data.id;
}

/** Marks the queued check run in progress, or creates it so when there was none (a release's commit is known only once it runs). */
export async function startCheckRun(octokit: ProbotOctokit, target: CheckRunTarget, queuedId?: number): Promise<number> {
  const started = { status: "in_progress" as const, started_at: new Date().toISOString() };
  if (queuedId === undefined) return (await octokit.rest.checks.create({ ...identity(target), ...started })).data.id;
  await octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: queuedId, ...started });
  return queuedId;
}

/** Concludes a queued check run whose job will never run, so it is not left queued forever. */
export async function cancelCheckRun(octokit: ProbotOctokit, run: { owner: string; repo: string; id: number }, summary: string): Promise<void> {
  await octokit.rest.checks.update({
    owner: run.owner,
    repo: run.repo,
    check_run_id: run.id,
    status: "completed",
    conclusion: "cancelled",
    completed_at: new Date().toISOString(),
    output: { title: "Superseded", summary: fit(summary) },
  });
}

/**
 * Completes the check run `id` (or creates it completed when there is none) and returns its id and how many
 * requests carried annotations.
 */
export async function publishCheckRun(octokit: ProbotOctokit, content: CheckRunContent, id?: number): Promise<{ id: number; annotationRequests: number }> {
  const { owner, repo } = content;
  const output = {
    title: content.title.slice(0, 255),
    summary: fit(content.summary),
    ...(content.text ? { text: fit(content.text) } : {}),
  };
  const [first = [], ...rest] = pageAnnotations(content.annotations ?? [], ANNOTATIONS_PER_REQUEST);
  const completion = {
    status: "completed" as const,
    conclusion: content.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...output, ...(first.length ? { annotations: first } : {}) },
    ...(content.actions?.length ? { actions: content.actions } : {}),
  };
  const runId =
    id === undefined
      ? (await octokit.rest.checks.create({ ...identity(content), ...completion })).data.id
      : (await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...completion }), id);
  for (const page of rest) {
    // Each update appends its annotations; title and summary must be sent again.
    await octokit.rest.checks.update({ owner, repo, check_run_id: runId, output: { ...output, annotations: page } });
  }
  return { id: runId, annotationRequests: (first.length ? 1 : 0) + rest.length };
}

function identity(target: CheckRunTarget): { owner: string; repo: string; name: string; head_sha: string; external_id: string } {
  return { owner: target.owner, repo: target.repo, name: CHECK_RUN_NAME, head_sha: target.headSha, external_id: target.externalId };
}

/** The renderers already cap at GitHub's limit; this guards text assembled around them. */
function fit(text: string): string {
  return text.length <= GITHUB_BODY_LIMIT ? text : `${text.slice(0, GITHUB_BODY_LIMIT - 40)}\n\n_…truncated to fit GitHub's limit._`;
}
