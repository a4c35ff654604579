/** code/ssrf: an HTTP request to a URL taken from tool input, with no allowlist of hosts. */
import type { Rule } from "../../model.js";
import { sinkDrafts } from "./drafts.js";

export const ssrf: Rule = {
  id: "code/ssrf",
  dimension: "code",
  severity: "medium",
  title: "Request to a URL from tool input with no host allowlist",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs. A URL chosen by the model reaching fetch, http(s).request, " +
    "axios, got, undici or requests/httpx lets a prompt injection reach services only the user's machine can: localhost admin " +
    "ports, the cloud metadata endpoint (169.254.169.254), the intranet. Quiet when the code fixes the scheme and host " +
    "(`https://api.example.com/${id}`) or checks the parsed URL's hostname/host/origin against a list before the request.",
  remediation:
    "Parse the URL, compare its hostname with an allowlist (and refuse private and link-local addresses after DNS resolution), " +
    "or build the URL from a fixed base and pass the input only as a path segment or query value.",
  check: (snapshot) => sinkDrafts(snapshot, "ssrf"),
};
