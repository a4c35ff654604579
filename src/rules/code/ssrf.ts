/** code/ssrf: an HTTP request to a URL taken from tool input, with no allowlist of hosts. */
import type { SinkHit, TextPart, Trace } from "../../analysis/index.js";
import type { Draft, Rule } from "../../model.js";
import { hitsOf, originPhrase, sinkDraft, worstTrace } from "./sink-findings.js";

export const ssrf: Rule = {
  id: "code/ssrf",
  dimension: "code",
  severity: "high",
  title: "Request to a URL from tool input with no host allowlist",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs. A URL chosen by the model reaching fetch, http(s).request, " +
    "axios, got, undici or requests/httpx lets a prompt injection reach services only the user's machine can: localhost admin " +
    "ports, the cloud metadata endpoint (169.254.169.254), the intranet. Quiet when the code fixes the scheme and host " +
    "(`https://api.example.com/${id}`, a configured base followed by a path) or compares the parsed URL's hostname/host/" +
    "origin with a fixed set before the request (a list read from the environment is not a fixed set).",
  remediation:
    "Parse the URL, compare its hostname with an allowlist (and refuse private and link-local addresses after DNS resolution), " +
    "or build the URL from a fixed base and pass the input only as a path segment or query value.",
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const hit of hitsOf(snapshot, ["url"])) {
      const judged = worstTrace(hit, "url", hostTraces(hit));
      if (!judged) continue;
      drafts.push(sinkDraft(hit, judged, `${hit.api} requests a URL taken from ${originPhrase(judged.trace)} with no allowlist of hosts: it can reach internal services and cloud metadata endpoints.`));
    }
    return drafts;
  },
};

const FIXED_ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i;

/**
 * The traces that can choose the URL's scheme and host. When the URL is assembled from parts, an input that comes
 * only after a fixed origin (`https://api.example.com/…`), after a configured base and a `/`, or in a relative path
 * sits in the path or query: it cannot pick the host (a request-path issue, not SSRF).
 */
function hostTraces(hit: SinkHit): Trace[] {
  const input = hit.inputs.find((i) => i.role === "url");
  if (!input) return [];
  if (input.alternatives) return input.alternatives.flatMap((parts) => partsHostTraces(parts, input.traces));
  return partsHostTraces(input.parts, input.traces);
}

function partsHostTraces(parts: TextPart[] | undefined, whole: Trace[]): Trace[] {
  if (!parts || parts.length === 0) return whole;
  const tainted = (p: TextPart): boolean => "hole" in p && p.hole.some((t) => t.origin === "tool-argument" || t.origin === "http-request");
  const first = parts.findIndex(tainted);
  if (first < 0) return [];
  // The text before the first input the model controls; other holes (configuration) stand as "\u0000".
  const text = parts.slice(0, first).map((p) => ("text" in p ? p.text : "\u0000")).join("");
  if (FIXED_ORIGIN.test(text.replace(/\u0000/g, "x"))) return [];
  if (text.startsWith("\u0000") && /[/?#]/.test(text)) return [];
  if (text.startsWith("/") && !text.startsWith("//")) return [];
  return parts.slice(first).flatMap((p) => ("hole" in p ? p.hole : []));
}
