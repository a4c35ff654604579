/** code/command-injection: a shell command (child_process, execa, the `open` package) built from data that is not a literal. */
import type { Rule } from "../../model.js";
import { sinkDrafts } from "./drafts.js";

export const commandInjection: Rule = {
  id: "code/command-injection",
  dimension: "code",
  severity: "high",
  title: "Shell command built from non-literal data",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs. A tool's arguments are chosen by the model, so by anyone " +
    "who can put text in front of it (a web page, an issue, a file): when they reach exec/execSync, a spawn with `shell: true`, " +
    "or the `open` package (which hands its target to a shell on some platforms), `; curl … | sh` runs with the user's rights. " +
    "Critical when the value flows from a tool handler's arguments or HTTP request data; high for any other non-literal command.",
  remediation:
    "Run the program directly with an argument array and no shell (execFile/spawn without `shell: true`), validate arguments " +
    "against an allowlist, and pass `--` before user-supplied operands so they cannot be read as options.",
  check: (snapshot) => sinkDrafts(snapshot, "command-injection"),
};
