import { outdatedSdk } from "../../../src/rules/transport/outdated-sdk.js";
import { ruleTest } from "../../helpers/rule-test.js";

const pkg = (range: string): string => JSON.stringify({ name: "srv", version: "1.0.0", dependencies: { "@modelcontextprotocol/sdk": range } }, null, 2);
const lock = (version: string): string =>
  JSON.stringify({
    name: "srv", version: "1.0.0", lockfileVersion: 3,
    packages: {
      "": { name: "srv", version: "1.0.0", dependencies: { "@modelcontextprotocol/sdk": "^1.0.0" } },
      "node_modules/@modelcontextprotocol/sdk": { version, resolved: `https://registry.npmjs.org/@modelcontextprotocol/sdk/-/sdk-${version}.tgz`, integrity: "sha512-x==" },
    },
  }, null, 2);

ruleTest(outdatedSdk, {
  fires: [
    {
      name: "locked below 1.24.0: both advisories",
      files: { "package.json": pkg("^1.0.0"), "package-lock.json": lock("1.17.0") },
      count: 1,
      severity: "medium",
      expect: ([f]) => {
        expect(f!.message).toContain("GHSA-w48q-cv73-mx4w");
        expect(f!.message).toContain("CVE-2026-0621");
        expect(f!.message).toContain("@modelcontextprotocol/sdk@1.25.2");
        expect(f!.location).toEqual({ path: "package.json", startLine: 5 });
      },
    },
    {
      name: "no lockfile: the range's minimum counts",
      files: { "package.json": pkg("^1.24.1") },
      offline: true,
      count: 1,
      expect: ([f]) => {
        expect(f!.message).toContain('declared range "^1.24.1" admits 1.24.1');
        expect(f!.message).not.toContain("GHSA-w48q-cv73-mx4w");
      },
    },
    { name: "Python requirements.txt", files: { "requirements.txt": "httpx>=0.27\nmcp[cli]>=1.6.0,<2\n" }, count: 1, expect: ([f]) => expect(f!.message).toContain("CVE-2025-66416") },
    { name: "pyproject.toml dependency string", files: { "pyproject.toml": `[project]\nname = "x"\ndependencies = [\n  "mcp==1.9.0",\n]\n` }, count: 1, expect: ([f]) => expect(f!.location?.startLine).toBe(4) },
  ],
  quiet: [
    { name: "locked at 1.26.0", files: { "package.json": pkg("^1.0.0"), "package-lock.json": lock("1.26.0") } },
    { name: "range floor above every fix", files: { "package.json": pkg("^1.25.2") }, offline: true },
    { name: "no SDK at all", files: { "package.json": JSON.stringify({ name: "x", version: "1.0.0" }) } },
    { name: "Python mcp 1.23.0 and a package merely named like it", files: { "requirements.txt": "mcp>=1.23.0\nmcp-foo==0.1\n" } },
  ],
});
