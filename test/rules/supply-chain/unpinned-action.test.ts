import { unpinnedAction } from "../../../src/rules/supply-chain/unpinned-action.js";
import { ruleTest } from "../../helpers/rule-test.js";

const SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";
const workflow = (steps: string, jobExtra = ""): Record<string, string> => ({
  ".github/workflows/ci.yml": `name: ci\non: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n${jobExtra}    steps:\n${steps}`,
});

ruleTest(unpinnedAction, {
  fires: [
    {
      name: "a third-party action by tag",
      files: workflow(`      - uses: actions/checkout@${SHA} # v4\n      - name: Changed files\n        uses: tj-actions/changed-files@v44\n`),
      count: 1,
      severity: "medium",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: ".github/workflows/ci.yml", startLine: 9 });
        expect(f!.evidence).toBe("build: tj-actions/changed-files");
        expect(f!.message).toContain('tj-actions/changed-files by the movable ref "v44"');
        expect(f!.message).toContain("tj-actions/changed-files@<40-character sha> # v44");
      },
    },
    {
      name: "a GitHub-owned action by tag is low",
      files: workflow(`      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - uses: github/codeql-action/init@main\n`),
      count: 2,
      severity: "low",
    },
    {
      name: "a reusable workflow by branch and an action with a subpath",
      files: {
        ".github/workflows/release.yml":
          "on: push\njobs:\n  call:\n    uses: acme/shared/.github/workflows/release.yml@main\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/tools/lint@1.2.3\n",
      },
      count: 2,
      expect: (findings) => {
        expect(findings.map((f) => f.location?.startLine)).toEqual([4, 8]);
        expect(findings[0]!.message).toContain("reusable workflow acme/shared/.github/workflows/release.yml");
      },
    },
    {
      name: "a docker image by tag",
      files: workflow(`      - uses: docker://alpine:3.20\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("docker://alpine@sha256:<digest>"),
    },
  ],
  quiet: [
    {
      name: "SHA-pinned actions, local actions and docker digests",
      files: workflow(
        `      - uses: actions/checkout@${SHA}\n      - uses: tj-actions/changed-files@${SHA.toUpperCase()}\n      - uses: ./.github/actions/setup\n` +
          `      - uses: docker://alpine@sha256:${"a".repeat(64)}\n`,
      ),
    },
    {
      name: "a workflow that does not parse is left to the skipped list",
      files: { ".github/workflows/broken.yml": "on: [push\njobs: {\n" },
    },
  ],
});
