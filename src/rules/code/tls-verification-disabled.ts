/** code/tls-verification-disabled: certificate checks turned off in code. */
import type { Rule } from "../../model.js";

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
  check(snapshot) {
    return snapshot.code.settings
      .filter((s) => s.setting === "tls-verification-off" && !s.vendored)
      .map((s) => ({ message: tlsMessage(s.detail, s.language), location: s.location, evidence: s.evidence }));
  },
};

function tlsMessage(detail: string, language: "js" | "python"): string {
  if (/NODE_TLS_REJECT_UNAUTHORIZED/.test(detail)) {
    return "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for every TLS connection the process makes: anyone on the network path can read and change the traffic.";
  }
  if (language === "python" && detail === "check_hostname = False") return "check_hostname = False accepts a certificate issued for any host: anyone on the network path can impersonate the server.";
  return `${detail} turns off certificate verification: anyone on the network path can impersonate the server and read or change the traffic.`;
}
