/** The Action's flow: inputs in, scan (and diff against the base on pull requests), render, post, gate. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { writeFileAtomic } from "../atomic-write.js";
import { loadConfig } from "../config.js";
import { diff } from "../diff.js";
import { defaultRegistry } from "../facts/registry.js";
import { evaluateGate, verdictPlain, type GateResult } from "../gate.js";
import { commentPlan, DEFAULT_COMMENT_MODE } from "../github/comment-policy.js";
import type { Config, Delta, Finding, Report } from "../model.js";
import { planAnnotations } from "../report/annotations.js";
import { renderBadgeJson } from "../report/badge.js";
import { gradeLabel } from "../report/labels.js";
import { renderJson } from "../report/json.js";
import { deltaIsQuiet, renderDeltaMarkdown, renderMarkdown } from "../report/markdown.js";
import { renderSarif } from "../report/sarif.js";
import { scan, type ScanOptions } from "../scan.js";
import { TOOL } from "../version.js";
import { checkoutBase } from "./base-checkout.js";
import { createOctokit, upsertStickyComment } from "./comment.js";
import { actionGateOptions } from "./gate-options.js";
import { planForEvent, readEventPayload, repoFromEnv, type ActionPlan } from "./event.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { actionOutputs } from "./outputs.js";
import { publishState, registryManifestLookup } from "../facts/release-check.js";
import { refuseCodeRunningOptions } from "./untrusted.js";

/** The job summary takes up to 1 MiB per step; the markdown renderers cap themselves at this. */
const SUMMARY_LIMIT = 400_000;

export interface ActionResult {
  head: Report;
  delta?: Delta;
  gate: GateResult;
  reportPath: string;
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<ActionResult> {
  const workspace = env["GITHUB_WORKSPACE"] || process.cwd();
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  refuseCodeRunningOptions(eventName, (name) => core.getInput(name));
  const inputs = readInputs((name) => core.getInput(name), workspace);
  const plan = planForEvent(eventName, readEventPayload(env));
  const scratch = env["RUNNER_TEMP"] || tmpdir();
  core.info(`mcp-trust ${TOOL.version}: ${plan.kind === "delta" ? `${plan.event}: base ${plan.baseSha.slice(0, 12)} vs head` : plan.event}`);

  const options = scanOptionsFor(inputs);
  const head = await core.group("Scan", () =>
    scan({ ...options, target: inputs.root, ...(inputs.packageSpec ? { packageSpec: inputs.packageSpec } : {}), ...(inputs.rebuild ? { rebuild: true } : {}) }),
  );
  const delta = plan.kind === "delta" ? await core.group("Scan the base", () => scanBase(workspace, inputs, plan, options, scratch)).then((base) => diff(base, head)) : undefined;

  const gateFindings: readonly Finding[] = delta ? delta.newFindings : head.findings;
  const config = loadConfig(inputs.root, inputs.config);
  const gate = evaluateGate(head.score, gateFindings, actionGateOptions(inputs, config), delta ? "new" : "all");
  const reportPath = path.join(scratch, "mcp-trust", `report-${env["GITHUB_RUN_ID"] ?? process.pid}-${env["GITHUB_JOB"] ?? "job"}.json`);
  writeFileAtomic(reportPath, renderJson(head));

  for (const [name, value] of Object.entries(actionOutputs(head, delta, reportPath))) core.setOutput(name, value);
  if (inputs.sarif)
    writeFileAtomic(inputs.sarif, renderSarif(head.findings, { tool: head.tool, pathPrefix: inputs.relativeRoot, ...lockfileOf(inputs.root) }));
  if (inputs.badge) writeFileAtomic(inputs.badge, renderBadgeJson(head));

  annotate(gateFindings, inputs.relativeRoot);
  const releaseNote = plan.kind === "release" ? await releaseCheck(head, inputs) : undefined;
  await writeSummary(head, delta, gate, releaseNote);
  if (delta && plan.kind === "delta") await postComment(delta, gate, plan, inputs, config, env);

  if (gate.passed) core.info(`mcp-trust: ${verdictPlain(gate)} (score ${head.score ?? "n/a"}, grade ${gradeLabel(head)})`);
  else core.setFailed(`mcp-trust ${verdictPlain(gate)}`);
  return { head, ...(delta ? { delta } : {}), gate, reportPath };
}

function scanOptionsFor(inputs: ActionInputs): Omit<ScanOptions, "target"> {
  let last = "";
  return {
    ...(inputs.config ? { configPath: inputs.config } : {}),
    progress: (message) => {
      // Counters ("12/40") would flood the log: step lines only.
      if (/\d+\/\d+$/.test(message) || message === last) return;
      last = message;
      core.info(message);
    },
  };
}

async function scanBase(workspace: string, inputs: ActionInputs, plan: Extract<ActionPlan, { kind: "delta" }>, options: Omit<ScanOptions, "target">, scratch: string): Promise<Report> {
  const checkout = await checkoutBase(workspace, plan.baseSha, scratch);
  if (checkout.fetched) core.info(`fetched the base commit ${plan.baseSha.slice(0, 12)}: check out with "fetch-depth: 0" to skip that step`);
  try {
    const baseRoot = path.join(checkout.dir, inputs.relativeRoot);
    if (existsSync(baseRoot)) return await scan({ ...options, target: baseRoot });
    // The scanned folder is new in this pull request: everything in it is new.
    const empty = mkdtempSync(path.join(scratch, "mcp-trust-empty-"));
    try {
      return await scan({ ...options, target: empty });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  } finally {
    await checkout.remove();
  }
}


/** Findings without a line point at the lockfile (dependency findings) or package.json in SARIF. */
function lockfileOf(root: string): { lockfilePath?: string } {
  const found = ["npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock"].find((name) => existsSync(path.join(root, name)));
  return found ? { lockfilePath: found } : {};
}

function annotate(findings: readonly Finding[], relativeRoot: string): void {
  const plan = planAnnotations(findings, { pathPrefix: relativeRoot });
  for (const a of plan.annotations) {
    const properties = { title: a.title, file: a.file, ...(a.startLine !== undefined ? { startLine: a.startLine } : {}), ...(a.endLine !== undefined ? { endLine: a.endLine } : {}) };
    if (a.level === "error") core.error(a.message, properties);
    else if (a.level === "warning") core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  const left = plan.omitted.warning + plan.omitted.notice;
  if (left > 0)
    core.info(`${left} more finding${left === 1 ? "" : "s"} with a location (${plan.omitted.warning} medium, ${plan.omitted.notice} low/info) are not annotated (GitHub shows 10 per level); see the job summary`);
}

async function releaseCheck(head: Report, inputs: ActionInputs): Promise<string> {
  const state = await publishState(head, inputs.root, inputs.packageSpec, registryManifestLookup(defaultRegistry()));
  if (state.state === "not-published") {
    const note = `${state.detail}. The published package could not be verified against this release: this is not a pass. Run mcp-trust after the publish step (for example in a job with \`needs: publish\`).`;
    core.warning(note);
    return note;
  }
  if (state.state === "unknown") {
    core.warning(`release check: ${state.detail}`);
    return `Release check: ${state.detail}.`;
  }
  core.info(state.detail);
  return `Release: ${state.detail}.`;
}

async function writeSummary(head: Report, delta: Delta | undefined, gate: GateResult, releaseNote: string | undefined): Promise<void> {
  if (!process.env["GITHUB_STEP_SUMMARY"]) return;
  const parts = [
    ...(releaseNote ? [`> ${releaseNote}`, ""] : []),
    delta ? renderDeltaMarkdown(delta, { gate, limit: SUMMARY_LIMIT }) : renderMarkdown(head, { gate, limit: SUMMARY_LIMIT }),
    ...(delta ? ["", "<details><summary>Full report of the head</summary>", "", renderMarkdown(head, { limit: SUMMARY_LIMIT }), "</details>"] : []),
  ];
  await core.summary.addRaw(parts.join("\n"), true).write();
}

async function postComment(delta: Delta, gate: GateResult, plan: Extract<ActionPlan, { kind: "delta" }>, inputs: ActionInputs, config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  const mode = inputs.comment ?? config.comment ?? DEFAULT_COMMENT_MODE;
  const commenting = commentPlan(mode, { quiet: deltaIsQuiet(delta), failed: gate.status === "failed" });
  if (commenting === "skip") return;
  const repo = repoFromEnv(env);
  if (plan.pullNumber === undefined || !repo) {
    if (plan.event !== "merge_group") core.info("no pull request number in the event: no comment");
    return;
  }
  if (!inputs.token) {
    core.warning("no github-token: no pull request comment (the report is in the job summary)");
    return;
  }
  const body = renderDeltaMarkdown(delta, { gate, marker: true, fullReportHint: "the job summary of this workflow run" });
  try {
    const outcome = await upsertStickyComment(createOctokit(inputs.token, env["GITHUB_API_URL"] || undefined), repo, plan.pullNumber, body, commenting === "post");
    if (outcome.status === "forbidden") core.info(`no pull request comment: ${outcome.reason}`);
    else if (outcome.status === "not-created") core.info(`no pull request comment: nothing changes (comment: ${mode})`);
    else if (outcome.status === "unchanged") core.info(`the pull request comment already says this${outcome.url ? `: ${outcome.url}` : ""}`);
    else core.info(`${outcome.status} the pull request comment${outcome.url ? ` ${outcome.url}` : ""}`);
  } catch (error) {
    // The comment is a convenience: the gate, summary and annotations already carry the result.
    core.warning(`could not post the pull request comment: ${(error as Error).message.split("\n")[0]}`);
  }
}
