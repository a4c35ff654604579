import { UserError } from "../../../src/errors.js";
import { parseBunLockfile } from "../../../src/facts/lockfile/bun.js";
import type { LockedPackage } from "../../../src/model.js";
import { lockfileFixture } from "./fixture.js";

function byName(packages: LockedPackage[], name: string, version?: string): LockedPackage {
  const found = packages.find((p) => p.name === name && (version === undefined || p.version === version));
  if (!found) throw new Error(`no ${name} in ${packages.map((p) => p.name).join(", ")}`);
  return found;
}

describe("parseBunLockfile", () => {
  const text = lockfileFixture("bun.lock");
  const lockfile = parseBunLockfile(text, "bun.lock");

  it("parses JSONC with trailing commas and reads the root workspace's specs", () => {
    expect(lockfile).toMatchObject({ kind: "bun", path: "bun.lock", formatVersion: "1" });
    expect(lockfile.rootSpecs).toMatchObject({
      "@modelcontextprotocol/sdk": "^1.12.0",
      typescript: "^5.4.0",
      "mirror-pkg": "^2.0.0",
      tools: "workspace:*",
    });
    expect(lockfile.packages).toHaveLength(11);
  });

  it("reads an npm entry with its integrity, line and direct flag; the default registry leaves no resolved", () => {
    expect(byName(lockfile.packages, "@modelcontextprotocol/sdk")).toEqual({
      ecosystem: "npm",
      name: "@modelcontextprotocol/sdk",
      version: "1.12.0",
      integrity:
        "sha512-m//7RlINx1F3sz3KqwY1WWzVgTcYX52HYk4bJ1hkBXV3zccAEth+jRvG8DBRrdaQuRsPAJOx2MH3zaHNCKL7Zg==",
      source: "registry",
      direct: true,
      line: text.split("\n").findIndex((l) => l.includes('"@modelcontextprotocol/sdk": [')) + 1,
    });
  });

  it("keeps a non-default registry URL as resolved, http included", () => {
    expect(byName(lockfile.packages, "mirror-pkg")).toMatchObject({
      source: "registry",
      resolved: "http://npm.mirror.example.com/",
      direct: true,
    });
  });

  it("classifies github, git, tarball and workspace entries", () => {
    expect(byName(lockfile.packages, "is-even")).toMatchObject({
      source: "git",
      resolved: "github:jonschlinkert/is-even#7f5a3d2",
      direct: true,
    });
    expect(byName(lockfile.packages, "is-even").integrity).toBeUndefined();
    expect(byName(lockfile.packages, "private-fork")).toMatchObject({
      source: "git",
      resolved: "git+https://github.com/someone/private-fork.git#0f1e2d3",
    });
    expect(byName(lockfile.packages, "legacy-tar")).toMatchObject({
      source: "tarball",
      resolved: "http://downloads.example.com/legacy-tar-1.0.0.tgz",
    });
    expect(byName(lockfile.packages, "legacy-tar").integrity).toBeUndefined();
    expect(byName(lockfile.packages, "tools")).toMatchObject({ source: "workspace", version: "0.2.0", direct: true });
  });

  it("names an alias by its ident and keeps nested copies apart", () => {
    expect(byName(lockfile.packages, "string-width")).toMatchObject({ version: "4.2.3", direct: true });
    expect(byName(lockfile.packages, "zod", "3.23.8").direct).toBe(false);
    expect(byName(lockfile.packages, "zod", "3.22.4").direct).toBe(false);
    expect(byName(lockfile.packages, "is-odd").direct).toBe(false);
  });

  it("marks as dev what only devDependencies reach", () => {
    expect(byName(lockfile.packages, "typescript")).toMatchObject({ dev: true, direct: true });
    expect(byName(lockfile.packages, "zod", "3.22.4").dev).toBeUndefined();
    expect(byName(lockfile.packages, "is-odd").dev).toBeUndefined();
  });
});

describe("parseBunLockfile, bad input", () => {
  function userError(text: string): UserError {
    try {
      parseBunLockfile(text, "bun.lock");
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error("expected a UserError");
  }

  it("reports malformed JSONC with the line", () => {
    const error = userError('{\n  "lockfileVersion": 1,\n  "packages": {\n    "zod": ["zod@3.23.8" "", {}],\n  },\n}\n');
    expect(error.line).toBe(4);
    expect(error.oneLine()).toMatch(/^bun\.lock:4: malformed JSONC: CommaExpected/);
  });

  it("rejects an unsupported lockfileVersion", () => {
    expect(userError('{ "lockfileVersion": 9, "packages": {} }').message).toMatch(/unsupported bun lockfileVersion 9/);
  });
});
