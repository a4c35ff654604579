import { UserError } from "../../../src/errors.js";
import { parseYarnBerryLockfile } from "../../../src/facts/lockfile/yarn-berry.js";
import type { LockedPackage } from "../../../src/model.js";
import { lockfileFixture } from "./fixture.js";

function byName(packages: LockedPackage[], name: string): LockedPackage {
  const found = packages.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in ${packages.map((p) => p.name).join(", ")}`);
  return found;
}

describe("parseYarnBerryLockfile", () => {
  const text = lockfileFixture("yarn-berry.lock");
  const lockfile = parseYarnBerryLockfile(text, "yarn.lock", { devDependencies: { typescript: "^5.4.0" } });

  it("skips the root workspace and reads its dependencies as the root specs", () => {
    expect(lockfile).toMatchObject({ kind: "yarn-berry", formatVersion: "8" });
    expect(lockfile.packages.map((p) => p.name)).not.toContain("demo-server");
    expect(lockfile.rootSpecs).toMatchObject({
      "@modelcontextprotocol/sdk": "^1.12.0",
      "string-width-cjs": "npm:string-width@^4.2.0",
      tools: "workspace:packages/tools",
    });
  });

  it("drops the npm: protocol from plain descriptors only", () => {
    expect(lockfile.descriptors).toEqual(
      expect.arrayContaining(["@modelcontextprotocol/sdk@^1.12.0", "string-width@^4.1.0", "string-width-cjs@npm:string-width@^4.2.0"]),
    );
    expect(lockfile.descriptors).toContain("demo-server@workspace:.");
    expect(lockfile.descriptors).toContain("resolve@patch:resolve@npm%3A^1.22.8#optional!builtin<compat/resolve>");
  });

  it("reads an npm package with its checksum, line and direct flag, without a resolved URL", () => {
    expect(byName(lockfile.packages, "@modelcontextprotocol/sdk")).toEqual({
      ecosystem: "npm",
      name: "@modelcontextprotocol/sdk",
      version: "1.12.0",
      integrity: expect.stringMatching(/^10c0\/2a8e0f4c/),
      source: "registry",
      direct: true,
      line: 8,
    });
    expect(byName(lockfile.packages, "zod").direct).toBe(false);
  });

  it("classifies git, http tarball, patch and workspace resolutions", () => {
    expect(byName(lockfile.packages, "left-pad")).toMatchObject({
      source: "git",
      resolved: "https://github.com/left-pad/left-pad.git#commit=5a5d9a8e5d2d2a5e3b2b1c8f4a6a0b9c2e7d1f3a",
      direct: true,
    });
    expect(byName(lockfile.packages, "legacy-tar")).toMatchObject({
      source: "tarball",
      resolved: "http://downloads.example.com/legacy-tar-1.0.0.tgz",
    });
    expect(byName(lockfile.packages, "legacy-tar").integrity).toBeUndefined();
    const resolves = lockfile.packages.filter((p) => p.name === "resolve");
    expect(resolves.map((p) => [p.source, p.direct])).toEqual([
      ["registry", false],
      ["registry", true],
    ]);
    expect(byName(lockfile.packages, "tools")).toMatchObject({ source: "workspace", direct: true });
  });

  it("names an alias by its resolution and marks dev from the manifest", () => {
    expect(byName(lockfile.packages, "string-width")).toMatchObject({ version: "4.2.3", direct: true });
    expect(byName(lockfile.packages, "typescript")).toMatchObject({ dev: true, direct: true });
    expect(byName(lockfile.packages, "zod").dev).toBeUndefined();
  });
});

describe("parseYarnBerryLockfile, bad input", () => {
  function userError(text: string): UserError {
    try {
      parseYarnBerryLockfile(text, "yarn.lock");
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error("expected a UserError");
  }

  it("reports malformed YAML with the line", () => {
    const error = userError('__metadata:\n  version: 8\n\n"zod@npm:^3.0.0":\n  version: 3.0.0\n  version: 3.0.1\n');
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/Map keys must be unique/);
  });

  it("rejects an unsupported __metadata.version", () => {
    const error = userError("# header\n__metadata:\n  version: 2\n");
    expect(error.message).toMatch(/unsupported yarn lockfile __metadata.version "2"/);
    expect(error.line).toBe(2);
  });
});
