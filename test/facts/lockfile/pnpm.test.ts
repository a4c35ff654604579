import { UserError } from "../../../src/errors.js";
import { parsePnpmLockfile } from "../../../src/facts/lockfile/pnpm.js";
import type { LockedPackage } from "../../../src/model.js";
import { lockfileFixture } from "./fixture.js";

function byName(packages: LockedPackage[], name: string): LockedPackage {
  const found = packages.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in ${packages.map((p) => p.name).join(", ")}`);
  return found;
}

function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((l) => l.startsWith(needle)) + 1;
}

describe("parsePnpmLockfile, lockfileVersion 9.0", () => {
  const text = lockfileFixture("pnpm-v9-lock.yaml");
  const lockfile = parsePnpmLockfile(text, "pnpm-lock.yaml");

  it("reads the root importer's specs", () => {
    expect(lockfile).toMatchObject({ kind: "pnpm", formatVersion: "9.0" });
    expect(lockfile.rootSpecs).toMatchObject({
      "@modelcontextprotocol/sdk": "^1.12.0",
      "string-width-cjs": "npm:string-width@^4.2.0",
      typescript: "~5.9.2",
      "legacy-tar": "http://downloads.example.com/legacy-tar-1.0.0.tgz",
    });
  });

  it("reads registry packages with integrity, line and direct flag, without inventing a resolved URL", () => {
    expect(byName(lockfile.packages, "@modelcontextprotocol/sdk")).toEqual({
      ecosystem: "npm",
      name: "@modelcontextprotocol/sdk",
      version: "1.12.0",
      integrity:
        "sha512-m//7RlINx1F3sz3KqwY1WWzVgTcYX52HYk4bJ1hkBXV3zccAEth+jRvG8DBRrdaQuRsPAJOx2MH3zaHNCKL7Zg==",
      source: "registry",
      direct: true,
      line: lineOf(text, "  '@modelcontextprotocol/sdk@1.12.0':"),
    });
    expect(byName(lockfile.packages, "js-tokens").direct).toBe(false);
  });

  it("matches direct packages through peer suffixes and aliases", () => {
    expect(byName(lockfile.packages, "react-dom")).toMatchObject({ version: "18.3.1", direct: true });
    expect(byName(lockfile.packages, "react").direct).toBe(false);
    expect(byName(lockfile.packages, "string-width")).toMatchObject({ version: "4.2.3", direct: true });
  });

  it("classifies codeload, git and http tarball resolutions", () => {
    expect(byName(lockfile.packages, "is-positive")).toMatchObject({
      version: "3.1.0",
      source: "git",
      resolved: "https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f525f192a3f83cea1944765f769ae2678",
      direct: true,
    });
    expect(byName(lockfile.packages, "is-positive").integrity).toBeUndefined();
    expect(byName(lockfile.packages, "private-fork")).toMatchObject({
      version: "2.0.0",
      source: "git",
      resolved: "https://github.com/someone/private-fork.git#0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
      direct: false,
    });
    expect(byName(lockfile.packages, "legacy-tar")).toMatchObject({
      source: "tarball",
      resolved: "http://downloads.example.com/legacy-tar-1.0.0.tgz",
      optional: true,
      direct: true,
    });
  });

  it("derives dev from what only devDependencies reach, since v9 has no dev flag", () => {
    expect(byName(lockfile.packages, "typescript").dev).toBe(true);
    expect(byName(lockfile.packages, "esbuild").dev).toBeUndefined();
    expect(byName(lockfile.packages, "loose-envify").dev).toBeUndefined();
  });

  it("lists a root link: dependency as a link package", () => {
    expect(byName(lockfile.packages, "tools")).toMatchObject({ source: "link", resolved: "link:packages/tools", direct: true });
  });
});

describe("parsePnpmLockfile, lockfileVersion 6.0", () => {
  const text = lockfileFixture("pnpm-v6-lock.yaml");
  const lockfile = parsePnpmLockfile(text, "pnpm-lock.yaml");

  it("reads top-level importer specs of a single-project lockfile", () => {
    expect(lockfile.rootSpecs).toEqual({
      "@types/react": "^18.3.3",
      "is-positive": "github:kevva/is-positive",
      "react-dom": "^18.3.1",
      esbuild: "^0.19.12",
      fsevents: "^2.3.3",
    });
  });

  it("reads requiresBuild, dev and optional flags, scoped names and stripped peer suffixes", () => {
    expect(byName(lockfile.packages, "esbuild")).toMatchObject({ hasInstallScript: true, dev: true, direct: true });
    expect(byName(lockfile.packages, "fsevents")).toMatchObject({ hasInstallScript: true, optional: true, direct: true });
    expect(byName(lockfile.packages, "fsevents").dev).toBeUndefined();
    expect(byName(lockfile.packages, "@types/react")).toMatchObject({ version: "18.3.3", direct: true });
    expect(byName(lockfile.packages, "react-dom")).toMatchObject({
      version: "18.3.1",
      direct: true,
      line: lineOf(text, "  /react-dom@18.3.1(react@18.3.1):"),
    });
    expect(byName(lockfile.packages, "csstype")).toMatchObject({ direct: false, source: "registry" });
  });

  it("names a git dependency from its name field and classifies its codeload tarball as git", () => {
    expect(byName(lockfile.packages, "is-positive")).toMatchObject({ version: "3.1.0", source: "git", direct: true });
  });
});

describe("parsePnpmLockfile, lockfileVersion 5.4", () => {
  const lockfile = parsePnpmLockfile(lockfileFixture("pnpm-v5-lock.yaml"), "pnpm-lock.yaml");

  it("reads specifiers and slash-separated keys with underscore peer suffixes", () => {
    expect(lockfile.formatVersion).toBe("5.4");
    expect(lockfile.rootSpecs).toMatchObject({ "@babel/code-frame": "^7.0.0", typescript: "4.9.5" });
    expect(byName(lockfile.packages, "@babel/code-frame")).toMatchObject({ version: "7.22.13", direct: true });
    expect(byName(lockfile.packages, "react-dom")).toMatchObject({ version: "18.2.0", direct: true });
    expect(byName(lockfile.packages, "node-sass").hasInstallScript).toBe(true);
    expect(byName(lockfile.packages, "typescript")).toMatchObject({ dev: true, direct: true });
  });
});

describe("parsePnpmLockfile, bad input", () => {
  function userError(text: string): UserError {
    try {
      parsePnpmLockfile(text, "pnpm-lock.yaml");
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error("expected a UserError");
  }

  it("reports malformed YAML with the line", () => {
    const error = userError("lockfileVersion: '9.0'\n\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x\n  b@1.0.0: {}\n");
    expect(error.file).toBe("pnpm-lock.yaml");
    expect(error.line).toBe(6);
    expect(error.oneLine()).toBe(
      "pnpm-lock.yaml:6: malformed YAML: Flow map in block collection must be sufficiently indented and end with a }",
    );
  });

  it("rejects an unsupported lockfileVersion", () => {
    const error = userError("importers: {}\nlockfileVersion: '3.1'\n");
    expect(error.message).toMatch(/unsupported pnpm lockfileVersion "3.1"/);
    expect(error.line).toBe(2);
  });
});
