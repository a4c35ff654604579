import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { Octokit } from "@octokit/rest";
import { UserError } from "../../src/errors.js";
import { extractRepositoryTarball, openGitHubCommit, DEFAULT_EXTRACT_LIMITS } from "../../src/sources/github.js";
import { githubArchive, rawTarball } from "../helpers/tarball.js";

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mcp-trust-github-test-"));
  dirs.push(dir);
  return dir;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("openGitHubCommit", () => {
  test("downloads the tarball at the commit through the redirect and strips the top folder", async () => {
    nock("https://api.github.com")
      .get("/repos/octo/server/tarball/abc1234")
      .reply(302, "", { location: "https://codeload.github.com/octo/server/legacy.tar.gz/abc1234" });
    nock("https://codeload.github.com")
      .get("/octo/server/legacy.tar.gz/abc1234")
      .reply(200, githubArchive({ "package.json": '{"name":"octo-server"}', "src/index.ts": "export {};\n" }), { "content-type": "application/x-gzip" });
    const tree = await openGitHubCommit(new Octokit({ auth: "token" }), { owner: "octo", repo: "server", sha: "abc1234" });
    try {
      expect(tree.target).toEqual({ kind: "github", label: "octo/server@abc1234" });
      expect(readFileSync(path.join(tree.root, "package.json"), "utf8")).toBe('{"name":"octo-server"}');
      expect(readFileSync(path.join(tree.root, "src/index.ts"), "utf8")).toBe("export {};\n");
    } finally {
      await tree.close();
    }
    expect(existsSync(tree.root)).toBe(false);
  });

  test("a limit broken while unpacking is a UserError and leaves no temp dir behind", async () => {
    nock("https://api.github.com")
      .get("/repos/octo/server/tarball/abc1234")
      .reply(200, githubArchive({ a: "1", b: "2", c: "3" }), { "content-type": "application/x-gzip" });
    const before = readdirSync(tmpdir()).filter((d) => d.startsWith("mcp-trust-github-") && !d.includes("test")).length;
    await expect(
      openGitHubCommit(new Octokit(), { owner: "octo", repo: "server", sha: "abc1234" }, { ...DEFAULT_EXTRACT_LIMITS, maxEntries: 2 }),
    ).rejects.toThrow(new UserError("octo/server@abc1234 has more than 2 files and folders, the most the App unpacks"));
    const after = readdirSync(tmpdir()).filter((d) => d.startsWith("mcp-trust-github-") && !d.includes("test")).length;
    expect(after).toBe(before);
  });
});

describe("extractRepositoryTarball", () => {
  test("refuses parent and absolute paths and drops symlinks and hardlinks", async () => {
    const dir = scratch();
    const tarball = rawTarball([
      { path: "top/", type: "Directory" },
      { path: "top/ok.txt", body: "fine" },
      { path: "top/../../escape.txt", body: "out" },
      { path: "/etc/evil.txt", body: "abs" },
      { path: "top/link-out", type: "SymbolicLink", linkpath: "/etc/passwd" },
      { path: "top/hard", type: "Link", linkpath: "top/ok.txt" },
    ]);
    const stats = await extractRepositoryTarball(tarball, dir, DEFAULT_EXTRACT_LIMITS, "o/r@1");
    expect(readdirSync(dir).sort()).toEqual(["ok.txt"]);
    expect(lstatSync(path.join(dir, "ok.txt")).isFile()).toBe(true);
    expect(stats.refusedPaths).toEqual(["top/../../escape.txt", "/etc/evil.txt"]);
    expect(stats.droppedLinks).toEqual(["link-out", "hard"]);
    expect(existsSync(path.join(path.dirname(dir), "escape.txt"))).toBe(false);
  });

  test("the size limit counts declared sizes and stops with a clear UserError", async () => {
    const dir = scratch();
    const tarball = rawTarball([
      { path: "top/", type: "Directory" },
      { path: "top/big.bin", body: "x".repeat(4000) },
      { path: "top/more.bin", body: "y".repeat(4000) },
    ]);
    const error = await extractRepositoryTarball(tarball, dir, { maxBytes: 5000, maxEntries: 100 }, "o/r@1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe("o/r@1 unpacks to more than 5000 bytes, the most the App unpacks");
    expect(existsSync(path.join(dir, "more.bin"))).toBe(false);
  });

  test("garbage instead of a tarball is a UserError, not a crash", async () => {
    const error = await extractRepositoryTarball(Buffer.from("<html>not a tarball</html>"), scratch(), DEFAULT_EXTRACT_LIMITS, "o/r@1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
  });
});
