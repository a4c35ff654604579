import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { UserError } from "../../../src/errors.js";
import { parseYarnLockfile, readLockfile } from "../../../src/facts/lockfile/index.js";
import { lockfileFixture } from "./fixture.js";

const made: string[] = [];
function directory(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "mcp-trust-lockfile-"));
  made.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

const npmLock = lockfileFixture("npm-v3-package-lock.json");

describe("readLockfile", () => {
  it("returns undefined when there is no lockfile", () => {
    expect(readLockfile(directory({ "package.json": "{}" }))).toBeUndefined();
  });

  it("prefers npm-shrinkwrap.json over package-lock.json and names the file it read", () => {
    const shrinkwrap = '{ "lockfileVersion": 3, "packages": { "": {} } }';
    const lockfile = readLockfile(directory({ "package-lock.json": npmLock, "npm-shrinkwrap.json": shrinkwrap }));
    expect(lockfile).toMatchObject({ kind: "npm", path: "npm-shrinkwrap.json", packages: [] });
  });

  it("prefers package-lock.json over pnpm, yarn and bun lockfiles", () => {
    const root = directory({
      "package-lock.json": npmLock,
      "pnpm-lock.yaml": lockfileFixture("pnpm-v9-lock.yaml"),
      "yarn.lock": lockfileFixture("yarn-classic.lock"),
      "bun.lock": lockfileFixture("bun.lock"),
    });
    expect(readLockfile(root)?.path).toBe("package-lock.json");
  });

  it("reads yarn.lock before bun.lock, choosing the yarn format from the text", () => {
    const classic = readLockfile(directory({ "yarn.lock": lockfileFixture("yarn-classic.lock"), "bun.lock": "{" }));
    expect(classic?.kind).toBe("yarn-classic");
    expect(readLockfile(directory({ "yarn.lock": lockfileFixture("yarn-berry.lock") }))?.kind).toBe("yarn-berry");
  });

  it("passes the manifest on to the parser", () => {
    const manifest = { dependencies: { zod: "^3.23.8" } };
    const lockfile = readLockfile(directory({ "yarn.lock": lockfileFixture("yarn-classic.lock") }), manifest);
    expect(lockfile?.packages.find((p) => p.name === "zod")?.direct).toBe(true);
  });

  it("reads bun.lock and refuses a binary bun.lockb alone", () => {
    expect(readLockfile(directory({ "bun.lock": lockfileFixture("bun.lock"), "bun.lockb": "\u0000bun" }))?.kind).toBe("bun");
    const attempt = () => readLockfile(directory({ "bun.lockb": "\u0000bun-lockfile-format-v0" }));
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow(/bun install --save-text-lockfile/);
  });

  it("turns a malformed lockfile into a UserError naming it", () => {
    const attempt = () => readLockfile(directory({ "pnpm-lock.yaml": "lockfileVersion: '9.0'\npackages: [\n" }));
    expect(attempt).toThrow(UserError);
    try {
      attempt();
    } catch (error) {
      expect((error as UserError).file).toBe("pnpm-lock.yaml");
    }
  });
});

describe("parseYarnLockfile", () => {
  it("dispatches on __metadata", () => {
    expect(parseYarnLockfile(lockfileFixture("yarn-berry.lock"), "yarn.lock").kind).toBe("yarn-berry");
    expect(parseYarnLockfile(lockfileFixture("yarn-classic.lock"), "yarn.lock").kind).toBe("yarn-classic");
  });
});
