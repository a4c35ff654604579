import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { readGitCheckout } from "../../src/facts/git-checkout.js";
import { writeTree } from "../helpers/snapshot.js";

describe("readGitCheckout", () => {
  test("reads tags and the origin remote of a checkout", async () => {
    const root = writeTree({ "package.json": "{}" });
    try {
      const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { stdio: "pipe" });
      git("init", "-q");
      git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "init");
      git("tag", "v1.0.0");
      git("tag", "demo@1.0.0");
      git("remote", "add", "origin", "git@github.com:demo/demo-mcp.git");
      expect(await readGitCheckout(root)).toEqual({ tags: ["demo@1.0.0", "v1.0.0"], remote: "git@github.com:demo/demo-mcp.git" });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("a directory that is not a checkout has no git facts", async () => {
    const root = writeTree({ "package.json": "{}" });
    try {
      expect(await readGitCheckout(root)).toEqual({});
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
