/** transport/binds-all-interfaces: an HTTP MCP server listening on 0.0.0.0 or :: by default, reachable from the whole network. */
import type { Draft, Rule } from "../../model.js";
import { SPEC } from "./spec-quotes.js";
import { servesMcpOverHttp } from "../../analysis/transport-facts.js";

export const bindsAllInterfaces: Rule = {
  id: "transport/binds-all-interfaces",
  dimension: "transport",
  severity: "medium",
  title: "An HTTP MCP server listens on every interface by default",
  rationale:
    `${SPEC.bindLocalhost}. A server on 0.0.0.0 or :: (which is what Node's listen(port) does without a host) is ` +
    "reachable by anyone on the same network, not only by the local client.",
  remediation:
    'Pass "127.0.0.1" (or "localhost") as the listen host, and let deployments that need more opt in through an ' +
    "environment variable or flag: listen(port, process.env.HOST ?? \"127.0.0.1\").",
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const file of snapshot.code.transport.files) {
      if (!servesMcpOverHttp(file)) continue;
      // Node's listen(port) binds every interface; Python's hosts are only judged when given, FastMCP's default is localhost.
      const express = file.language === "js" && file.httpServers.length > 0;
      for (const listen of file.listens) {
        if (!(listen.host === "all" || (listen.host === "omitted" && express))) continue;
        drafts.push({
          message:
            `${listen.evidence} ${listen.host === "omitted" ? "gives no host, so it listens on every interface" : "listens on every interface"} ` +
            "by default. Bind 127.0.0.1 unless the deployment asks for more.",
          location: { path: listen.path, startLine: listen.line },
          evidence: listen.evidence,
        });
      }
    }
    return drafts;
  },
};
