import { lockfileOutOfSync } from "../../../src/rules/supply-chain/lockfile-out-of-sync.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { npmV1Lock, pnpmLock, yarnBerryLock, yarnClassicLock } from "./lockfile-texts.js";
import { lockedProject, packageJson, packageLock, registryUrl } from "./npm-lock.js";

const zodEntry = { "node_modules/zod": { version: "3.23.8" } };

ruleTest(lockfileOutOfSync, {
  fires: [
    {
      name: "npm v3: package.json changed the range after the lockfile was written",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.24.0" } }),
        "package-lock.json": packageLock({ dependencies: { zod: "^3.24.0" } }, zodEntry, { dependencies: { zod: "^3.23.8" } }),
      },
      count: 1,
      severity: "medium",
      expect: ([finding]) => {
        expect(finding!.message).toContain('asks for zod "^3.24.0" (dependencies) but package-lock.json was written for "^3.23.8"');
        expect(finding!.message).toContain("npm install");
        expect(finding!.location?.path).toBe("package-lock.json");
        expect(finding!.location?.startLine).toBeGreaterThan(1);
        expect(finding!.package).toEqual({ name: "zod", version: "3.23.8" });
        expect(finding!.evidence).toBe("zod: spec differs");
      },
    },
    {
      name: "npm v3: a dependency added to package.json but never installed",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.8", express: "^5.1.0" } }),
        "package-lock.json": packageLock({ dependencies: { zod: "^3.23.8" } }, zodEntry),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.package?.name).toBe("express");
        expect(finding!.message).toContain("does not record it");
      },
    },
    {
      name: "npm v3: the lockfile still records a dependency package.json dropped",
      files: {
        "package.json": packageJson({ dependencies: {} }),
        "package-lock.json": packageLock({ dependencies: { zod: "^3.23.8" } }, zodEntry),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain("no longer declares it");
        expect(finding!.evidence).toBe("zod: not in package.json");
      },
    },
    {
      name: "pnpm: the importer's specifier differs",
      files: {
        "package.json": packageJson({ devDependencies: { typescript: "^5.9.0" } }),
        "pnpm-lock.yaml": pnpmLock(
          { devDependencies: { typescript: { specifier: "^5.8.0", version: "5.8.3" } } },
          "  typescript@5.8.3:\n    resolution: {integrity: sha512-ts==}",
        ),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("Run `pnpm install`"),
    },
    {
      name: "yarn classic: no entry for the declared descriptor",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.24.0" } }),
        "yarn.lock": yarnClassicLock([
          { descriptors: ["zod@^3.23.8"], version: "3.23.8", resolved: registryUrl("zod", "3.23.8", "https://registry.yarnpkg.com"), integrity: "sha512-z==" },
        ]),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('no entry for "zod@^3.24.0"'),
    },
    {
      name: "yarn berry: the root workspace was resolved for another range",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.24.0" } }),
        "yarn.lock": yarnBerryLock(
          { zod: "npm:^3.23.8" },
          '"zod@npm:^3.23.8":\n  version: 3.23.8\n  resolution: "zod@npm:3.23.8"\n  checksum: 10c0/abc\n  languageName: node\n  linkType: hard',
        ),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('was written for "^3.23.8". Run `yarn install`'),
    },
    {
      name: "npm v1: the locked version is outside the declared range",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.24.0" } }),
        "package-lock.json": npmV1Lock({ zod: { version: "3.23.8", resolved: registryUrl("zod", "3.23.8"), integrity: "sha512-z==" } }),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain("locks 3.23.8, which the range does not allow");
        expect(finding!.package).toEqual({ name: "zod", version: "3.23.8" });
      },
    },
    {
      name: "npm v1: a declared dependency missing from the lockfile",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.8", express: "^5.1.0" } }),
        "package-lock.json": npmV1Lock({ zod: { version: "3.23.8", resolved: registryUrl("zod", "3.23.8"), integrity: "sha512-z==" } }),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.package?.name).toBe("express"),
    },
  ],
  quiet: [
    { name: "npm v3 in sync", files: lockedProject({ zod: "3.23.8", express: "5.1.0" }) },
    {
      name: "npm v3: a devDependency that is also a peer (npm records one spec for both)",
      files: {
        "package.json": packageJson({ devDependencies: { zod: "^3.23.8" }, peerDependencies: { zod: ">=3" } }),
        "package-lock.json": packageLock(
          { devDependencies: { zod: "^3.23.8" }, peerDependencies: { zod: ">=3" } },
          { "node_modules/zod": { version: "3.23.8", dev: true } },
        ),
      },
    },
    {
      name: "pnpm in sync, with a peer pnpm does not record",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.8" }, peerDependencies: { react: ">=18" } }),
        "pnpm-lock.yaml": pnpmLock(
          { dependencies: { zod: { specifier: "^3.23.8", version: "3.23.8" } } },
          "  zod@3.23.8:\n    resolution: {integrity: sha512-z==}",
        ),
      },
    },
    {
      name: "yarn classic in sync",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.8" } }),
        "yarn.lock": yarnClassicLock([
          { descriptors: ["zod@^3.23.8"], version: "3.23.8", resolved: registryUrl("zod", "3.23.8", "https://registry.yarnpkg.com"), integrity: "sha512-z==" },
        ]),
      },
    },
    {
      name: "yarn berry in sync (npm: protocol)",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.8" } }),
        "yarn.lock": yarnBerryLock(
          { zod: "npm:^3.23.8" },
          '"zod@npm:^3.23.8":\n  version: 3.23.8\n  resolution: "zod@npm:3.23.8"\n  checksum: 10c0/abc\n  languageName: node\n  linkType: hard',
        ),
      },
    },
    {
      name: "npm v1 in sync",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.0" } }),
        "package-lock.json": npmV1Lock({ zod: { version: "3.23.8", resolved: registryUrl("zod", "3.23.8"), integrity: "sha512-z==" } }),
      },
    },
    {
      name: "a published npm package (no lockfile of the author's to compare)",
      files: { "package.json": packageJson({ dependencies: { zod: "^3.23.8" } }) },
      target: { kind: "npm", label: "npm:demo-mcp-server", name: "demo-mcp-server", version: "1.0.0" },
    },
  ],
});
