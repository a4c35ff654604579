import { nonRegistrySource } from "../../../src/rules/supply-chain/non-registry-source.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { pnpmLock } from "./lockfile-texts.js";
import { lockedProject, packageJson, packageLock } from "./npm-lock.js";

const GIT_RESOLVED = "git+ssh://git@github.com/octo/my-fork.git#0123456789abcdef0123456789abcdef01234567";

ruleTest(nonRegistrySource, {
  fires: [
    {
      name: "a GitHub shorthand in package.json, locked to a commit",
      files: {
        "package.json": packageJson({ dependencies: { "my-fork": "octo/my-fork#v1" } }),
        "package-lock.json": packageLock({ dependencies: { "my-fork": "octo/my-fork#v1" } }, {
          "node_modules/my-fork": { version: "1.0.0", resolved: GIT_RESOLVED, integrity: null },
        }),
      },
      count: 1,
      severity: "high",
      expect: ([finding]) => {
        expect(finding!.message).toContain("my-fork is installed from a GitHub shorthand (a git repository) (octo/my-fork#v1)");
        expect(finding!.evidence).toBe("octo/my-fork#v1");
        expect(finding!.location?.path).toBe("package-lock.json");
        expect(finding!.location?.startLine).toBeGreaterThan(1);
        expect(finding!.package).toEqual({ name: "my-fork", version: "1.0.0" });
      },
    },
    {
      name: "a transitive git dependency only the lockfile shows",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.8" } }),
        "package-lock.json": packageLock({ dependencies: { zod: "^3.23.8" } }, {
          "node_modules/zod": { version: "3.23.8" },
          "node_modules/left-pad": { version: "1.3.0", resolved: "git+https://github.com/stevemao/left-pad.git#abc123", integrity: null },
        }),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain("from a git repository");
        expect(finding!.evidence).toBe("git+https://github.com/stevemao/left-pad.git#abc123");
      },
    },
    {
      name: "a tarball URL with credentials and a token: the evidence keeps neither",
      files: {
        "package.json": packageJson({ dependencies: { thing: "https://deploy:s3cret@files.example.com/thing-1.0.0.tgz?token=abc" } }),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.evidence).toBe("https://files.example.com/thing-1.0.0.tgz");
        expect(finding!.message).not.toContain("s3cret");
        expect(finding!.message).not.toContain("token=abc");
        expect(finding!.location).toEqual({ path: "package.json", startLine: 5 });
      },
    },
    {
      name: "a locked tarball on a host that is not a registry",
      files: {
        "package.json": packageJson({ dependencies: { thing: "https://files.example.com/downloads/thing.tgz" } }),
        "package-lock.json": packageLock({ dependencies: { thing: "https://files.example.com/downloads/thing.tgz" } }, {
          "node_modules/thing": { version: "1.0.0", resolved: "https://files.example.com/downloads/thing.tgz" },
        }),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("from a tarball URL"),
    },
    {
      name: "file: pointing outside the repository (npm links it)",
      files: {
        "package.json": packageJson({ dependencies: { shared: "file:../shared" } }),
        "package-lock.json": packageLock({ dependencies: { shared: "file:../shared" } }, {
          "node_modules/shared": { version: "1.0.0", resolved: "../shared", link: true },
        }),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain("a local path outside the repository");
        expect(finding!.evidence).toBe("file:../shared");
      },
    },
    {
      name: "pnpm link: outside the repository",
      files: {
        "package.json": packageJson({ dependencies: { shared: "link:../../shared" } }),
        "pnpm-lock.yaml": pnpmLock({ dependencies: { shared: { specifier: "link:../../shared", version: "link:../../shared" } } }, ""),
      },
      count: 1,
      expect: ([finding]) => expect(finding!.package?.name).toBe("shared"),
    },
    {
      name: "a git URL in package.json with no lockfile",
      files: { "package.json": packageJson({ devDependencies: { tool: "git+https://github.com/octo/tool.git#main" } }) },
      count: 1,
      expect: ([finding]) => expect(finding!.location?.path).toBe("package.json"),
    },
  ],
  quiet: [
    { name: "registry dependencies only", files: lockedProject({ zod: "3.23.8", express: "5.1.0" }) },
    {
      name: "file: inside the repository",
      files: {
        "package.json": packageJson({ dependencies: { vendored: "file:./vendor/vendored" } }),
        "package-lock.json": packageLock({ dependencies: { vendored: "file:./vendor/vendored" } }, {
          "node_modules/vendored": { version: "1.0.0", resolved: "vendor/vendored", link: true },
        }),
      },
    },
    {
      name: "npm workspace links",
      files: {
        "package.json": packageJson({ dependencies: { "@demo/core": "*" } }, { workspaces: ["packages/*"] }),
        "package-lock.json": packageLock({ dependencies: { "@demo/core": "*" } }, {
          "node_modules/@demo/core": { version: "1.0.0", resolved: "packages/core", link: true },
        }),
      },
    },
    {
      name: "pnpm workspace: protocol",
      files: {
        "package.json": packageJson({ dependencies: { "@demo/core": "workspace:*" } }),
        "pnpm-lock.yaml": pnpmLock({ dependencies: { "@demo/core": { specifier: "workspace:*", version: "link:packages/core" } } }, ""),
      },
    },
    {
      name: "an alias to a registry package",
      files: { "package.json": packageJson({ dependencies: { "zod-v3": "npm:zod@^3.23.8" } }) },
    },
  ],
});
