/** The Action's entry (bundled to dist/index.js): runs the flow; a UserError fails the step with one line, never a stack. */
import * as core from "@actions/core";
import { UserError } from "../errors.js";
import { runAction } from "./run.js";

try {
  await runAction();
} catch (error) {
  if (error instanceof UserError) core.setFailed(error.oneLine());
  else {
    // Anything else is a bug: its stack in the log, one line in the failure.
    core.info(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.setFailed(`mcp-trust failed unexpectedly: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}
