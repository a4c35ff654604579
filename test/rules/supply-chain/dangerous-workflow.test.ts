import { dangerousWorkflow } from "../../../src/rules/supply-chain/dangerous-workflow.js";
import { ruleTest } from "../../helpers/rule-test.js";

const SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";

const pwnRequest = `name: pr
on:
  pull_request_target:
    types: [opened, synchronize]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`;

ruleTest(dangerousWorkflow, {
  fires: [
    {
      name: "pull_request_target checking out the PR head and running it",
      files: { ".github/workflows/pr.yml": pwnRequest },
      count: 1,
      severity: "high",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: ".github/workflows/pr.yml", startLine: 11 });
        expect(f!.evidence).toBe("pwn-request: test");
        expect(f!.message).toContain("runs on pull_request_target");
        expect(f!.message).toContain("then runs a script on it (line 12)");
      },
    },
    {
      name: "workflow_run checking out the head branch and running a local action",
      files: {
        ".github/workflows/after.yml":
          "on:\n  workflow_run:\n    workflows: [ci]\n    types: [completed]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n" +
          "      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.workflow_run.head_branch }}\n      - uses: ./.github/actions/deploy\n",
      },
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("uses the local action ./.github/actions/deploy"),
    },
    {
      name: "gh pr checkout in a run step under pull_request_target",
      files: {
        ".github/workflows/pr.yml":
          "on: pull_request_target\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh pr checkout ${{ github.event.number }}\n      - run: make test\n",
      },
      count: 1,
      expect: ([f]) => expect(f!.location?.startLine).toBe(6),
    },
    {
      name: "an issue title interpolated into a run: block",
      files: {
        ".github/workflows/triage.yml":
          "on:\n  issues:\n    types: [opened]\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo \"triaging\"\n" +
          "          echo \"${{ github.event.issue.title }}\" > title.txt\n",
      },
      count: 1,
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: ".github/workflows/triage.yml", startLine: 10 });
        expect(f!.evidence).toBe("triage: ${{ github.event.issue.title }}");
        expect(f!.message).toContain("env:");
        expect(f!.message).toContain("github.event.issue.title");
      },
    },
    {
      name: "head_ref, commit messages by index and a github-script body",
      files: {
        ".github/workflows/misc.yml":
          "on: pull_request\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: git switch ${{ github.head_ref }}\n" +
          "      - run: echo '${{ github.event.commits[0].message }}'\n" +
          "      - uses: actions/github-script@v7\n        with:\n          script: console.log(\"${{ github.event.pull_request.body }}\")\n",
      },
      count: 3,
      expect: (findings) => expect(findings.map((f) => f.location?.startLine)).toEqual([6, 7, 10]),
    },
  ],
  quiet: [
    {
      name: "pull_request_target checking out the base only",
      files: {
        ".github/workflows/label.yml":
          "on: pull_request_target\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/label.sh\n",
      },
    },
    {
      name: "the PR head checked out under pull_request (no secrets), and nothing run after a privileged checkout",
      files: {
        ".github/workflows/ci.yml": pwnRequest.replace("pull_request_target", "pull_request"),
        ".github/workflows/look.yml":
          "on: pull_request_target\njobs:\n  look:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n",
      },
    },
    {
      name: "untrusted fields passed through env and trusted fields inline",
      files: {
        ".github/workflows/safe.yml":
          "on: issues\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          TITLE: ${{ github.event.issue.title }}\n" +
          "        run: |\n          echo \"$TITLE\"\n          echo \"${{ github.event.issue.number }} ${{ github.sha }} ${{ github.event.pull_request.head.sha }}\"\n",
      },
    },
  ],
});
