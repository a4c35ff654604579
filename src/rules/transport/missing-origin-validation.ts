/** transport/missing-origin-validation: an HTTP MCP server that never checks Origin or Host, open to DNS rebinding from any web page. */
import type { Draft, Rule } from "../../model.js";
import { SPEC } from "./spec-quotes.js";
import { servesMcpOverHttp } from "../../analysis/transport-facts.js";

export const missingOriginValidation: Rule = {
  id: "transport/missing-origin-validation",
  dimension: "transport",
  severity: "high",
  title: "An HTTP MCP server does not validate Origin or Host",
  rationale:
    `${SPEC.validateOrigin}. Without the check, a web page the user visits can reach a local server through DNS ` +
    "rebinding and call its tools with the user's rights (GHSA-w48q-cv73-mx4w, CVE-2025-66416).",
  remediation:
    "Use the SDK's protection: createMcpExpressApp() (on by default for localhost), the hostHeaderValidation() middleware, " +
    "or transport options { enableDnsRebindingProtection: true, allowedHosts, allowedOrigins }; in Python keep FastMCP's " +
    "default localhost host or pass TransportSecuritySettings. A hand-written server must reject a foreign Origin with 403.",
  check(snapshot) {
    const facts = snapshot.code.transport;
    const drafts: Draft[] = [];
    for (const language of ["js", "python"] as const) {
      const files = facts.files.filter((f) => f.language === language);
      const servers = files.filter(servesMcpOverHttp);
      if (servers.length === 0) continue;
      const disabled = files.flatMap((f) => f.originValidationDisabled);
      const validated =
        disabled.length === 0 &&
        (files.some((f) => f.originValidation.length > 0) || servers.some((f) => f.httpTransports.some((t) => t.validated)));
      if (validated) continue;
      for (const file of servers) {
        const at = disabled.find((d) => d.path === file.path) ?? file.httpTransports[0] ?? file.httpServers[0]!;
        drafts.push({
          message:
            `${file.path} serves MCP over HTTP (${at.evidence}) and nothing in the server checks the Origin or Host header` +
            `${disabled.length > 0 ? " (DNS-rebinding protection is switched off)" : ""}: any web page can drive it through DNS rebinding. ` +
            "Turn on the SDK's host and origin validation, or reject foreign origins with 403.",
          location: { path: at.path, startLine: at.line },
          evidence: at.evidence,
        });
      }
    }
    return drafts;
  },
};
