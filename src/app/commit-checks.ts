/**
 * The App's three check flows (pull request delta, default-branch commit, release), each taking the job's queued
 * "MCP Trust" check run (when there is one) through in progress to completed.
 */
import { publishState } from "../facts/release-check.js";
import { diff } from "../diff.js";
import { UserError } from "../errors.js";
import { evaluateGate, verdictPlain, type GateResult } from "../gate.js";
import type { Finding, Report } from "../model.js";
import { checkRunAnnotations, checkRunConclusion, checkRunTitle, scoreMarker } from "../report/check-run.js";
import { deltaIsQuiet, GITHUB_BODY_LIMIT, renderDeltaMarkdown, renderMarkdown } from "../report/markdown.js";
import { commentPlan, DEFAULT_COMMENT_MODE } from "../github/comment-policy.js";
import { upsertStickyComment } from "../github/sticky-comment.js";
import { publishCheckRun, REVERIFY_ACTION, startCheckRun, type CheckConclusion, type CheckRunContent } from "./check-run.js";
import { gateOptionsOf, scanCommitTree, withCommitTree, type JobContext } from "./job-context.js";
import { environmentSecrets, redactError, redactText } from "../redact.js";

/** Room left in a summary or text for the lines written around a rendered report. */
const BODY_LIMIT = GITHUB_BODY_LIMIT - 2_000;
const DETAILS_HINT = "the check run details";

export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
}

/** Scans base and head, posts the delta as a check run on the head and as the sticky comment. */
export async function checkPullRequest(job: JobContext, pr: PullRequestRef, queuedId?: number): Promise<void> {
  const externalId = `pull_request:${pr.number}`;
  await reportingFailures(job, pr.headSha, externalId, queuedId, async (id) => {
    const { head, base, config } = await withCommitTree(job, pr.headSha, async (headTree) => {
      const head = await scanCommitTree(job, headTree);
      // The base is judged under the head's config, so an ignore added in the PR is not a "resolved" finding.
      const base = await withCommitTree(job, pr.baseSha, (baseTree) => scanCommitTree(job, baseTree, head.configFile));
      return { head: head.report, base: base.report, config: head.config };
    });
    const delta = diff(base, head);
    const gate = evaluateGate(head.score, delta.newFindings, gateOptionsOf(config), "new");
    const { annotations, omitted } = checkRunAnnotations(delta.newFindings);
    await publishCheckRun(job.octokit, {
      owner: job.owner,
      repo: job.repo,
      headSha: pr.headSha,
      externalId,
      conclusion: checkRunConclusion(gate),
      title: checkRunTitle(gate, head, delta),
      summary: renderDeltaMarkdown(delta, { gate, limit: BODY_LIMIT, fullReportHint: DETAILS_HINT }),
      text: detailsText(head, gate, omitted),
      annotations,
    }, id);
    const plan = commentPlan(config.comment ?? DEFAULT_COMMENT_MODE, { quiet: deltaIsQuiet(delta), failed: gate.status === "failed" });
    if (plan === "skip") return;
    const comment = await upsertStickyComment(job.octokit, {
      owner: job.owner,
      repo: job.repo,
      issueNumber: pr.number,
      body: renderDeltaMarkdown(delta, { gate, marker: true, limit: BODY_LIMIT, fullReportHint: `the "MCP Trust" check run` }),
      create: plan === "post",
    });
    if (comment.status === "forbidden") job.log.warn(`no pull request comment on #${pr.number}: ${comment.reason}`);
  });
}

/** A commit on the default branch (push, or a re-run): scan, check run, and the badge's new value. */
export async function checkDefaultBranchCommit(job: JobContext, sha: string, externalId = "push", queuedId?: number): Promise<void> {
  await reportingFailures(job, sha, externalId, queuedId, async (id) => {
    const { report, config } = await withCommitTree(job, sha, (tree) => scanCommitTree(job, tree));
    const gate = evaluateGate(report.score, report.findings, gateOptionsOf(config));
    await publishCheckRun(job.octokit, reportCheckRun(job, sha, externalId, report, gate, checkRunConclusion(gate)), id);
    job.deps.recordBadge(job.owner, job.repo, { score: report.score, grade: report.grade, ...(report.partial ? { partial: true } : {}) });
  });
}

/**
 * A published release: scan the tag's commit and ask whether the package's version is on the registry.
 * Not yet published means nothing could be verified: neutral, with a button to check again later.
 */
export async function checkRelease(job: JobContext, tag: string, sha: string, queuedId?: number): Promise<void> {
  const externalId = `release:${tag}`;
  await reportingFailures(job, sha, externalId, queuedId, async (id) => {
    const { report, config, state } = await withCommitTree(job, sha, async (tree) => {
      const scanned = await scanCommitTree(job, tree);
      const state = await publishState(scanned.report, tree.root, scanned.config.package, job.deps.manifestLookup);
      return { ...scanned, state };
    });
    const gate = evaluateGate(report.score, report.findings, gateOptionsOf(config));
    if (state.state === "not-published") {
      const note = `**${state.spec} is not on the registry yet**, so the published package could not be verified against ${tag}. This is not a pass: press "${REVERIFY_ACTION.label}" once it is published.`;
      await publishCheckRun(job.octokit, {
        ...reportCheckRun(job, sha, externalId, report, gate, "neutral", note),
        title: `${state.spec} is not published yet: verification pending`,
        actions: [REVERIFY_ACTION],
      }, id);
      return;
    }
    const note = state.state === "unknown" ? `Release check: ${state.detail}.` : `Release ${tag}: ${state.detail}.`;
    await publishCheckRun(job.octokit, {
      ...reportCheckRun(job, sha, externalId, report, gate, checkRunConclusion(gate), note),
      ...(state.state === "unknown" && state.spec ? { actions: [REVERIFY_ACTION] } : {}),
    }, id);
  });
}

function reportCheckRun(job: JobContext, sha: string, externalId: string, report: Report, gate: GateResult, conclusion: CheckConclusion, note?: string): CheckRunContent {
  const { annotations, omitted } = checkRunAnnotations(report.findings);
  return {
    owner: job.owner,
    repo: job.repo,
    headSha: sha,
    externalId,
    conclusion,
    title: checkRunTitle(gate, report),
    summary: [...(note ? [`> ${note}`, ""] : []), renderMarkdown(report, { gate, limit: BODY_LIMIT, fullReportHint: DETAILS_HINT })].join("\n"),
    text: detailsText(report, gate, omitted),
    annotations,
  };
}

/**
 * Marks the check run in progress, then lets `work` complete it. A scan that cannot finish still completes it,
 * concluded failure: a missing result must not read as a pass (a required check counts neutral as passing).
 * A UserError (bad config, tarball over the limits) is the user's to fix.
 */
async function reportingFailures(job: JobContext, sha: string, externalId: string, queuedId: number | undefined, work: (id: number) => Promise<void>): Promise<void> {
  let id = queuedId;
  try {
    id = await startCheckRun(job.octokit, { owner: job.owner, repo: job.repo, headSha: sha, externalId }, queuedId);
    await work(id);
  } catch (error) {
    const userError = error instanceof UserError;
    // Registry credentials and the App's own secrets never reach a log line or a check run.
    const message = redactText(userError ? error.oneLine() : `internal error: ${(error as Error).message?.split("\n")[0] ?? String(error)}`, environmentSecrets());
    if (userError) job.log.info(`${job.owner}/${job.repo}@${sha}: ${message}`);
    else job.log.error({ err: redactError(error) }, `${job.owner}/${job.repo}@${sha}: scan failed`);
    await publishCheckRun(job.octokit, {
      owner: job.owner,
      repo: job.repo,
      headSha: sha,
      externalId,
      conclusion: "failure",
      title: userError ? "MCP Trust could not scan this commit" : "MCP Trust failed on this commit",
      summary: `${userError ? "The scan stopped" : "The scan failed"}: ${message}`,
    }, id);
  }
}

/** The output text: the score line the badge reads, the gate, and what did not fit as annotations. */
function detailsText(report: Report, gate: GateResult, omittedAnnotations: number): string {
  const unlocated = report.findings.filter((f: Finding) => !f.ignored && !f.location).length;
  return [
    scoreMarker(report),
    `${verdictPlain(gate)}.`,
    ...(omittedAnnotations ? [`${omittedAnnotations} more located findings are not annotated (annotation cap).`] : []),
    ...(unlocated ? [`${unlocated} findings have no file location and appear only in the summary.`] : []),
  ].join("\n");
}
