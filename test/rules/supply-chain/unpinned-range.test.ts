import { unpinnedProblem, unpinnedRange } from "../../../src/rules/supply-chain/unpinned-range.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { packageJson, packageLock } from "./npm-lock.js";

const npmTarget = { kind: "npm" as const, label: "npm:demo-mcp-server", name: "demo-mcp-server", version: "1.0.0" };

ruleTest(unpinnedRange, {
  fires: [
    {
      name: "latest (a dist-tag) in dependencies",
      files: { "package.json": packageJson({ dependencies: { "@modelcontextprotocol/sdk": "latest" } }) },
      count: 1,
      severity: "medium",
      expect: ([finding]) => {
        expect(finding!.message).toContain('"latest" is a dist-tag');
        expect(finding!.location).toEqual({ path: "package.json", startLine: 5 });
        expect(finding!.evidence).toBe('"@modelcontextprotocol/sdk": "latest"');
      },
    },
    { name: "another dist-tag (next)", files: { "package.json": packageJson({ dependencies: { zod: "next" } }) }, count: 1 },
    { name: "*", files: { "package.json": packageJson({ dependencies: { zod: "*" } }) }, count: 1 },
    { name: "x", files: { "package.json": packageJson({ optionalDependencies: { zod: "x" } }) }, count: 1 },
    {
      name: "an empty spec",
      files: { "package.json": packageJson({ dependencies: { zod: "" } }) },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("an empty spec accepts every version"),
    },
    {
      name: ">= with no upper bound, with the locked version suggested",
      files: {
        "package.json": packageJson({ dependencies: { zod: ">=3.0.0" } }),
        "package-lock.json": packageLock({ dependencies: { zod: ">=3.0.0" } }, { "node_modules/zod": { version: "3.23.8" } }),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain('">=3.0.0" has no upper bound');
        expect(finding!.message).toContain('Declare "^3.23.8" instead');
        expect(finding!.location?.path).toBe("package.json");
        expect(finding!.package).toEqual({ name: "zod", version: "3.23.8" });
      },
    },
    { name: ">1", files: { "package.json": packageJson({ dependencies: { zod: ">1" } }) }, count: 1 },
    { name: "one unbounded alternative (1.x || >=2)", files: { "package.json": packageJson({ dependencies: { zod: "1.x || >=2" } }) }, count: 1 },
    { name: "an alias to latest", files: { "package.json": packageJson({ dependencies: { z: "npm:zod@latest" } }) }, count: 1 },
    {
      name: "devDependencies are low",
      files: { "package.json": packageJson({ devDependencies: { typescript: "latest" } }) },
      count: 1,
      severity: "low",
    },
    {
      name: "a published package's runtime dependency",
      files: { "package.json": packageJson({ dependencies: { zod: "*" }, devDependencies: { typescript: "*" } }) },
      target: npmTarget,
      count: 1,
      expect: ([finding]) => expect(finding!.package?.name).toBe("zod"),
    },
  ],
  quiet: [
    {
      name: "caret, tilde, exact, bounded ranges and x-ranges with a major",
      files: {
        "package.json": packageJson({
          dependencies: { a: "^1.2.3", b: "~1.2.0", c: "1.2.3", d: ">=1.0.0 <2.0.0", e: "1.x", f: "1 - 2", g: "<3", h: "=1.0.0" },
        }),
      },
    },
    {
      name: "git, file, workspace and link specs are other rules' business",
      files: {
        "package.json": packageJson({
          dependencies: { a: "github:octo/a", b: "file:./vendor/b", c: "workspace:*", d: "link:./d", e: "https://example.com/e.tgz" },
        }),
      },
    },
    { name: "peerDependencies may be open", files: { "package.json": packageJson({ peerDependencies: { zod: ">=3" } }) } },
    { name: "a published package's devDependencies are never installed by its users", files: { "package.json": packageJson({ devDependencies: { typescript: "latest" } }) }, target: npmTarget },
  ],
});

describe("unpinnedProblem", () => {
  test.each([
    ["*", true],
    ["latest", true],
    ["beta", true],
    [">=1.0.0", true],
    [">= 1", true],
    ["^1 || >=3", true],
    ["^1.0.0", false],
    ["~0.3.1", false],
    ["1.0.0", false],
    ["1.0.0 - 1.5.0", false],
    ["<=2.0.0", false],
    ["^0.0.1", false],
  ])("%s → unpinned %s", (spec, unpinned) => {
    expect(unpinnedProblem("zod", spec) !== undefined).toBe(unpinned);
  });
});
