/** remote-endpoint/ip-or-tunnel-endpoint: a remote endpoint on a raw IP address or a throwaway tunnel hostname. */
import type { Rule } from "../../model.js";
import { endpointHost, isLoopback, isRawIp, tunnelService } from "./endpoint-host.js";

export const ipOrTunnelEndpoint: Rule = {
  id: "remote-endpoint/ip-or-tunnel-endpoint",
  dimension: "remote-endpoint",
  severity: "medium",
  title: "A remote endpoint is a raw IP address or a tunnel",
  rationale:
    "A raw IP or a tunnel hostname (ngrok, trycloudflare, loca.lt, serveo, localhost.run, pinggy) names no accountable " +
    "operator, cannot carry a certificate tied to one, and is typically someone's laptop: it can change hands or vanish, " +
    "and whoever holds it next receives the clients' tokens and tool calls.",
  remediation: "Publish the server under a domain you control, with a certificate for it, and advertise that URL.",
  check(snapshot) {
    return (snapshot.remotes ?? []).flatMap((remote) => {
      const parsed = endpointHost(remote);
      if (!parsed || isLoopback(parsed.host)) return [];
      const tunnel = tunnelService(parsed.host);
      const what = isRawIp(parsed.host) ? "a raw IP address" : tunnel ? `a ${tunnel} tunnel` : undefined;
      if (!what) return [];
      return [{ message: `${remote.url} (from ${remote.source}) is ${what}, not a domain an operator answers for.`, location: remote.location, evidence: remote.url }];
    });
  },
};
