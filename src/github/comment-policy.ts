/** When the sticky comment is posted: `comment: on-change` (default) | `always` | `on-failure` | `never`. */

export const COMMENT_MODES = ["on-change", "always", "on-failure", "never"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const DEFAULT_COMMENT_MODE: CommentMode = "on-change";

/**
 * post: create or update; update-only: refresh a comment we posted before (so it never goes stale) but start none;
 * skip: leave the pull request alone.
 */
export type CommentPlan = "post" | "update-only" | "skip";

export function commentPlan(mode: CommentMode, delta: { quiet: boolean; failed: boolean }): CommentPlan {
  if (mode === "never") return "skip";
  if (mode === "always") return "post";
  if (mode === "on-failure") return delta.failed ? "post" : "update-only";
  return delta.quiet ? "update-only" : "post";
}
