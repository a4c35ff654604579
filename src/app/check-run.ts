/** Publishes the "MCP Trust" check run: created with the first 50 annotations, then updated page by page with the rest. */
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

export interface CheckRunContent {
  owner: string;
  repo: string;
  headSha: string;
  /** Says what produced the run (`pull_request:7`, `push`, `release:v1.2.0`), so a re-run knows what to redo. */
  externalId: string;
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

/** Returns the check run id and how many requests carried annotations. */
export async function publishCheckRun(octokit: ProbotOctokit, content: CheckRunContent): Promise<{ id: number; annotationRequests: number }> {
  const { owner, repo } = content;
  const output = {
    title: content.title.slice(0, 255),
    summary: fit(content.summary),
    ...(content.text ? { text: fit(content.text) } : {}),
  };
  const [first = [], ...rest] = pageAnnotations(content.annotations ?? [], ANNOTATIONS_PER_REQUEST);
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_RUN_NAME,
    head_sha: content.headSha,
    external_id: content.externalId,
    status: "completed",
    conclusion: content.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...output, ...(first.length ? { annotations: first } : {}) },
    ...(content.actions?.length ? { actions: content.actions } : {}),
  });
  for (const page of rest) {
    // Each update appends its annotations; title and summary must be sent again.
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: { ...output, annotations: page } });
  }
  return { id: data.id, annotationRequests: (first.length ? 1 : 0) + rest.length };
}

/** The renderers already cap at GitHub's limit; this guards text assembled around them. */
function fit(text: string): string {
  return text.length <= GITHUB_BODY_LIMIT ? text : `${text.slice(0, GITHUB_BODY_LIMIT - 40)}\n\n_…truncated to fit GitHub's limit._`;
}
