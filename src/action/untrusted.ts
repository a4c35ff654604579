/** Under pull_request_target the token can write and secrets are present: refuse every option that would run the PR's code. */
import { UserError } from "../errors.js";

/**
 * Inputs that execute the scanned tree's code: `rebuild` runs its build scripts; `probe` (a live MCP handshake) is listed
 * ahead of the Action declaring it, so that a workflow setting it under pull_request_target is refused, never ignored.
 */
export const CODE_RUNNING_INPUTS = ["probe", "rebuild"] as const;

export function refuseCodeRunningOptions(eventName: string, get: (name: string) => string): void {
  for (const name of CODE_RUNNING_INPUTS) {
    const value = get(name).trim().toLowerCase();
    if (value === "" || value === "false" || eventName !== "pull_request_target") continue;
    throw new UserError(
      `input "${name}" runs the pull request's code, which pull_request_target must never do (it has a write token and secrets); ` +
        `use it under pull_request instead`,
    );
  }
}
