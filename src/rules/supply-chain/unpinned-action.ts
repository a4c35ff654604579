/** supply-chain/unpinned-action: a workflow uses an action or reusable workflow by tag or branch instead of a commit SHA. */
import type { Draft, Rule } from "../../model.js";
import { type ValueAt, parseActionRef, parseWorkflow } from "./workflow-steps.js";

const COMMIT_SHA = /^[0-9a-f]{40}$/i;
const DOCKER_DIGEST = /@sha256:[0-9a-f]{64}$/i;
/** GitHub's own actions: still movable tags, but most projects accept them, so they count for less. */
const FIRST_PARTY_OWNERS = new Set(["actions", "github"]);

export const unpinnedAction: Rule = {
  id: "supply-chain/unpinned-action",
  dimension: "supply-chain",
  severity: "medium",
  title: "A workflow uses an action by tag or branch, not by commit SHA",
  rationale:
    "Tags and branches can be moved to different code at any time by the action's owner or anyone who takes over " +
    "their account (as happened with tj-actions/changed-files), and the workflow runs it with the repository's token " +
    "and secrets; only a full commit SHA pins the code.",
  remediation:
    "Pin each third-party action to the full 40-character commit SHA of the release you reviewed and keep the tag " +
    "as a comment (`uses: owner/action@<sha> # v4.1.0`); Dependabot or Renovate keep SHA pins up to date.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const file of snapshot.workflows) {
      const workflow = parseWorkflow(file);
      if (!workflow) continue;
      for (const job of workflow.jobs) {
        if (job.uses) {
          const draft = judge(job.uses, job.id, "reusable workflow", workflow.path);
          if (draft) drafts.push(draft);
        }
        for (const step of job.steps) {
          if (!step.uses) continue;
          const draft = judge(step.uses, job.id, "action", workflow.path);
          if (draft) drafts.push(draft);
        }
      }
    }
    return drafts;
  },
};

function judge(uses: ValueAt, jobId: string, kind: "action" | "reusable workflow", path: string): Draft | undefined {
  const value = uses.value.trim();
  // Expressions are not allowed in `uses:`; GitHub rejects the workflow, so there is nothing to pin.
  if (value.includes("${{")) return undefined;
  const location = { path, startLine: uses.line };
  if (value.startsWith("docker://")) {
    if (DOCKER_DIGEST.test(value)) return undefined;
    const image = value.slice("docker://".length);
    return {
      message:
        `Job ${jobId} runs the container ${image} by tag; the tag can be re-pushed with other contents. ` +
        `Pin it by digest (docker://${image.replace(/:[^/:]*$/, "")}@sha256:<digest>).`,
      location,
      evidence: `${jobId}: docker://${image.replace(/:[^/:]*$/, "")}`,
    };
  }
  const ref = parseActionRef(value);
  if (!ref || (ref.ref !== undefined && COMMIT_SHA.test(ref.ref))) return undefined;
  const firstParty = FIRST_PARTY_OWNERS.has(ref.owner);
  const how = ref.ref === undefined ? "without any ref" : `by the movable ref "${ref.ref}"`;
  return {
    ...(firstParty ? { severity: "low" as const } : {}),
    message:
      `Job ${jobId} uses the ${kind} ${ref.action} ${how}${firstParty ? " (a GitHub-owned action, so lower risk)" : ""}: whoever can move ` +
      `that ref changes the code this workflow runs with its token and secrets. Pin it to a full commit SHA ` +
      `(uses: ${ref.action}@<40-character sha>${ref.ref ? ` # ${ref.ref}` : ""}).`,
    location,
    evidence: `${jobId}: ${ref.action}`,
  };
}
