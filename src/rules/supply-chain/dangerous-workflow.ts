/** supply-chain/dangerous-workflow: "pwn request" checkouts under pull_request_target/workflow_run, and script injection via `${{ github.event.* }}`. */
import type { Draft, Rule } from "../../model.js";
import { type ParsedWorkflow, type ValueAt, type WorkflowJob, type WorkflowStep, expressionsIn, parseActionRef, parseWorkflow } from "./workflow-steps.js";

/** Triggers that run with the base repository's write token and secrets while reacting to a fork's pull request. */
const PRIVILEGED_TRIGGERS = ["pull_request_target", "workflow_run"];

/** Expressions naming the pull request's own code (its head commit or branch). */
const PR_HEAD =
  /github\.event\.pull_request\.head\.(?:sha|ref)|github\.event\.pull_request\.merge_commit_sha|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.head_(?:sha|branch)|github\.event\.workflow_run\.head_commit\.id|github\.event\.workflow_run\.pull_requests/;
const PR_HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.full_name|github\.event\.workflow_run\.head_repository\.full_name/;
/** `run:` steps that fetch the pull request's code themselves. */
const RUN_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|pull|switch)\b[^\n]*(?:refs\/pull\/|pull\/\S+\/head|\$\{\{\s*(?:github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head))/;

/**
 * Fields of the event payload that whoever opens the issue, PR, comment or commit controls
 * (GitHub's "Security hardening for GitHub Actions" list, plus workflow_run and discussion equivalents).
 */
const UNTRUSTED_FIELDS: readonly RegExp[] = [
  /^github\.event\.issue\.(?:title|body)$/,
  /^github\.event\.pull_request\.(?:title|body)$/,
  /^github\.event\.comment\.body$/,
  /^github\.event\.review\.body$/,
  /^github\.event\.review_comment\.body$/,
  /^github\.event\.discussion\.(?:title|body)$/,
  /^github\.event\.pages\.[^.]+\.page_name$/,
  /^github\.event\.commits\.[^.]+\.message$/,
  /^github\.event\.commits\.[^.]+\.author\.(?:email|name)$/,
  /^github\.event\.head_commit\.message$/,
  /^github\.event\.head_commit\.author\.(?:email|name)$/,
  /^github\.event\.pull_request\.head\.(?:ref|label)$/,
  /^github\.event\.pull_request\.head\.repo\.default_branch$/,
  /^github\.head_ref$/,
  /^github\.event\.workflow_run\.(?:head_branch|display_title)$/,
  /^github\.event\.workflow_run\.head_commit\.(?:message|author\.(?:email|name))$/,
];

export const dangerousWorkflow: Rule = {
  id: "supply-chain/dangerous-workflow",
  dimension: "supply-chain",
  severity: "high",
  title: "A workflow can be made to run attacker-controlled code",
  rationale:
    "pull_request_target and workflow_run jobs run with the repository's write token and secrets; checking out a " +
    "fork's code there and running it hands both to the fork's author (a \"pwn request\"). Interpolating issue, PR or " +
    "commit text into a run: script lets whoever writes that text inject shell commands.",
  remediation:
    "Build and test pull requests in a pull_request workflow (no secrets, read-only token); if a privileged workflow must " +
    "see the PR, never execute its code there. Pass event fields to scripts through env: and quote them (\"$TITLE\") " +
    "instead of writing ${{ … }} inside run:.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const file of snapshot.workflows) {
      const workflow = parseWorkflow(file);
      if (!workflow) continue;
      const privileged = PRIVILEGED_TRIGGERS.filter((t) => workflow.triggers.has(t));
      for (const job of workflow.jobs) {
        if (privileged.length > 0) {
          const draft = pwnRequest(workflow, job, privileged);
          if (draft) drafts.push(draft);
        }
        drafts.push(...scriptInjections(workflow, job));
      }
    }
    return drafts;
  },
};

function pwnRequest(workflow: ParsedWorkflow, job: WorkflowJob, triggers: string[]): Draft | undefined {
  for (const step of job.steps) {
    const checkout = prCheckout(step);
    if (!checkout) continue;
    const runner = job.steps.find((later) => later.index > step.index && executes(later));
    if (!runner) continue;
    const runnerLine = (runner.run ?? runner.uses)!.line;
    const what = runner.run ? "runs a script" : `uses the local action ${runner.uses!.value}`;
    return {
      message:
        `Job ${job.id} runs on ${triggers.join(" and ")}, with the repository's write token and secrets, checks out the ` +
        `pull request's code (${checkout.describe}, line ${checkout.at.line}) and then ${what} on it (line ${runnerLine}): ` +
        `the pull request's author controls what runs ("pwn request"). Run untrusted code in a pull_request workflow ` +
        `instead, or do not execute anything from the checkout here.`,
      location: { path: workflow.path, startLine: checkout.at.line },
      evidence: `pwn-request: ${job.id}`,
    };
  }
  return undefined;
}

/** A step that puts the pull request's head code in the workspace, and how. */
function prCheckout(step: WorkflowStep): { at: ValueAt; describe: string } | undefined {
  const action = step.uses ? parseActionRef(step.uses.value) : undefined;
  if (action?.action.toLowerCase() === "actions/checkout") {
    const ref = step.with["ref"];
    if (ref && PR_HEAD.test(ref.value)) return { at: ref, describe: `ref: ${ref.value}` };
    const repository = step.with["repository"];
    if (repository && PR_HEAD_REPOSITORY.test(repository.value)) return { at: repository, describe: `repository: ${repository.value}` };
    return undefined;
  }
  if (step.run && RUN_CHECKOUT.test(step.run.value)) {
    const command = RUN_CHECKOUT.exec(step.run.value)![0];
    return { at: step.run, describe: `\`${command.trim()}\`` };
  }
  return undefined;
}

/** A step that executes code from the workspace: any script, or a local action. */
function executes(step: WorkflowStep): boolean {
  if (step.run && step.run.value.trim() !== "") return true;
  return step.uses !== undefined && step.uses.value.trim().startsWith("./");
}

function scriptInjections(workflow: ParsedWorkflow, job: WorkflowJob): Draft[] {
  const drafts: Draft[] = [];
  for (const step of job.steps) {
    const scripts: Array<{ at: ValueAt; where: string }> = [];
    if (step.run) scripts.push({ at: step.run, where: "run: script" });
    const action = step.uses ? parseActionRef(step.uses.value) : undefined;
    const githubScript = step.with["script"];
    if (action?.action.toLowerCase() === "actions/github-script" && githubScript) scripts.push({ at: githubScript, where: "github-script script" });
    for (const { at, where } of scripts) {
      for (const expression of expressionsIn(workflow, at)) {
        const field = untrustedField(expression.inner);
        if (!field) continue;
        drafts.push({
          message:
            `Job ${job.id} writes ${expression.text} straight into a ${where} (line ${expression.line}); whoever writes that ` +
            `text (${field}) can inject commands that run with the job's token and secrets. Pass it through env: ` +
            `(env: VALUE: ${expression.text}) and use "$VALUE", quoted, in the script.`,
          location: { path: workflow.path, startLine: expression.line },
          evidence: `${job.id}: ${expression.text.replace(/\s+/g, " ")}`,
        });
      }
    }
  }
  return drafts;
}

/** The attacker-controlled context an expression reads, if any: `github.event.issue.title`, `github.head_ref` … */
function untrustedField(expression: string): string | undefined {
  // github.event['issue']['title'] and commits[0] / commits.* read the same fields as the dotted forms.
  const normalised = expression
    .replace(/\[\s*'([^']+)'\s*\]|\[\s*"([^"]+)"\s*\]/g, (_m, a: string | undefined, b: string | undefined) => `.${a ?? b}`)
    .replace(/\[\s*(?:\d+|\*)\s*\]/g, ".*");
  for (const candidate of normalised.match(/\bgithub(?:\.[A-Za-z_*][\w*-]*)+/g) ?? []) {
    if (UNTRUSTED_FIELDS.some((pattern) => pattern.test(candidate))) return candidate;
  }
  return undefined;
}
