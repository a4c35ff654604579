/** Checks the pull request's base commit out of the local git history into a temporary worktree, fetching it when missing. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { UserError } from "../errors.js";

const run = promisify(execFile);

export interface BaseCheckout {
  /** The worktree's root: the repository as it was at the base commit. */
  dir: string;
  /** True when the commit had to be fetched (the checkout was shallow). */
  fetched: boolean;
  remove(): Promise<void>;
}

async function git(repo: string, args: string[]): Promise<string> {
  const { stdout } = await run("git", ["-C", repo, ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

async function hasCommit(repo: string, sha: string): Promise<boolean> {
  try {
    await git(repo, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** `scratch` is where the worktree goes (RUNNER_TEMP in the Action). */
export async function checkoutBase(repo: string, sha: string, scratch: string = tmpdir()): Promise<BaseCheckout> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new UserError(`the base commit "${sha}" is not a commit SHA`);
  try {
    await git(repo, ["rev-parse", "--git-dir"]);
  } catch {
    throw new UserError(`${repo} is not a git checkout: run actions/checkout (with fetch-depth: 0) before mcp-trust`);
  }
  let fetched = false;
  if (!(await hasCommit(repo, sha))) {
    try {
      await git(repo, ["fetch", "--no-tags", "--depth=1", "origin", sha]);
      fetched = true;
    } catch {
      // Checked below: the message names the fix either way.
    }
    if (!(await hasCommit(repo, sha)))
      throw new UserError(
        `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched: check out with actions/checkout and "fetch-depth: 0"`,
      );
  }
  const dir = mkdtempSync(path.join(scratch, "mcp-trust-base-"));
  try {
    await git(repo, ["worktree", "add", "--detach", "--force", dir, sha]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new UserError(`cannot check out the base commit ${sha.slice(0, 12)}: ${firstLine(error)}`);
  }
  return {
    dir,
    fetched,
    async remove() {
      try {
        await git(repo, ["worktree", "remove", "--force", dir]);
      } catch {
        // Removing the folder below is what matters; prune drops the stale worktree record.
        await git(repo, ["worktree", "prune"]).catch(() => undefined);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function firstLine(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  return (e.stderr || e.message || String(error)).trim().split("\n")[0] ?? "";
}
