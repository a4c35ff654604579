import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { checkoutBase } from "../../src/action/base-checkout.js";
import { UserError } from "../../src/errors.js";

const run = promisify(execFile);
const git = (repo: string, ...args: string[]) =>
  run("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args]).then((r) => r.stdout.trim());

let tmp: string;
let origin: string;
let first: string;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "mcp-trust-base-"));
  origin = path.join(tmp, "origin");
  mkdirSync(origin);
  await git(origin, "init", "-q", "-b", "main");
  writeFileSync(path.join(origin, "file.txt"), "base\n");
  await git(origin, "add", "-A");
  await git(origin, "commit", "-q", "-m", "base");
  first = await git(origin, "rev-parse", "HEAD");
  writeFileSync(path.join(origin, "file.txt"), "head\n");
  await git(origin, "commit", "-q", "-am", "head");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("checkoutBase", () => {
  test("checks the base commit out beside the workspace and removes it again", async () => {
    const checkout = await checkoutBase(origin, first, tmp);
    expect(checkout.fetched).toBe(false);
    expect(readFileSync(path.join(checkout.dir, "file.txt"), "utf8")).toBe("base\n");
    expect(readFileSync(path.join(origin, "file.txt"), "utf8")).toBe("head\n");
    await checkout.remove();
    expect(existsSync(checkout.dir)).toBe(false);
    expect((await git(origin, "worktree", "list")).split("\n")).toHaveLength(1);
  });

  test("fetches the base commit into a shallow checkout", async () => {
    const shallow = path.join(tmp, "shallow");
    await run("git", ["clone", "-q", "--depth=1", `file://${origin}`, shallow]);
    await expect(git(shallow, "cat-file", "-e", `${first}^{commit}`)).rejects.toBeDefined();
    const checkout = await checkoutBase(shallow, first, tmp);
    try {
      expect(checkout.fetched).toBe(true);
      expect(readFileSync(path.join(checkout.dir, "file.txt"), "utf8")).toBe("base\n");
    } finally {
      await checkout.remove();
    }
  });

  test("a commit that cannot be had names the fix", async () => {
    const missing = "0123456789abcdef0123456789abcdef01234567";
    const error = await checkoutBase(origin, missing, tmp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).oneLine()).toMatch(/base commit 0123456789ab is not in the checkout.*fetch-depth: 0/);
  });

  test("a folder that is no git checkout is a UserError", async () => {
    const plain = mkdtempSync(path.join(tmp, "plain-"));
    await expect(checkoutBase(plain, first, tmp)).rejects.toThrow(/not a git checkout/);
  });
});
