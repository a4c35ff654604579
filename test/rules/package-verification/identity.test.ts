import { mcpNameMismatch } from "../../../src/rules/package-verification/mcp-name-mismatch.js";
import { notPublished } from "../../../src/rules/package-verification/not-published.js";
import { repositoryMismatch } from "../../../src/rules/package-verification/repository-mismatch.js";
import { versionNotTagged } from "../../../src/rules/package-verification/version-not-tagged.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { pkg, publishedFacts } from "../../helpers/published.js";
import { built, manifestFields, source } from "./fixtures.js";

const clean = await publishedFacts({ source, published: built });
const withGit = (tags: string[], remote?: string) => ({ ...clean, packedSource: { ...clean.packedSource!, gitTags: tags, ...(remote ? { gitRemote: remote } : {}) } });
const unreleased = { ...source, "package.json": pkg({ ...manifestFields, version: "1.1.0" }) };

ruleTest(notPublished, {
  fires: [
    {
      name: "package.json's version is not on the registry",
      files: unreleased,
      facts: await publishedFacts({ source: unreleased, published: built }),
      count: 1,
      severity: "info",
      expect: ([f]) => expect(f!.message).toContain("demo-mcp@1.1.0 (the version in package.json) is not on the registry"),
    },
  ],
  quiet: [{ name: "the version is published", files: source, facts: clean }],
});

ruleTest(versionNotTagged, {
  fires: [
    {
      name: "the checkout has tags, none for 1.0.0; gitHead is named",
      files: source,
      facts: { ...withGit(["v0.9.0"]), published: { ...clean.published!, gitHead: "0123456789abcdef0123" } },
      count: 1,
      severity: "low",
      expect: ([f]) => {
        expect(f!.message).toContain("v1.0.0, 1.0.0, demo-mcp@1.0.0");
        expect(f!.message).toContain("commit 0123456789ab");
      },
    },
  ],
  quiet: [
    { name: "v1.0.0", files: source, facts: withGit(["v0.9.0", "v1.0.0"]) },
    { name: "1.0.0", files: source, facts: withGit(["1.0.0"]) },
    { name: "name@1.0.0 (monorepo style)", files: source, facts: withGit(["demo-mcp@1.0.0"]) },
    { name: "not a git checkout: no tags to look in", files: source, facts: clean },
  ],
});

ruleTest(repositoryMismatch, {
  fires: [
    {
      name: "package.json points at another repository than the checkout's origin",
      files: source,
      facts: withGit([], "git@github.com:someone-else/popular-server.git"),
      count: 1,
      severity: "medium",
      expect: ([f]) => expect(f!.message).toContain("github.com/someone-else/popular-server"),
    },
    {
      name: "a GitHub target",
      files: source,
      target: { kind: "github", label: "github:other/repo@v1.0.0" },
      count: 1,
    },
  ],
  quiet: [
    { name: "ssh origin, git+https repository", files: source, facts: withGit([], "git@github.com:demo/demo-mcp.git") },
    { name: "https origin with different case and no .git", files: source, facts: withGit([], "https://github.com/Demo/Demo-MCP") },
    { name: "github: shorthand in package.json", files: { ...source, "package.json": pkg({ repository: "github:demo/demo-mcp" }) }, target: { kind: "github", label: "demo/demo-mcp" } },
    { name: "no repository to compare with (a plain directory)", files: source },
  ],
});

const serverJson = (name: string) => JSON.stringify({ name, packages: [{ registryType: "npm", identifier: "demo-mcp", version: "1.0.0" }] });

ruleTest(mcpNameMismatch, {
  fires: [
    {
      name: "mcpName differs from server.json name",
      files: { "package.json": pkg({ mcpName: "io.github.demo/other" }), "server.json": serverJson("io.github.demo/demo-mcp") },
      count: 1,
      severity: "medium",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: "package.json", startLine: 4 });
        expect(f!.evidence).toBe("io.github.demo/other");
      },
    },
    {
      name: "server.json lists this npm package but package.json has no mcpName",
      files: { "package.json": pkg({}), "server.json": serverJson("io.github.demo/demo-mcp") },
      count: 1,
    },
  ],
  quiet: [
    { name: "equal names", files: { "package.json": pkg({ mcpName: "io.github.demo/demo-mcp" }), "server.json": serverJson("io.github.demo/demo-mcp") } },
    { name: "no server.json", files: { "package.json": pkg({ mcpName: "io.github.demo/demo-mcp" }) } },
    { name: "server.json for another package and no mcpName", files: { "package.json": pkg({ name: "unrelated" }), "server.json": serverJson("io.github.demo/demo-mcp") } },
  ],
});
