/** Reads a repository's badge value from GitHub: the latest "MCP Trust" check run this App wrote on the default branch head. */
import type { Probot } from "probot";
import { CHECK_RUN_NAME, parseScoreMarker } from "../report/check-run.js";
import type { BadgeLookup } from "./badge-store.js";

/** A badge is cheap to be wrong about for a minute: no retries, the store's deadline bounds the wait. */
const NO_RETRY = { retries: 0 } as const;

export function githubBadgeLookup(app: Probot): BadgeLookup {
  return async (owner, repo) => {
    const appOctokit = await app.auth();
    const { data: installation } = await appOctokit.rest.apps.getRepoInstallation({ owner, repo, request: NO_RETRY });
    const octokit = await app.auth(installation.id);
    const { data: repository } = await octokit.rest.repos.get({ owner, repo, request: NO_RETRY });
    // The badge URL is public: a private repository's score is not ours to publish.
    if (repository.private) return undefined;
    const { data } = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: repository.default_branch,
      check_name: CHECK_RUN_NAME,
      filter: "latest",
      per_page: 20,
      request: NO_RETRY,
    });
    // Anyone with checks: write can name a check run "MCP Trust": only this App's count.
    const ours = data.check_runs.filter((run) => run.app?.id === installation.app_id && run.status === "completed");
    for (const run of ours) {
      const value = parseScoreMarker(run.output.text);
      if (value) return value;
    }
    return undefined;
  };
}
