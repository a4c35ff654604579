/** Finds the git tag that marks a package version in a checkout, and the commit it points to. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** The tag names a release of name@version is usually given, in order of preference. */
export function versionTagCandidates(name: string, version: string): string[] {
  return [`v${version}`, version, `${name}@${version}`];
}

export function findVersionTag(tags: readonly string[], name: string, version: string): string | undefined {
  return versionTagCandidates(name, version).find((candidate) => tags.includes(candidate));
}

/** The commit a tag points to (annotated tags peeled); undefined when root is no checkout or git fails. */
export function tagCommit(root: string, tag: string): Promise<string | undefined> {
  if (!existsSync(path.join(root, ".git"))) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile("git", ["-C", root, "rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { timeout: 10_000 }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}
