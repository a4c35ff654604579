import { afterAll, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findVersionTag, tagCommit } from "../../src/facts/git-tag-commit.js";

const root = mkdtempSync(path.join(tmpdir(), "mcp-trust-tag-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("finds the version's tag in its usual spellings", () => {
  expect(findVersionTag(["v1.0.0", "1.2.0", "pkg@2.0.0"], "pkg", "1.2.0")).toBe("1.2.0");
  expect(findVersionTag(["v1.0.0", "pkg@2.0.0"], "pkg", "2.0.0")).toBe("pkg@2.0.0");
  expect(findVersionTag(["v1.0.0"], "pkg", "3.0.0")).toBeUndefined();
});

test("resolves an annotated tag to its commit", async () => {
  const git = (...args: string[]) => execFileSync("git", ["-C", root, "-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { encoding: "utf8" }).trim();
  git("init", "-q");
  writeFileSync(path.join(root, "a.txt"), "a");
  git("add", "a.txt");
  git("commit", "-q", "-m", "one");
  git("tag", "-a", "v1.0.0", "-m", "release");
  expect(await tagCommit(root, "v1.0.0")).toBe(git("rev-parse", "HEAD"));
  expect(await tagCommit(root, "v9.9.9")).toBeUndefined();
});
