/** remote-endpoint/plain-http-endpoint: a remote MCP endpoint served over http://, not TLS. */
import type { Rule } from "../../model.js";
import { endpointHost, isLoopback } from "./endpoint-host.js";

export const plainHttpEndpoint: Rule = {
  id: "remote-endpoint/plain-http-endpoint",
  dimension: "remote-endpoint",
  severity: "medium",
  title: "A remote endpoint is served over plain HTTP",
  rationale:
    "Over http:// anyone on the path can read the bearer token and every tool call, and rewrite tool descriptions and " +
    'results in flight. The MCP registry requires remotes to be https, and the spec\'s authorization section says "All ' +
    'authorization server endpoints MUST be served over HTTPS".',
  remediation: "Serve the endpoint over https:// and advertise only the https URL in server.json and the README.",
  check(snapshot) {
    return (snapshot.remotes ?? []).flatMap((remote) => {
      const parsed = endpointHost(remote);
      if (!parsed || parsed.url.protocol !== "http:" || isLoopback(parsed.host)) return [];
      return [{ message: `${remote.url} (from ${remote.source}) uses plain HTTP; serve it over https.`, location: remote.location, evidence: remote.url }];
    });
  },
};
