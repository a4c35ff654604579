/** The sticky pull request comment for any octokit (the App's, @octokit/rest's): found by its marker, edited in place, created once. */
import { COMMENT_MARKER } from "../report/markdown.js";

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

/** The three issue-comment calls this needs; method syntax so octokit's overloaded methods fit. */
export interface StickyCommentClient {
  rest: {
    issues: {
      listComments(params: { owner: string; repo: string; issue_number: number; per_page?: number; page?: number }): Promise<{ data: IssueComment[] }>;
      createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data: IssueComment }>;
      updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<{ data: IssueComment }>;
    };
  };
}

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Must start with COMMENT_MARKER (renderDeltaMarkdown(delta, { marker: true }) does). */
  body: string;
  /** False: only refresh an earlier comment, never start one (a quiet pull request under `comment: on-change`). */
  create?: boolean;
}

export type StickyCommentOutcome =
  | { status: "created"; id: number; url?: string }
  | { status: "updated"; id: number; url?: string }
  /** The earlier comment already says exactly this: not edited (no notification, no "edited" mark). */
  | { status: "unchanged"; id: number; url?: string }
  /** There was no earlier comment and `create` was false. */
  | { status: "not-created" }
  | { status: "forbidden"; reason: string };

const PAGE_SIZE = 100;

/** A 403 (no pull_requests: write, or a fork's read-only token) is an outcome, not an error; anything else throws. */
export async function upsertStickyComment(octokit: StickyCommentClient, comment: StickyComment): Promise<StickyCommentOutcome> {
  if (!comment.body.includes(COMMENT_MARKER)) throw new Error("the sticky comment body must carry the mcp-trust marker");
  const { owner, repo, issueNumber, body } = comment;
  try {
    const existing = await findStickyComment(octokit, owner, repo, issueNumber);
    if (existing) {
      if (sameBody(existing.body ?? "", body)) return { status: "unchanged", id: existing.id, ...(existing.html_url ? { url: existing.html_url } : {}) };
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { status: "updated", id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
    }
    if (comment.create === false) return { status: "not-created" };
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { status: "created", id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
  } catch (error) {
    if ((error as { status?: number }).status === 403)
      return { status: "forbidden", reason: "the token cannot write to this pull request (it needs pull_requests: write)" };
    throw error;
  }
}

/** GitHub may hand a body back with CRLF line ends or without the final newline. */
function sameBody(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, "\n").trimEnd();
  return norm(a) === norm(b);
}

async function findStickyComment(octokit: StickyCommentClient, owner: string, repo: string, issueNumber: number): Promise<IssueComment | undefined> {
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.issues.listComments({ owner, repo, issue_number: issueNumber, per_page: PAGE_SIZE, page });
    // The renderer puts the marker first; a reply quoting our comment carries it later, if at all.
    const found = data.find((c) => c.body?.trimStart().startsWith(COMMENT_MARKER));
    if (found || data.length < PAGE_SIZE) return found;
  }
}
