/** code/command-injection: a shell command (child_process, execa, the `open` package) built from data that is not a literal. */
import type { Draft, Rule } from "../../model.js";
import { hitsOf, originPhrase, sinkDraft, worstTrace } from "./sink-findings.js";

export const commandInjection: Rule = {
  id: "code/command-injection",
  dimension: "code",
  severity: "high",
  title: "Shell command built from non-literal data",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs. A tool's arguments are chosen by the model, so by anyone " +
    "who can put text in front of it (a web page, an issue, a file): when they reach exec/execSync, a spawn with `shell: true`, " +
    "or the `open` package (which hands its target to a shell on some platforms), `; curl … | sh` runs with the user's rights. " +
    "Severity follows where the value comes from: critical for a tool's arguments or HTTP request data, high for a network " +
    "response or file contents, medium for the command line or environment, low for a value the analysis could not follow; " +
    "literals, configuration constants and runtime values (pid, ports, os paths) raise nothing, and neither does a value " +
    "quoted for the shell (shell-quote, shescape) or checked against a fixed list first.",
  remediation:
    "Run the program directly with an argument array and no shell (execFile/spawn without `shell: true`), validate arguments " +
    "against an allowlist, and pass `--` before user-supplied operands so they cannot be read as options.",
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const hit of hitsOf(snapshot, ["shell", "opener"])) {
      const opener = hit.kind === "opener";
      const judged = worstTrace(hit, opener ? "opener" : "shell");
      if (!judged) continue;
      const from = originPhrase(judged.trace);
      drafts.push(
        sinkDraft(
          hit,
          judged,
          opener
            ? `${hit.api} opens a target built from ${from}; the opener hands it to the platform's shell (on Windows inside a PowerShell string, where $(…) runs).`
            : `${hit.api} runs a shell command built from ${from}: shell metacharacters in it run as commands.`,
        ),
      );
    }
    return drafts;
  },
};
