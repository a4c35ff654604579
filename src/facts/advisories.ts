/** Client for npm's bulk advisory endpoint: name → versions in, the advisories that apply to them out. */
import { UnavailableError } from "../errors.js";
import type { Advisory, AdvisorySeverity } from "../model.js";
import { mapConcurrently } from "./concurrent-map.js";
import { RequestFailure, describeStatus, withDeadline } from "./http-request.js";
import { defaultRegistry } from "./registry.js";

export interface AdvisoryClientOptions {
  /** Default: process.env.npm_config_registry or https://registry.npmjs.org/. */
  registry?: string;
  fetch?: typeof fetch;
  /** Per request, body included; default 30000. */
  timeoutMs?: number;
  /** Package names per POST; default 500. */
  batchSize?: number;
}

export interface AdvisoryClient {
  bulk(versions: Record<string, string[]>): Promise<Advisory[]>;
}

type Attempt = { body: unknown } | { reason: string; retry: boolean };

const SEVERITIES: readonly AdvisorySeverity[] = ["critical", "high", "moderate", "low", "info"];
const ENDPOINT = "-/npm/v1/security/advisories/bulk";

export function createAdvisoryClient(options: AdvisoryClientOptions = {}): AdvisoryClient {
  const registry = options.registry ? options.registry.replace(/\/?$/, "/") : defaultRegistry();
  const url = `${registry}${ENDPOINT}`;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const batchSize = Math.max(1, options.batchSize ?? 500);

  /** One POST; a reason to give up or to try once more instead of a body. */
  const postOnce = async (body: Record<string, string[]>): Promise<Attempt> => {
    try {
      return await withDeadline(timeoutMs, async (signal) => {
        const response = await fetchImpl(url, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(body),
          signal,
        });
        if (!response.ok) {
          await response.body?.cancel();
          return { reason: `advisory endpoint answered ${describeStatus(response)}`, retry: response.status >= 500 };
        }
        const text = await response.text();
        try {
          return { body: JSON.parse(text) as unknown };
        } catch {
          return { reason: "advisory endpoint sent malformed JSON", retry: false };
        }
      });
    } catch (error) {
      if (!(error instanceof RequestFailure)) throw error;
      return error.timeout
        ? { reason: `advisory endpoint ${error.message}`, retry: false }
        : { reason: `advisory endpoint unreachable: ${error.message}`, retry: true };
    }
  };

  const post = async (body: Record<string, string[]>): Promise<Advisory[]> => {
    let attempt = await postOnce(body);
    if ("reason" in attempt && attempt.retry) attempt = await postOnce(body);
    if ("reason" in attempt) throw new UnavailableError(attempt.reason);
    return parseBulkResponse(attempt.body);
  };

  return {
    async bulk(versions) {
      const names = Object.keys(versions).filter((name) => (versions[name]?.length ?? 0) > 0);
      const batches: Record<string, string[]>[] = [];
      for (let i = 0; i < names.length; i += batchSize) {
        batches.push(Object.fromEntries(names.slice(i, i + batchSize).map((name) => [name, versions[name] ?? []])));
      }
      return (await mapConcurrently(batches, 4, post)).flat();
    },
  };
}

/** The endpoint answers `{ "<name>": [ { id, url, title, severity, vulnerable_versions, cwe, cvss } ] }`. */
export function parseBulkResponse(body: unknown): Advisory[] {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new UnavailableError("advisory endpoint answered with something other than a JSON object");
  const advisories: Advisory[] = [];
  for (const [name, entries] of Object.entries(body as Record<string, unknown>)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as unknown[]) {
      const advisory = toAdvisory(name, entry);
      if (advisory) advisories.push(advisory);
    }
  }
  return advisories;
}

function toAdvisory(name: string, entry: unknown): Advisory | undefined {
  if (entry === null || typeof entry !== "object") return undefined;
  const record = entry as Record<string, unknown>;
  const id = record["id"];
  const title = typeof record["title"] === "string" ? record["title"] : "";
  const range = record["vulnerable_versions"];
  if ((typeof id !== "number" && typeof id !== "string") || typeof range !== "string") return undefined;
  // npm records malware as an ordinary advisory titled "Malware in <name>".
  const malware = title.startsWith("Malware in ");
  const severity = malware ? "critical" : toSeverity(record["severity"]);
  const advisory: Advisory = { id, package: name, title, severity, vulnerableVersions: range };
  if (typeof record["url"] === "string") advisory.url = record["url"];
  const cwe = record["cwe"];
  if (Array.isArray(cwe)) {
    const ids = cwe.filter((c): c is string => typeof c === "string");
    if (ids.length > 0) advisory.cwe = ids;
  }
  if (malware) advisory.malware = true;
  return advisory;
}

function toSeverity(value: unknown): AdvisorySeverity {
  // A severity npm has not used before is still an advisory: rank it in the middle rather than drop it.
  return SEVERITIES.find((s) => s === value) ?? "moderate";
}
