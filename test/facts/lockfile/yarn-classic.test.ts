import { UserError } from "../../../src/errors.js";
import { parseYarnClassicLockfile } from "../../../src/facts/lockfile/yarn-classic.js";
import type { LockedPackage, PackageJson } from "../../../src/model.js";
import { lockfileFixture } from "./fixture.js";

function byName(packages: LockedPackage[], name: string): LockedPackage {
  const found = packages.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in ${packages.map((p) => p.name).join(", ")}`);
  return found;
}

const manifest: PackageJson = {
  dependencies: {
    "@modelcontextprotocol/sdk": "^1.0.0",
    "left-pad": "left-pad/left-pad#5a5d9a8",
    "legacy-tar": "http://downloads.example.com/legacy-tar-1.0.0.tgz",
    "local-helper": "file:./vendor/local-helper",
    "string-width-cjs": "npm:string-width@^4.2.0",
  },
  devDependencies: { typescript: "^5.4.0" },
};

describe("parseYarnClassicLockfile", () => {
  const text = lockfileFixture("yarn-classic.lock");
  const lockfile = parseYarnClassicLockfile(text, "yarn.lock", manifest);

  it("lists every descriptor of every entry, one package per entry", () => {
    expect(lockfile).toMatchObject({ kind: "yarn-classic", formatVersion: "1" });
    expect(lockfile.rootSpecs).toBeUndefined();
    expect(lockfile.descriptors).toContain("string-width-cjs@npm:string-width@^4.2.0");
    expect(lockfile.descriptors).toContain("string-width@^4.2.3");
    expect(lockfile.descriptors).toHaveLength(11);
    expect(lockfile.packages).toHaveLength(9);
  });

  it("reads a scoped registry package; the #sha1 on resolved is not taken for an integrity", () => {
    const sdk = byName(lockfile.packages, "@modelcontextprotocol/sdk");
    expect(sdk).toEqual({
      ecosystem: "npm",
      name: "@modelcontextprotocol/sdk",
      version: "1.0.4",
      resolved:
        "https://registry.yarnpkg.com/@modelcontextprotocol/sdk/-/sdk-1.0.4.tgz#34ad1edd3db7dd7154e782312dfb29d2d0c11d21",
      integrity:
        "sha512-C+jw1lF6HSGzs7EZpzHbXfzz9rj9him4BaoumlTciW/IDDgIpweF/qiCWKlP02QKg5PPcgY6xY2WCt5y2tpYow==",
      source: "registry",
      direct: true,
      line: 5,
    });
    expect(byName(lockfile.packages, "legacy-tar").integrity).toBeUndefined();
  });

  it("classifies git, http tarball and file entries", () => {
    expect(byName(lockfile.packages, "left-pad")).toMatchObject({ source: "git", direct: true, version: "1.3.0" });
    expect(byName(lockfile.packages, "left-pad").integrity).toBeUndefined();
    expect(byName(lockfile.packages, "legacy-tar")).toMatchObject({
      source: "tarball",
      resolved: "http://downloads.example.com/legacy-tar-1.0.0.tgz#d2b1a5f0c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8",
    });
    expect(byName(lockfile.packages, "local-helper")).toMatchObject({ source: "file", version: "0.1.0" });
    expect(byName(lockfile.packages, "local-helper").resolved).toBeUndefined();
  });

  it("names an alias entry by its target and finds direct packages through the manifest", () => {
    expect(byName(lockfile.packages, "string-width")).toMatchObject({ version: "4.2.3", direct: true });
    expect(byName(lockfile.packages, "zod").direct).toBe(false);
  });

  it("marks as dev what only the manifest's devDependencies reach", () => {
    expect(byName(lockfile.packages, "typescript")).toMatchObject({ dev: true, direct: true });
    expect(byName(lockfile.packages, "zod").dev).toBeUndefined();
    expect(byName(lockfile.packages, "ansi-regex").dev).toBeUndefined();
  });

  it("leaves direct and dev unknown without a manifest", () => {
    const bare = parseYarnClassicLockfile(text, "yarn.lock");
    expect(bare.packages.some((p) => p.direct !== undefined || p.dev !== undefined)).toBe(false);
  });
});

describe("parseYarnClassicLockfile, bad input", () => {
  function userError(text: string): UserError {
    try {
      parseYarnClassicLockfile(text, "yarn.lock");
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error("expected a UserError");
  }

  it("reports a syntax error with its line", () => {
    const error = userError('# yarn lockfile v1\n\n\nzod@^3.0.0:\n  version {\n');
    expect(error.oneLine()).toBe("yarn.lock:5: malformed yarn.lock: Invalid value type");
  });

  it("reads a lockfile that ends in a comment without a newline (the yarn tokeniser would loop)", () => {
    expect(parseYarnClassicLockfile("# yarn lockfile v1", "yarn.lock").packages).toEqual([]);
  });

  it("reports unresolved merge conflict markers on their line", () => {
    const error = userError('# yarn lockfile v1\n\n<<<<<<< HEAD\nzod@^3.0.0:\n  version "3.0.0"\n=======\nzod@^3.0.0:\n  version "3.1.0"\n>>>>>>> main\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/merge conflict/);
  });
});
