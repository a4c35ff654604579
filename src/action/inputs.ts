/** The Action's inputs, read through a getter (core.getInput in the Action, a map in tests) and validated into one-line UserErrors. */
import { statSync } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { COMMENT_MODES, type CommentMode } from "../github/comment-policy.js";
import type { Severity } from "../model.js";

export const FAIL_ON_VALUES = ["critical", "high", "medium", "low", "none"] as const;
export type FailOn = (typeof FAIL_ON_VALUES)[number];

export interface ActionInputs {
  /** Absolute path of the tree to scan. */
  root: string;
  /** Posix path of that tree relative to the workspace ("" for the workspace itself), for annotations and SARIF. */
  relativeRoot: string;
  packageSpec?: string;
  failUnder?: number;
  failOn?: Severity | "none";
  /** Set when the input is given (it wins over the config's `comment`); true is on-change, false is never. */
  comment?: CommentMode;
  /** Run the package's build in a scratch copy and compare its pack with the published tarball (never under pull_request_target). */
  rebuild: boolean;
  /** Absolute paths to write to. */
  sarif?: string;
  badge?: string;
  config?: string;
  token?: string;
}

export type InputGetter = (name: string) => string;

/** Relative paths are resolved against the workspace, the runner's checkout of the repository. */
export function readInputs(get: InputGetter, workspace: string): ActionInputs {
  const value = (name: string): string | undefined => {
    const v = get(name).trim();
    return v === "" ? undefined : v;
  };
  const root = path.resolve(workspace, value("path") ?? ".");
  if (!isDirectory(root)) throw new UserError(`input "path": ${value("path") ?? "."} is not a directory in the workspace`);
  const relativeRoot = path.relative(workspace, root).split(path.sep).join("/");
  if (relativeRoot.startsWith("..")) throw new UserError(`input "path": ${value("path")} is outside the workspace`);

  const inputs: ActionInputs = {
    root,
    relativeRoot,
    rebuild: parseBoolean("rebuild", value("rebuild") ?? "false"),
  };
  const comment = value("comment");
  if (comment !== undefined) inputs.comment = parseCommentMode(comment);
  const packageSpec = value("package");
  if (packageSpec) inputs.packageSpec = packageSpec;
  const failUnder = value("fail-under");
  if (failUnder !== undefined) inputs.failUnder = parseFailUnder(failUnder);
  const failOn = value("fail-on");
  if (failOn !== undefined) inputs.failOn = parseFailOn(failOn);
  const sarif = value("sarif");
  if (sarif) inputs.sarif = path.resolve(workspace, sarif);
  const badge = value("badge");
  if (badge) inputs.badge = path.resolve(workspace, badge);
  const config = value("config");
  if (config) inputs.config = path.resolve(workspace, config);
  const token = value("github-token");
  if (token) inputs.token = token;
  return inputs;
}

export function parseFailUnder(text: string): number {
  const n = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n > 100)
    throw new UserError(`input "fail-under" must be a number from 0 to 100 (got "${text}")`);
  return n;
}

export function parseFailOn(text: string): Severity | "none" {
  const s = text.toLowerCase();
  if (!(FAIL_ON_VALUES as readonly string[]).includes(s))
    throw new UserError(`input "fail-on" must be one of ${FAIL_ON_VALUES.join(", ")} (got "${text}")`);
  return s as FailOn;
}

export function parseCommentMode(text: string): CommentMode {
  if (["true", "True", "TRUE"].includes(text)) return "on-change";
  if (["false", "False", "FALSE"].includes(text)) return "never";
  const mode = text.toLowerCase();
  if ((COMMENT_MODES as readonly string[]).includes(mode)) return mode as CommentMode;
  throw new UserError(`input "comment" must be one of ${COMMENT_MODES.join(", ")} (or true, false) (got "${text}")`);
}

/** The YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them, with our own one-line error. */
export function parseBoolean(name: string, text: string): boolean {
  if (["true", "True", "TRUE"].includes(text)) return true;
  if (["false", "False", "FALSE"].includes(text)) return false;
  throw new UserError(`input "${name}" must be true or false (got "${text}")`);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
