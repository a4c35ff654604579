import { missingIntegrity } from "../../../src/rules/supply-chain/missing-integrity.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { pnpmLock, yarnBerryLock, yarnClassicLock } from "./lockfile-texts.js";
import { lockedProject, packageJson, packageLock, registryUrl } from "./npm-lock.js";

const declared = { dependencies: { zod: "^3.23.8" } };

ruleTest(missingIntegrity, {
  fires: [
    {
      name: "npm v3 registry entry without integrity",
      files: {
        "package.json": packageJson(declared),
        "package-lock.json": packageLock(declared, { "node_modules/zod": { version: "3.23.8", integrity: null } }),
      },
      count: 1,
      severity: "medium",
      expect: ([finding]) => {
        expect(finding!.message).toContain("zod@3.23.8 has no integrity in package-lock.json");
        expect(finding!.location?.path).toBe("package-lock.json");
        expect(finding!.location?.startLine).toBeGreaterThan(1);
        expect(finding!.package).toEqual({ name: "zod", version: "3.23.8" });
      },
    },
    {
      name: "npm v3 entry with neither resolved nor integrity that is not bundled (npm omit-lockfile-registry-resolved)",
      files: {
        "package.json": packageJson(declared),
        "package-lock.json": JSON.stringify({
          lockfileVersion: 3,
          packages: { "": { dependencies: declared.dependencies }, "node_modules/zod": { version: "3.23.8" } },
        }),
      },
      count: 1,
    },
    {
      name: "yarn classic entry without integrity (the #sha1 on resolved does not count)",
      files: {
        "package.json": packageJson(declared),
        "yarn.lock": yarnClassicLock([
          { descriptors: ["zod@^3.23.8"], version: "3.23.8", resolved: `${registryUrl("zod", "3.23.8", "https://registry.yarnpkg.com")}#0a1b2c` },
        ]),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.location?.path).toBe("yarn.lock"),
    },
    {
      name: "yarn berry entry without checksum",
      files: {
        "package.json": packageJson(declared),
        "yarn.lock": yarnBerryLock(
          { zod: "npm:^3.23.8" },
          '"zod@npm:^3.23.8":\n  version: 3.23.8\n  resolution: "zod@npm:3.23.8"\n  languageName: node\n  linkType: hard',
        ),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("has no checksum in yarn.lock"),
    },
    {
      name: "pnpm tarball resolution without integrity",
      files: {
        "package.json": packageJson({ dependencies: { thing: "https://files.example.com/thing-1.0.0.tgz" } }),
        "pnpm-lock.yaml": pnpmLock(
          { dependencies: { thing: { specifier: "https://files.example.com/thing-1.0.0.tgz", version: "'@https://files.example.com/thing-1.0.0.tgz'" } } },
          "  thing@https://files.example.com/thing-1.0.0.tgz:\n    resolution: {tarball: https://files.example.com/thing-1.0.0.tgz}\n    version: 1.0.0",
        ),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("resolution.integrity"),
    },
  ],
  quiet: [
    { name: "every npm v3 entry has integrity", files: lockedProject({ zod: "3.23.8", express: "5.1.0" }) },
    {
      name: "git and linked entries carry no registry integrity",
      files: {
        "package.json": packageJson({ dependencies: { tool: "github:octo/tool", shared: "file:./shared" } }),
        "package-lock.json": packageLock({ dependencies: { tool: "github:octo/tool", shared: "file:./shared" } }, {
          "node_modules/tool": { version: "1.0.0", resolved: "git+ssh://git@github.com/octo/tool.git#abc", integrity: null },
          "node_modules/shared": { version: "1.0.0", resolved: "shared", link: true },
        }),
      },
    },
    {
      name: "npm bundled dependencies (inBundle: no resolved, no integrity)",
      files: {
        "package.json": packageJson(declared),
        "package-lock.json": JSON.stringify({
          name: "demo-mcp-server",
          lockfileVersion: 3,
          packages: {
            "": { dependencies: { zod: "^3.23.8" } },
            "node_modules/zod": { version: "3.23.8", resolved: registryUrl("zod", "3.23.8"), integrity: "sha512-z==" },
            "node_modules/zod/node_modules/tiny": { version: "1.0.0", inBundle: true },
          },
        }),
      },
    },
    {
      name: "a tree resolved at scan time (no lockfile)",
      files: { "package.json": packageJson(declared) },
      idealTree: [{ ecosystem: "npm", name: "zod", version: "3.23.8", source: "registry", direct: true }],
    },
  ],
});
