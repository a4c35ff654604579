/** transport/stdio-stdout-pollution: a stdio server that writes logs or banners to stdout, corrupting the JSON-RPC stream. */
import type { Draft, Rule } from "../../model.js";
import { SPEC } from "./spec-quotes.js";

export const stdioStdoutPollution: Rule = {
  id: "transport/stdio-stdout-pollution",
  dimension: "transport",
  severity: "medium",
  title: "A stdio server writes to stdout",
  rationale:
    `${SPEC.stdioStdout} Over stdio, stdout is the protocol channel: a stray log line or banner breaks the client's ` +
    "JSON-RPC parser, and text that happens to look like a message can be taken as one.",
  remediation:
    "Log to stderr (console.error, print(..., file=sys.stderr), a logger configured for stderr) or send MCP logging " +
    "notifications; never console.log, console.info, console.debug, process.stdout.write or a bare print() in a stdio server.",
  check(snapshot) {
    const facts = snapshot.code.transport;
    const stdioLanguages = new Set(facts.files.filter((f) => f.stdio.length > 0).map((f) => f.language));
    if (stdioLanguages.size === 0) return [];
    const redirected = facts.files.some((f) => f.consoleRedirected);
    const drafts: Draft[] = [];
    for (const file of facts.files) {
      if (!stdioLanguages.has(file.language)) continue;
      // A JS module that no stdio-starting process loads (a build script, a side CLI) never shares the protocol's stdout.
      if (file.language === "js" && !facts.stdioProcessPaths.has(file.path)) continue;
      for (const write of file.stdoutWrites) {
        if (write.consoleMethod && redirected) continue;
        if (write.httpModeOnly || write.beforeExit) continue;
        // A subcommand (`if (argv[0] === "auth") { await auth(); return; }`) prints instead of running the server.
        if (write.cliOnly) continue;
        drafts.push({
          message:
            `${write.evidence} writes to stdout in a server that talks MCP over stdio, which corrupts the protocol stream. ` +
            (file.language === "python" ? "Print to sys.stderr or use logging." : "Use console.error or a logger that writes to stderr."),
          location: { path: write.path, startLine: write.line },
          evidence: write.evidence,
        });
      }
    }
    return drafts;
  },
};
