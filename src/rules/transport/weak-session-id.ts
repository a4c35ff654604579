/** transport/weak-session-id: session ids drawn from Math.random, the clock or a counter, which an attacker can guess. */
import type { Rule } from "../../model.js";
import { SPEC } from "./spec-quotes.js";
import { servesMcpOverHttp } from "../../analysis/transport-facts.js";

export const weakSessionId: Rule = {
  id: "transport/weak-session-id",
  dimension: "transport",
  severity: "medium",
  title: "Session ids are not cryptographically random",
  rationale:
    `${SPEC.sessionId}. An Mcp-Session-Id from Math.random, Date.now or a counter can be predicted, letting another ` +
    "client hijack or inject into a session.",
  remediation: "Generate session ids with crypto.randomUUID() (the SDK's own example) or crypto.randomBytes(16).toString(\"hex\").",
  check(snapshot) {
    // Only a file that serves MCP over HTTP hands out Mcp-Session-Ids; a `sessionId` elsewhere (telemetry, scripts) is another id.
    return snapshot.code.transport.files.filter(servesMcpOverHttp).flatMap((file) =>
      file.weakSessionIds.map((at) => ({
        message: `${at.evidence} makes session ids from ${at.weakness}, which is predictable. Use crypto.randomUUID().`,
        location: { path: at.path, startLine: at.line },
        evidence: at.evidence,
      })),
    );
  },
};
