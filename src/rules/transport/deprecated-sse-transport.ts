/** transport/deprecated-sse-transport: the HTTP+SSE transport that protocol revision 2025-03-26 replaced with Streamable HTTP. */
import type { Rule } from "../../model.js";

export const deprecatedSseTransport: Rule = {
  id: "transport/deprecated-sse-transport",
  dimension: "transport",
  severity: "low",
  title: "The server uses the deprecated HTTP+SSE transport",
  rationale:
    "The HTTP+SSE transport of protocol revision 2024-11-05 was replaced by Streamable HTTP in 2025-03-26; clients are " +
    "dropping it, and its two-endpoint design (a GET stream plus a POST endpoint keyed by session id) is harder to protect.",
  remediation:
    'Serve Streamable HTTP (StreamableHTTPServerTransport, or transport="streamable-http" in FastMCP), keeping SSE only ' +
    "as a backwards-compatible fallback while clients move.",
  check(snapshot) {
    return snapshot.code.transport.files.flatMap((file) =>
      file.sseTransports.map((at) => ({
        message: `${at.evidence} serves the deprecated HTTP+SSE transport; move to Streamable HTTP.`,
        location: { path: at.path, startLine: at.line },
        evidence: at.evidence,
      })),
    );
  },
};
