/** Client for PyPI's JSON API (`/pypi/<name>[/<version>]/json`), its Integrity API (PEP 740 provenance) and file downloads. */
import { createHash } from "node:crypto";
import { UnavailableError } from "../../errors.js";
import type { PypiReleaseFact, PythonDistribution } from "../../model.js";
import { mapConcurrently } from "../concurrent-map.js";
import { RequestFailure, describeStatus, withDeadline } from "../http-request.js";
import { requestJson } from "../json-request.js";
import { normalisePythonName } from "./names.js";

export interface PypiClientOptions {
  /** Default: process.env.MCP_TRUST_PYPI_URL or https://pypi.org */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** `info` and `urls` of a JSON API answer, as far as the scan reads them. */
export interface PypiRelease extends PypiReleaseFact {
  /** The core metadata PyPI extracted: requires_dist, project_urls, summary. */
  requiresDist: string[];
  projectUrls: Record<string, string>;
  files: (PythonDistribution & { packagetype?: string; size?: number })[];
}

export interface PypiClient {
  /** A release; undefined when PyPI has no such project or version. */
  release(name: string, version?: string): Promise<PypiRelease | undefined>;
  releases(packages: readonly { name: string; version: string }[]): Promise<{ releases: Record<string, PypiReleaseFact>; unavailable?: string }>;
  /** Downloads a file and checks it against its sha256; throws UnavailableError on a network failure or a mismatch. */
  download(file: { url: string; sha256?: string; filename: string }, maxBytes: number): Promise<Buffer>;
  /** The PEP 740 provenance object of one file, or undefined when the file has none (404). */
  provenance(name: string, version: string, filename: string): Promise<unknown | undefined>;
}

export function defaultPypiUrl(): string {
  return (process.env["MCP_TRUST_PYPI_URL"] ?? "https://pypi.org").replace(/\/+$/, "");
}

export function createPypiClient(options: PypiClientOptions = {}): PypiClient {
  const base = (options.baseUrl ?? defaultPypiUrl()).replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const request = { fetch: fetchImpl, timeoutMs };

  const release = async (name: string, version?: string): Promise<PypiRelease | undefined> => {
    const path = version ? `${encodeURIComponent(name)}/${encodeURIComponent(version)}` : encodeURIComponent(name);
    const answer = await requestJson(`${base}/pypi/${path}/json`, "PyPI", request);
    if (answer.status === 404) return undefined;
    return parseReleaseJson(answer.body);
  };

  return {
    release,
    async releases(packages) {
      const releases: Record<string, PypiReleaseFact> = {};
      let unavailable: string | undefined;
      await mapConcurrently(packages, 16, async ({ name, version }) => {
        if (unavailable) return;
        try {
          const found = await release(name, version);
          if (found) releases[`${normalisePythonName(name)}@${version}`] = { name: found.name, version: found.version, ...(found.yanked ? { yanked: found.yanked } : {}), files: found.files };
        } catch (error) {
          if (!(error instanceof UnavailableError)) throw error;
          unavailable ??= error.message;
        }
      });
      return unavailable ? { releases, unavailable } : { releases };
    },
    async download(file, maxBytes) {
      let bytes: Buffer;
      try {
        bytes = await withDeadline(timeoutMs * 4, async (signal) => {
          const response = await fetchImpl(file.url, { signal });
          if (!response.ok) {
            await response.body?.cancel();
            throw new UnavailableError(`PyPI answered ${describeStatus(response)} for ${file.filename}`);
          }
          const declared = Number(response.headers.get("content-length") ?? "0");
          if (declared > maxBytes) {
            await response.body?.cancel();
            throw new UnavailableError(`${file.filename} is larger than ${maxBytes} bytes, the most the scan downloads`);
          }
          const body = Buffer.from(await response.arrayBuffer());
          if (body.length > maxBytes) throw new UnavailableError(`${file.filename} is larger than ${maxBytes} bytes, the most the scan downloads`);
          return body;
        });
      } catch (error) {
        if (error instanceof RequestFailure) throw new UnavailableError(`could not download ${file.filename}: ${error.message}`);
        throw error;
      }
      if (file.sha256) {
        const actual = createHash("sha256").update(bytes).digest("hex");
        if (actual !== file.sha256.toLowerCase()) {
          throw new UnavailableError(`${file.filename} does not match its sha256 (PyPI lists ${file.sha256.slice(0, 12)}…, the download is ${actual.slice(0, 12)}…)`);
        }
      }
      return bytes;
    },
    async provenance(name, version, filename) {
      const url = `${base}/integrity/${encodeURIComponent(name)}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`;
      const answer = await requestJson(url, "PyPI's Integrity API", request);
      return answer.status === 404 ? undefined : answer.body;
    },
  };
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const asText = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The JSON API's `{ info, urls, ... }` answer; `urls` lists the files of the release asked for. */
export function parseReleaseJson(body: unknown): PypiRelease {
  const info = asObject(asObject(body)["info"]);
  const name = asText(info["name"]);
  const version = asText(info["version"]);
  if (!name || !version) throw new UnavailableError("PyPI answered with a release that names no project or version");
  const files = (Array.isArray(asObject(body)["urls"]) ? (asObject(body)["urls"] as unknown[]) : []).flatMap((raw) => {
    const f = asObject(raw);
    const filename = asText(f["filename"]);
    if (!filename) return [];
    const sha256 = asText(asObject(f["digests"])["sha256"]);
    const url = asText(f["url"]);
    const uploadTime = asText(f["upload_time_iso_8601"]) ?? asText(f["upload_time"]);
    const packagetype = asText(f["packagetype"]);
    const size = typeof f["size"] === "number" ? f["size"] : undefined;
    return [{ filename, ...(url ? { url } : {}), ...(sha256 ? { sha256: sha256.toLowerCase() } : {}), ...(uploadTime ? { uploadTime } : {}), ...(packagetype ? { packagetype } : {}), ...(size !== undefined ? { size } : {}), yanked: f["yanked"] === true }];
  });
  const allYanked = files.length > 0 && files.every((f) => f.yanked);
  const yankedReason = asText(info["yanked_reason"]);
  const release: PypiRelease = {
    name,
    version,
    files: files.map(({ yanked: _yanked, ...rest }) => rest),
    requiresDist: (Array.isArray(info["requires_dist"]) ? info["requires_dist"] : []).filter((r): r is string => typeof r === "string"),
    projectUrls: Object.fromEntries(Object.entries(asObject(info["project_urls"])).filter((e): e is [string, string] => typeof e[1] === "string")),
  };
  if (info["yanked"] === true || allYanked) release.yanked = yankedReason ? { reason: yankedReason } : {};
  return release;
}
