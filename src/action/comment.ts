/** The sticky pull request comment: found by its marker, updated in place, created once; a read-only token is no failure. */
import { Octokit } from "@octokit/rest";
import { upsertStickyComment as upsertSticky, type StickyCommentOutcome } from "../github/sticky-comment.js";
import type { RepoRef } from "./event.js";

export type CommentOutcome = StickyCommentOutcome;

export function createOctokit(token: string, baseUrl = process.env["GITHUB_API_URL"] || "https://api.github.com"): Octokit {
  // Octokit's default log prints every failed request; the callers report the ones that matter in their own words.
  const quiet = () => undefined;
  return new Octokit({ auth: token, baseUrl, userAgent: "mcp-trust-action", log: { debug: quiet, info: quiet, warn: quiet, error: quiet } });
}

/**
 * Posts `body` (which must carry COMMENT_MARKER) on the pull request, editing the earlier mcp-trust comment when there is one
 * (the same sticky comment the App keeps). A 403 is the read-only token of a fork's pull request: reported, not thrown.
 */
export async function upsertStickyComment(octokit: Octokit, repo: RepoRef, pullNumber: number, body: string, create = true): Promise<CommentOutcome> {
  const outcome = await upsertSticky(octokit, { ...repo, issueNumber: pullNumber, body, create });
  if (outcome.status !== "forbidden") return outcome;
  return {
    status: "forbidden",
    reason:
      "the token cannot write to this pull request (a pull request from a fork gets a read-only token, or the workflow lacks " +
      "`permissions: pull-requests: write`); the report is in the job summary and the annotations instead",
  };
}
