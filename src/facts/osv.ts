/**
 * Client for OSV (osv.dev): POST /v1/querybatch with every resolved npm and PyPI version, then GET /v1/vulns/<id>
 * for each advisory returned. OSV carries the GitHub advisories, PyPA's PYSEC records and OpenSSF's malicious-package
 * (MAL-) records; the querybatch answer already applies each record's affected ranges to the version asked about.
 */
import cvss from "ae-cvss-calculator";
import { UnavailableError } from "../errors.js";
import type { Advisory, AdvisorySeverity, Ecosystem } from "../model.js";
import { mapConcurrently } from "./concurrent-map.js";
import { requestJson } from "./json-request.js";

export interface OsvClientOptions {
  /** Default: process.env.MCP_TRUST_OSV_URL or https://api.osv.dev */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Queries per POST; OSV allows at most 1000. */
  batchSize?: number;
}

export interface PackageVersion {
  ecosystem: Ecosystem;
  name: string;
  version: string;
}

export interface OsvClient {
  advisories(packages: readonly PackageVersion[]): Promise<Advisory[]>;
}

const OSV_ECOSYSTEM: Record<Ecosystem, string> = { npm: "npm", pypi: "PyPI" };
/** Pages followed per query before giving up on a package with an unusual number of records. */
const MAX_PAGES = 10;

export function defaultOsvUrl(): string {
  return (process.env["MCP_TRUST_OSV_URL"] ?? "https://api.osv.dev").replace(/\/+$/, "");
}

export function createOsvClient(options: OsvClientOptions = {}): OsvClient {
  const base = (options.baseUrl ?? defaultOsvUrl()).replace(/\/+$/, "");
  const request = { ...(options.fetch ? { fetch: options.fetch } : {}), timeoutMs: options.timeoutMs ?? 30_000 };
  const batchSize = Math.min(1000, Math.max(1, options.batchSize ?? 1000));

  /** The advisory ids OSV lists for each package version, following page tokens. */
  const queryIds = async (packages: readonly PackageVersion[]): Promise<string[][]> => {
    const ids: string[][] = packages.map(() => []);
    let pending = packages.map((p, index) => ({ index, query: { package: { name: p.name, ecosystem: OSV_ECOSYSTEM[p.ecosystem] }, version: p.version } as Record<string, unknown> }));
    for (let page = 0; pending.length > 0 && page < MAX_PAGES; page++) {
      const next: typeof pending = [];
      for (let i = 0; i < pending.length; i += batchSize) {
        const batch = pending.slice(i, i + batchSize);
        const answer = await requestJson(`${base}/v1/querybatch`, "OSV", { ...request, method: "POST", body: { queries: batch.map((b) => b.query) } });
        if (answer.status !== 200) throw new UnavailableError("OSV answered 404 to querybatch");
        const results = (answer.body as { results?: unknown })?.results;
        if (!Array.isArray(results) || results.length !== batch.length) throw new UnavailableError("OSV answered querybatch with a malformed result list");
        results.forEach((result, j) => {
          const entry = (result ?? {}) as { vulns?: unknown; next_page_token?: unknown };
          for (const vuln of Array.isArray(entry.vulns) ? entry.vulns : []) {
            const id = (vuln as { id?: unknown })?.id;
            if (typeof id === "string" && !ids[batch[j]!.index]!.includes(id)) ids[batch[j]!.index]!.push(id);
          }
          if (typeof entry.next_page_token === "string" && entry.next_page_token !== "") {
            next.push({ index: batch[j]!.index, query: { ...batch[j]!.query, page_token: entry.next_page_token } });
          }
        });
      }
      pending = next;
    }
    return ids;
  };

  return {
    async advisories(packages) {
      if (packages.length === 0) return [];
      const ids = await queryIds(packages);
      const unique = [...new Set(ids.flat())].sort();
      const records = new Map<string, OsvRecord>();
      await mapConcurrently(unique, 8, async (id) => {
        const answer = await requestJson(`${base}/v1/vulns/${encodeURIComponent(id)}`, "OSV", request);
        // A record withdrawn between the two calls is simply gone.
        if (answer.status === 200 && answer.body && typeof answer.body === "object") records.set(id, answer.body as OsvRecord);
      });
      const advisories: Advisory[] = [];
      packages.forEach((pkg, i) => {
        for (const id of ids[i]!) {
          const record = records.get(id);
          if (record && !record.withdrawn) advisories.push(toAdvisory(record, pkg));
        }
      });
      return mergeSamePackage(advisories);
    },
  };
}

/** The fields of an OSV record (OpenSSF OSV schema 1.x) this client reads. */
export interface OsvRecord {
  id: string;
  summary?: string;
  details?: string;
  aliases?: string[];
  withdrawn?: string;
  severity?: { type?: string; score?: string }[];
  affected?: {
    package?: { ecosystem?: string; name?: string };
    ranges?: { type?: string; events?: Record<string, string>[] }[];
    versions?: string[];
    severity?: { type?: string; score?: string }[];
    database_specific?: { severity?: string };
  }[];
  database_specific?: { severity?: string; cwe_ids?: string[] };
}

export function toAdvisory(record: OsvRecord, pkg: PackageVersion): Advisory {
  const affected = (record.affected ?? []).filter(
    (a) => a.package?.ecosystem?.toLowerCase() === OSV_ECOSYSTEM[pkg.ecosystem].toLowerCase() && sameName(a.package?.name ?? "", pkg),
  );
  const malware = record.id.startsWith("MAL-");
  const advisory: Advisory = {
    id: record.id,
    package: pkg.name,
    ecosystem: pkg.ecosystem,
    title: record.summary?.trim() || firstLine(record.details) || record.id,
    url: `https://osv.dev/vulnerability/${record.id}`,
    severity: malware ? "critical" : osvSeverity(record, affected),
    vulnerableVersions: describeRanges(affected) || `${pkg.version} (as OSV reports)`,
    versions: [pkg.version],
    sources: ["osv"],
  };
  const aliases = (record.aliases ?? []).filter((a) => typeof a === "string" && a !== record.id);
  if (aliases.length > 0) advisory.aliases = aliases;
  const cwe = record.database_specific?.cwe_ids?.filter((c) => typeof c === "string");
  if (cwe && cwe.length > 0) advisory.cwe = cwe;
  if (malware) advisory.malware = true;
  return advisory;
}

function sameName(name: string, pkg: PackageVersion): boolean {
  if (pkg.ecosystem === "npm") return name === pkg.name;
  return name.toLowerCase().replace(/[-_.]+/g, "-") === pkg.name.toLowerCase().replace(/[-_.]+/g, "-");
}

const SEVERITY_WORDS: Record<string, AdvisorySeverity> = { CRITICAL: "critical", HIGH: "high", MODERATE: "moderate", MEDIUM: "moderate", LOW: "low" };

/** The GitHub advisory's own rating when OSV carries it, else the highest CVSS base score, else "moderate" (unrated). */
export function osvSeverity(record: OsvRecord, affected: NonNullable<OsvRecord["affected"]>): AdvisorySeverity {
  const word = record.database_specific?.severity ?? affected.map((a) => a.database_specific?.severity).find((s) => typeof s === "string");
  if (word && SEVERITY_WORDS[word.toUpperCase()]) return SEVERITY_WORDS[word.toUpperCase()]!;
  const scores = [...(record.severity ?? []), ...affected.flatMap((a) => a.severity ?? [])]
    .map((s) => cvssBaseScore(s.score))
    .filter((n): n is number => n !== undefined);
  if (scores.length === 0) return "moderate";
  const top = Math.max(...scores);
  return top >= 9 ? "critical" : top >= 7 ? "high" : top >= 4 ? "moderate" : top > 0 ? "low" : "info";
}

// A CommonJS package: Node's ESM loader sees only its default export.
const { Cvss3P0, Cvss3P1, Cvss4P0 } = cvss;

export function cvssBaseScore(vector: string | undefined): number | undefined {
  if (!vector) return undefined;
  try {
    const calculator = vector.startsWith("CVSS:4.0/") ? new Cvss4P0(vector) : vector.startsWith("CVSS:3.1/") ? new Cvss3P1(vector) : vector.startsWith("CVSS:3.0/") ? new Cvss3P0(vector) : undefined;
    const base = calculator?.calculateScores().base;
    return typeof base === "number" && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** ">=1.0.0, <1.2.3; >=2.0.0, <2.0.5" from ECOSYSTEM/SEMVER ranges, for messages. */
export function describeRanges(affected: NonNullable<OsvRecord["affected"]>): string {
  const parts: string[] = [];
  for (const a of affected) {
    for (const range of a.ranges ?? []) {
      if (range.type === "GIT") continue;
      let introduced: string | undefined;
      for (const event of range.events ?? []) {
        if (event["introduced"] !== undefined) introduced = event["introduced"];
        const end = event["fixed"] !== undefined ? `<${event["fixed"]}` : event["last_affected"] !== undefined ? `<=${event["last_affected"]}` : undefined;
        if (end !== undefined) {
          parts.push(introduced && introduced !== "0" ? `>=${introduced}, ${end}` : end);
          introduced = undefined;
        }
      }
      if (introduced !== undefined) parts.push(introduced === "0" ? "every version" : `>=${introduced}`);
    }
  }
  return [...new Set(parts)].join("; ");
}

/** One entry per (ecosystem, package, id), its versions merged: a package locked at two versions is one advisory. */
function mergeSamePackage(advisories: Advisory[]): Advisory[] {
  const byKey = new Map<string, Advisory>();
  for (const advisory of advisories) {
    const key = `${advisory.ecosystem}\u0000${advisory.package}\u0000${advisory.id}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, advisory);
    else seen.versions = [...new Set([...(seen.versions ?? []), ...(advisory.versions ?? [])])];
  }
  return [...byKey.values()];
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split("\n").map((l) => l.trim()).find((l) => l !== "")?.slice(0, 200);
}
