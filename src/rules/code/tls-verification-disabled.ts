/** code/tls-verification-disabled: certificate checks turned off in code. */
import type { Rule } from "../../model.js";
import { sinkDrafts } from "./drafts.js";

export const tlsVerificationDisabled: Rule = {
  id: "code/tls-verification-disabled",
  dimension: "code",
  severity: "high",
  title: "TLS certificate verification is disabled",
  rationale:
    "`rejectUnauthorized: false`, NODE_TLS_REJECT_UNAUTHORIZED=0, Python's `verify=False` or an unverified SSL context accept any " +
    "certificate: whoever sits on the network path (public Wi-Fi, a compromised router) can read the tokens the server sends and " +
    "feed it forged responses, which then reach the model as trusted tool output.",
  remediation: "Leave verification on; to trust a private CA, pass it explicitly (`ca:` / NODE_EXTRA_CA_CERTS, `verify='/path/ca.pem'`).",
  check: (snapshot) => sinkDrafts(snapshot, "tls-verification-disabled"),
};
