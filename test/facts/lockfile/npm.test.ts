import { UserError } from "../../../src/errors.js";
import { parseNpmLockfile } from "../../../src/facts/lockfile/npm.js";
import type { LockedPackage } from "../../../src/model.js";
import { lockfileFixture } from "./fixture.js";

function byName(packages: LockedPackage[], name: string, version?: string): LockedPackage {
  const found = packages.find((p) => p.name === name && (version === undefined || p.version === version));
  if (!found) throw new Error(`no ${name}${version ? `@${version}` : ""} in ${packages.map((p) => p.name).join(", ")}`);
  return found;
}

describe("parseNpmLockfile, lockfileVersion 3", () => {
  const text = lockfileFixture("npm-v3-package-lock.json");
  const lockfile = parseNpmLockfile(text, "package-lock.json");

  it("records the format and the root's specs from every dependency kind", () => {
    expect(lockfile).toMatchObject({ kind: "npm", path: "package-lock.json", formatVersion: "3" });
    expect(lockfile.rootSpecs).toEqual({
      "@types/node": "^20.0.0",
      bufferutil: "^4.0.8",
      "left-pad": "github:left-pad/left-pad#5a5d9a8",
      "legacy-tar": "http://downloads.example.com/legacy-tar-1.0.0.tgz",
      "string-width-cjs": "npm:string-width@^4.2.0",
      "is-number": "^7.0.0",
      fsevents: "^2.3.3",
    });
  });

  it("skips the root and workspace folders but keeps what they depend on", () => {
    const names = lockfile.packages.map((p) => `${p.name}@${p.version}`);
    expect(names).not.toContain("demo-server@1.0.0");
    expect(names.filter((n) => n.startsWith("undici-types@"))).toEqual(["undici-types@6.21.0", "undici-types@5.28.4"]);
    expect(byName(lockfile.packages, "undici-types", "5.28.4").direct).toBe(false);
    expect(lockfile.packages).toHaveLength(12);
  });

  it("reads a registry package with its resolved URL, integrity, direct flag and line", () => {
    expect(byName(lockfile.packages, "@types/node")).toEqual({
      ecosystem: "npm",
      name: "@types/node",
      version: "20.19.43",
      resolved: "https://registry.npmjs.org/@types/node/-/node-20.19.43.tgz",
      integrity:
        "sha512-6oYBAi5ikg4Pl+kGsoYtawUMBT2zZMCvPNF7pVLnHZfd1zf38DRiWn/gT01RYCdUqkv7Fhr+C9ot4/tb+2sVvA==",
      source: "registry",
      direct: true,
      line: text.split("\n").findIndex((l) => l.includes('"node_modules/@types/node"')) + 1,
    });
    expect(byName(lockfile.packages, "undici-types", "6.21.0").direct).toBe(false);
  });

  it("treats an entry without resolved as registry and without integrity as missing it", () => {
    expect(byName(lockfile.packages, "emoji-regex")).toMatchObject({ source: "registry", direct: false });
    expect(byName(lockfile.packages, "emoji-regex").resolved).toBeUndefined();
    expect(byName(lockfile.packages, "left-pad").integrity).toBeUndefined();
  });

  it("classifies git, http tarball and workspace link entries, keeping resolved as written", () => {
    expect(byName(lockfile.packages, "left-pad")).toMatchObject({
      source: "git",
      version: "1.3.0",
      resolved: "git+ssh://git@github.com/left-pad/left-pad.git#5a5d9a8e5d2d2a5e3b2b1c8f4a6a0b9c2e7d1f3a",
      direct: true,
    });
    expect(byName(lockfile.packages, "legacy-tar")).toMatchObject({
      source: "tarball",
      resolved: "http://downloads.example.com/legacy-tar-1.0.0.tgz",
    });
    expect(byName(lockfile.packages, "@demo/tools")).toMatchObject({ source: "link", version: "0.2.0", resolved: "packages/tools" });
  });

  it("reads install scripts, dev and optional flags", () => {
    expect(byName(lockfile.packages, "bufferutil").hasInstallScript).toBe(true);
    expect(byName(lockfile.packages, "node-gyp-build").hasInstallScript).toBeUndefined();
    expect(byName(lockfile.packages, "is-number")).toMatchObject({ dev: true, direct: true });
    expect(byName(lockfile.packages, "fsevents")).toMatchObject({ optional: true, direct: true });
    expect(byName(lockfile.packages, "bufferutil").dev).toBeUndefined();
  });

  it("names an alias by the package it installs and judges direct by the alias", () => {
    expect(byName(lockfile.packages, "string-width")).toMatchObject({ version: "4.2.3", direct: true, source: "registry" });
  });
});

describe("parseNpmLockfile, lockfileVersion 1", () => {
  const text = lockfileFixture("npm-v1-package-lock.json");
  const manifest = {
    dependencies: { "@modelcontextprotocol/sdk": "^1.0.0", "my-fork": "github:someone/my-fork", "wrap-cjs": "npm:wrap-ansi@^7.0.0" },
    devDependencies: { chalk: "^2.4.2" },
  };
  const lockfile = parseNpmLockfile(text, "package-lock.json", manifest);

  it("walks nested dependencies and keeps dev and optional flags", () => {
    expect(lockfile.formatVersion).toBe("1");
    expect(lockfile.rootSpecs).toBeUndefined();
    expect(lockfile.packages.map((p) => `${p.name}@${p.version}`).sort()).toEqual([
      "@modelcontextprotocol/sdk@1.0.4",
      "chalk@2.4.2",
      "my-fork@github:someone/my-fork#0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
      "supports-color@5.5.0",
      "supports-color@7.2.0",
      "wrap-ansi@7.0.0",
      "zod@3.23.8",
    ]);
    expect(byName(lockfile.packages, "supports-color", "5.5.0")).toMatchObject({ dev: true, direct: false });
    expect(byName(lockfile.packages, "supports-color", "7.2.0")).toMatchObject({ optional: true, direct: false });
  });

  it("takes the line of the nested entry, not of a `requires` mention of the same name", () => {
    const lines = text.split("\n");
    const nested = lines.findIndex((l, i) => i > 20 && l.includes('"supports-color": {')) + 1;
    expect(byName(lockfile.packages, "supports-color", "5.5.0").line).toBe(nested);
  });

  it("reads the git spec v1 keeps in `version` as the resolved source, and an alias by its target", () => {
    expect(byName(lockfile.packages, "my-fork")).toMatchObject({
      source: "git",
      resolved: "github:someone/my-fork#0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
      direct: true,
    });
    expect(byName(lockfile.packages, "my-fork").integrity).toBeUndefined();
    expect(byName(lockfile.packages, "wrap-ansi")).toMatchObject({ version: "7.0.0", source: "registry", direct: true });
    expect(byName(lockfile.packages, "zod").direct).toBe(false);
    expect(byName(lockfile.packages, "chalk").hasInstallScript).toBeUndefined();
  });

  it("leaves direct unknown without a manifest", () => {
    expect(parseNpmLockfile(text, "package-lock.json").packages.every((p) => p.direct === undefined)).toBe(true);
  });
});

describe("parseNpmLockfile, bad input", () => {
  function userError(text: string): UserError {
    try {
      parseNpmLockfile(text, "package-lock.json");
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error("expected a UserError");
  }

  it("reports malformed JSON with the file and line", () => {
    const error = userError('{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {,\n  }\n}\n');
    expect(error.file).toBe("package-lock.json");
    expect(error.line).toBe(4);
    expect(error.oneLine()).toMatch(/^package-lock\.json:4: malformed JSON/);
  });

  it("rejects an unsupported lockfileVersion on its line", () => {
    const error = userError('{\n  "name": "x",\n  "lockfileVersion": 7,\n  "packages": {}\n}\n');
    expect(error.message).toMatch(/unsupported npm lockfileVersion 7/);
    expect(error.line).toBe(3);
  });

  it("rejects a document that is not an object", () => {
    expect(userError("[1, 2]").message).toMatch(/JSON object/);
  });
});

describe("parseNpmLockfile, bundled dependencies", () => {
  it("marks packages that ship inside their parent's tarball", () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        "": { dependencies: { parent: "^1.0.0" } },
        "node_modules/parent": { version: "1.0.0", resolved: "https://registry.npmjs.org/parent/-/parent-1.0.0.tgz", integrity: "sha512-aaaa", bundleDependencies: ["inner"] },
        "node_modules/parent/node_modules/inner": { version: "2.0.0", inBundle: true },
      },
    });
    const packages = parseNpmLockfile(text, "package-lock.json").packages;
    expect(byName(packages, "inner").bundled).toBe(true);
    expect(byName(packages, "parent").bundled).toBeUndefined();
  });
});
