/** What a git checkout says about itself (tags, origin remote), read with the git CLI and absent when git or the checkout is. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export interface GitCheckoutFacts {
  tags?: string[];
  remote?: string;
}

function git(root: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["-C", root, ...args], { timeout: 10_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}

/** Tags and origin URL of the checkout at root; both undefined when root is not the top of a git checkout. */
export async function readGitCheckout(root: string): Promise<GitCheckoutFacts> {
  if (!existsSync(path.join(root, ".git"))) return {};
  const [tags, remote] = await Promise.all([git(root, ["tag", "--list"]), git(root, ["remote", "get-url", "origin"])]);
  const facts: GitCheckoutFacts = {};
  if (tags !== undefined) facts.tags = tags.split("\n").map((t) => t.trim()).filter(Boolean);
  if (remote?.trim()) facts.remote = remote.trim();
  return facts;
}
