/** transport/conformance-failure: what the opt-in live probe saw the running server get wrong. */
import type { Rule } from "../../model.js";
import { SPEC } from "./spec-quotes.js";

export const conformanceFailure: Rule = {
  id: "transport/conformance-failure",
  dimension: "transport",
  severity: "high",
  title: "The running server fails an MCP conformance check",
  rationale:
    "The live probe (--probe) starts the server and talks to it with the official SDK client. A server that fails the " +
    `initialize handshake or version negotiation, lists tools with invalid input schemas, ignores malformed requests, or ` +
    `writes non-protocol text to stdout breaks clients in ways static reading cannot show. ${SPEC.stdioStdout} ` +
    `${SPEC.validateOrigin}.`,
  remediation:
    "Reproduce with the check named in the finding: answer initialize with the version asked for when the server supports it, " +
    "else with another version it supports (never an error or the unknown version echoed back), answer a 2026-07-28 " +
    "server/discover with a result or a JSON-RPC error, give " +
    'every tool an inputSchema of type "object", answer unknown methods and bad params with a JSON-RPC error, log to ' +
    "stderr only, and reject foreign Origin/Host headers with 403.",
  // Declared so that a probe that was asked for and could not run skips the rule; without --probe the fact is absent and the rule finds nothing.
  needs: ["probe"],
  check(snapshot) {
    const probe = snapshot.probe;
    if (!probe) return [];
    return probe.checks
      .filter((c) => !c.passed)
      .map((c) => ({
        message: `Live probe (${probe.transport}, ${probe.command}): ${c.name} failed: ${c.detail}`,
        evidence: c.name,
      }));
  },
};
