import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { UserError } from "../../src/errors.js";
import { planForEvent } from "../../src/action/event.js";
import { actionGateOptions } from "../../src/action/gate-options.js";
import { readInputs } from "../../src/action/inputs.js";
import { actionOutputs } from "../../src/action/outputs.js";
import { refuseCodeRunningOptions } from "../../src/action/untrusted.js";
import { defaultConfig } from "../../src/config.js";
import { DIMENSIONS, type Finding, type Report } from "../../src/model.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), "mcp-trust-inputs-"));
  mkdirSync(path.join(workspace, "servers", "weather"), { recursive: true });
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? "";
const oneLine = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).oneLine();
  }
  throw new Error("expected a UserError");
};

describe("readInputs", () => {
  test("defaults: the workspace, no comment mode (the config's, else on-change), no thresholds", () => {
    expect(readInputs(getter({ path: "." }), workspace)).toEqual({ root: workspace, relativeRoot: "", rebuild: false });
    expect(readInputs(getter({ comment: "true" }), workspace).comment).toBe("on-change");
    expect(readInputs(getter({ comment: "on-failure" }), workspace).comment).toBe("on-failure");
  });

  test("every input parsed; relative paths resolved against the workspace", () => {
    const inputs = readInputs(
      getter({ path: "servers/weather", package: "@acme/weather", "fail-under": "70", "fail-on": "High", comment: "false", sarif: "out/x.sarif", badge: "badge.json", config: "ci/trust.yml", "github-token": "t0k" }),
      workspace,
    );
    expect(inputs).toEqual({
      root: path.join(workspace, "servers/weather"),
      relativeRoot: "servers/weather",
      packageSpec: "@acme/weather",
      failUnder: 70,
      failOn: "high",
      comment: "never",
      rebuild: false,
      sarif: path.join(workspace, "out/x.sarif"),
      badge: path.join(workspace, "badge.json"),
      config: path.join(workspace, "ci/trust.yml"),
      token: "t0k",
    });
  });

  test.each([
    [{ "fail-on": "severe" }, /^input "fail-on" must be one of critical, high, medium, low, none \(got "severe"\)$/],
    [{ "fail-under": "101" }, /^input "fail-under" must be a number from 0 to 100/],
    [{ "fail-under": "seventy" }, /^input "fail-under" must be a number/],
    [{ comment: "yes" }, /^input "comment" must be one of on-change, always, on-failure, never \(or true, false\)/],
    [{ path: "does/not/exist" }, /^input "path": does\/not\/exist is not a directory/],
    [{ path: "../.." }, /outside the workspace/],
  ])("bad input %j is one line", (values, message) => {
    expect(oneLine(() => readInputs(getter(values), workspace))).toMatch(message);
  });
});

describe("planForEvent", () => {
  test("pull_request: a delta against the base commit, with the PR number", () => {
    expect(planForEvent("pull_request", { number: 7, pull_request: { number: 7, base: { sha: "abc1234" }, head: { sha: "def5678" } } })).toEqual({
      kind: "delta", event: "pull_request", baseSha: "abc1234", headSha: "def5678", pullNumber: 7, trusted: true,
    });
  });
  test("merge_group: a delta against merge_group.base_sha", () => {
    expect(planForEvent("merge_group", { merge_group: { base_sha: "aaa1111", head_sha: "bbb2222" } })).toMatchObject({ kind: "delta", baseSha: "aaa1111", trusted: true });
  });
  test("release with a tag, and plain scans for push, schedule and workflow_dispatch", () => {
    expect(planForEvent("release", { action: "published", release: { tag_name: "v1.2.3" } })).toEqual({ kind: "release", event: "release", tag: "v1.2.3" });
    for (const event of ["push", "schedule", "workflow_dispatch"]) expect(planForEvent(event, {})).toEqual({ kind: "scan", event });
  });
  test("a pull_request payload without a base is a UserError", () => {
    expect(oneLine(() => planForEvent("pull_request", { pull_request: {} }))).toMatch(/no pull_request.base.sha/);
  });
});

describe("pull_request_target", () => {
  test("refuses inputs that would run the pull request's code", () => {
    expect(oneLine(() => refuseCodeRunningOptions("pull_request_target", getter({ rebuild: "true" })))).toMatch(/"rebuild" runs the pull request's code/);
    expect(oneLine(() => refuseCodeRunningOptions("pull_request_target", getter({ probe: "true" })))).toMatch(/"probe"/);
  });
  test("allows them elsewhere, and allows an explicit false", () => {
    expect(() => refuseCodeRunningOptions("pull_request", getter({ rebuild: "true" }))).not.toThrow();
    expect(() => refuseCodeRunningOptions("pull_request_target", getter({ rebuild: "false" }))).not.toThrow();
  });
});

describe("gate thresholds", () => {
  test("inputs win over the config; the config fills what inputs leave out", () => {
    const config = { ...defaultConfig(), failUnder: 80, failOn: "medium" as const };
    expect(actionGateOptions({ failOn: "high" }, { ...config, source: ".github/mcp-trust.yml" })).toEqual({
      failOn: { value: "high", from: "action input" },
      failUnder: { value: 80, from: ".github/mcp-trust.yml" },
    });
    // Neither: the default gate, fail on a new critical finding.
    expect(actionGateOptions({}, undefined)).toEqual({ failOn: { value: "critical", from: "default" } });
  });
});

describe("outputs", () => {
  const notChecked = { score: null, status: "not-checked" as const, findings: 0 };
  const finding = (fp: string, ignored = false): Finding => ({
    ruleId: "supply-chain/install-script", dimension: "supply-chain", severity: "high", title: "t", message: "m", fingerprint: fp, ...(ignored ? { ignored: { reason: "r" } } : {}),
  });
  const report: Report = {
    schemaVersion: 1, tool: { name: "mcp-trust", version: "0" }, ruleset: 1, target: { kind: "directory", label: "." }, score: 75, grade: "C",
    dimensions: { "supply-chain": { score: 75, status: "checked", findings: 1 }, "package-verification": notChecked, code: notChecked, "remote-endpoint": notChecked, transport: notChecked },
    findings: [finding("a"), finding("b", true)], dependencies: [], dependencyOrigin: "lockfile", skipped: [], durationMs: 1,
  };

  test("score, grade, one output per dimension (empty when not scored), new findings, report path", () => {
    expect(actionOutputs(report, undefined, "/tmp/r.json")).toEqual({
      score: "75", grade: "C", "supply-chain-score": "75", "package-verification-score": "", "code-score": "", "remote-endpoint-score": "", "transport-score": "",
      "new-findings": "1", report: "/tmp/r.json", partial: "false",
    });
  });

  test("action.yml declares every output and every input the Action reads", () => {
    const action = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as { runs: { using: string; main: string }; inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(actionOutputs(report, undefined, "x")).sort());
    for (const d of DIMENSIONS) expect(action.outputs).toHaveProperty(`${d}-score`);
    expect(Object.keys(action.inputs).sort()).toEqual(["badge", "comment", "config", "fail-on", "fail-under", "github-token", "package", "path", "rebuild", "sarif"]);
    expect(action.inputs["github-token"]!.default).toBe("${{ github.token }}");
    expect(action.inputs["path"]!.default).toBe(".");
  });
});
