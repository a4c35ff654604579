/** remote-endpoint/no-auth-metadata: the live probe found no RFC 9728 protected-resource metadata at a remote's origin. */
import type { Rule } from "../../model.js";
import { SPEC } from "../transport/spec-quotes.js";

export const noAuthMetadata: Rule = {
  id: "remote-endpoint/no-auth-metadata",
  dimension: "remote-endpoint",
  severity: "low",
  title: "A remote endpoint publishes no OAuth protected-resource metadata",
  rationale:
    `${SPEC.protectedResource}. Without /.well-known/oauth-protected-resource naming its resource and authorization ` +
    "servers, clients cannot discover how to authorise, so such endpoints are either open to all or rely on ad-hoc static tokens.",
  remediation:
    "Serve /.well-known/oauth-protected-resource (RFC 9728) with `resource` and `authorization_servers`, and answer " +
    "unauthorised requests with 401 and a WWW-Authenticate header pointing to it.",
  // Only the live probe fetches the metadata; without --probe there is nothing to judge and the rule stays quiet.
  needs: ["probe"],
  check(snapshot) {
    return (snapshot.probe?.authMetadata ?? [])
      .filter((m) => !m.ok)
      .map((m) => {
        const remote = (snapshot.remotes ?? []).find((r) => r.url.startsWith(m.origin));
        return {
          message: `${m.origin}/.well-known/oauth-protected-resource: ${m.detail}.`,
          ...(remote ? { location: remote.location } : {}),
          evidence: m.origin,
        };
      });
  },
};
