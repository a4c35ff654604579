/** The Action's entry (bundled to dist/index.js): runs the flow; a UserError fails the step with one line, never a stack. */
import * as core from "@actions/core";
import { UserError } from "../errors.js";
import { environmentSecrets, redactText } from "../redact.js";
import { runAction } from "./run.js";

try {
  await runAction();
} catch (error) {
  // Tokens of the tree and registry credentials never reach the log: GitHub masks only its own secrets.
  const secrets = environmentSecrets();
  if (error instanceof UserError) core.setFailed(redactText(error.oneLine(), secrets));
  else {
    // Anything else is a bug: its stack in the log, one line in the failure.
    core.info(redactText(error instanceof Error ? (error.stack ?? error.message) : String(error), secrets));
    core.setFailed(redactText(`mcp-trust failed unexpectedly: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, secrets));
  }
}
