/** What the triggering event asks of the Action: a delta against a base commit, a plain scan, or a release check. */
import { readFileSync } from "node:fs";
import { UserError } from "../errors.js";

export type ActionPlan =
  | { kind: "delta"; event: string; baseSha: string; headSha?: string; pullNumber?: number; trusted: boolean }
  | { kind: "scan"; event: string }
  | { kind: "release"; event: string; tag: string };

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Reads GITHUB_EVENT_PATH; a missing or malformed payload is a UserError (the runner always writes one). */
export function readEventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env["GITHUB_EVENT_PATH"];
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new UserError(`cannot read the event payload (${(error as Error).message.split("\n")[0]})`, { file });
  }
}

export function planForEvent(eventName: string, payload: Record<string, unknown>): ActionPlan {
  const object = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});
  const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);

  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = object(payload["pull_request"]);
    const baseSha = str(object(pr["base"])["sha"]);
    if (!baseSha) throw new UserError(`the ${eventName} payload has no pull_request.base.sha`);
    const headSha = str(object(pr["head"])["sha"]);
    const number = typeof pr["number"] === "number" ? pr["number"] : typeof payload["number"] === "number" ? payload["number"] : undefined;
    return {
      kind: "delta",
      event: eventName,
      baseSha,
      ...(headSha ? { headSha } : {}),
      ...(number !== undefined ? { pullNumber: number } : {}),
      trusted: eventName === "pull_request",
    };
  }
  if (eventName === "merge_group") {
    const group = object(payload["merge_group"]);
    const baseSha = str(group["base_sha"]);
    if (!baseSha) throw new UserError(`the merge_group payload has no merge_group.base_sha`);
    const headSha = str(group["head_sha"]);
    return { kind: "delta", event: eventName, baseSha, ...(headSha ? { headSha } : {}), trusted: true };
  }
  if (eventName === "release") {
    const tag = str(object(payload["release"])["tag_name"]);
    if (tag) return { kind: "release", event: eventName, tag };
  }
  return { kind: "scan", event: eventName || "unknown" };
}

export function repoFromEnv(env: NodeJS.ProcessEnv): RepoRef | undefined {
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  return owner && repo ? { owner, repo } : undefined;
}
