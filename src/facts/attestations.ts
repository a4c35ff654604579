/** Collects the published version's attestations (from the registry's attestations endpoint) and registry signatures, verified offline. */
import ssri from "ssri";
import type { AttestationFacts, PublishedPackage, Skipped } from "../model.js";
import { checkAttestation } from "./attestation-verify.js";
import { findVersionTag, tagCommit } from "./git-tag-commit.js";
import { RequestFailure, describeStatus, withDeadline } from "./http-request.js";
import { checkRegistrySignatures, readDistSignatures } from "./registry-signatures.js";

/** served: the endpoint answered with a body; not-served: it answered 404. */
export type AttestationResponse = { served: true; body: unknown } | { served: false };

export interface AttestationClient {
  /** Throws AttestationUnavailable when the registry cannot be reached or answers an error other than 404. */
  fetchAttestations(name: string, version: string, declaredUrl?: string): Promise<AttestationResponse>;
}

export class AttestationUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AttestationUnavailable";
  }
}

export interface AttestationClientOptions {
  registry: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** `GET <registry>/-/npm/v1/attestations/<name>@<version>`, always from the configured registry (as pacote does). */
export function createAttestationClient(options: AttestationClientOptions): AttestationClient {
  const registry = options.registry.endsWith("/") ? options.registry : `${options.registry}/`;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    async fetchAttestations(name, version, declaredUrl) {
      const url = attestationsUrl(registry, name, version, declaredUrl);
      let outcome: AttestationResponse | { failed: string };
      try {
        outcome = await withDeadline(timeoutMs, async (signal) => {
          const response = await fetchImpl(url, { headers: { accept: "application/json" }, signal });
          if (response.status === 404) {
            await response.body?.cancel();
            return { served: false as const };
          }
          if (!response.ok) {
            await response.body?.cancel();
            return { failed: `${url} answered ${describeStatus(response)}` };
          }
          const text = await response.text();
          try {
            return { served: true as const, body: JSON.parse(text) as unknown };
          } catch {
            return { failed: `${url} sent malformed JSON` };
          }
        });
      } catch (error) {
        if (error instanceof RequestFailure) throw new AttestationUnavailable(`${url}: ${error.message}`);
        throw error;
      }
      if ("failed" in outcome) throw new AttestationUnavailable(outcome.failed);
      return outcome;
    },
  };
}

function attestationsUrl(registry: string, name: string, version: string, declaredUrl?: string): string {
  if (declaredUrl) {
    try {
      // The path the packument declares, on the registry we were told to use: a mirror serves the same path.
      return new URL(new URL(declaredUrl).pathname.replace(/^\//, ""), registry).href;
    } catch {
      // fall through to the conventional path
    }
  }
  return `${registry}-/npm/v1/attestations/${name.replace("/", "%2f")}@${version}`;
}

export interface AttestationInput {
  name: string;
  version: string;
  /** The packument's entry for this version: the version manifest with its `dist`. */
  versionEntry: Record<string, unknown>;
  /** ISO publish time (packument `time[version]`), to check registry keys were valid then. */
  publishedAt?: string;
  client?: AttestationClient;
  offline?: boolean;
  /** The scanned checkout's tags and root, to find the version's tag and its commit. */
  gitTags?: string[];
  root?: string;
}

export interface AttestationResult {
  attestations: AttestationFacts;
  skipped: Skipped[];
}

export async function collectAttestations(input: AttestationInput): Promise<AttestationResult> {
  const { name, version, versionEntry } = input;
  const skipped: Skipped[] = [];
  const dist = (versionEntry["dist"] ?? {}) as { integrity?: unknown; attestations?: { url?: unknown } };
  const integrity = typeof dist.integrity === "string" ? dist.integrity : undefined;
  const sha512 = integrity ? sha512Hex(integrity) : undefined;
  const facts: AttestationFacts = { name, version, ...(integrity ? { integrity } : {}), status: "none", attestations: [], signatures: [] };

  const trustedPublisher = (versionEntry["_npmUser"] as { trustedPublisher?: { id?: unknown } } | undefined)?.trustedPublisher?.id;
  if (typeof trustedPublisher === "string") facts.trustedPublisher = trustedPublisher;

  const signatures = readDistSignatures(dist);
  if (!integrity) {
    skipped.push({ check: "registry-signatures", reason: `the registry's manifest for ${name}@${version} declares no dist.integrity to check signatures against` });
  } else if (signatures.length === 0) {
    skipped.push({
      check: "registry-signatures",
      reason: `the registry's manifest for ${name}@${version} carries no dist.signatures (a registry mirror that strips them, or a version published before npm signed packages)`,
    });
  } else {
    const publishedAt = input.publishedAt ? new Date(input.publishedAt) : undefined;
    facts.signatures = checkRegistrySignatures(
      { name, version, integrity, ...(publishedAt && !Number.isNaN(publishedAt.getTime()) ? { publishedAt } : {}) },
      signatures,
    );
  }

  // npm signs every version, so a manifest without dist.signatures was stripped by a mirror, and the absence of
  // dist.attestations then says nothing: ask the endpoint rather than conclude the package has none.
  const declared = Boolean(dist.attestations);
  const manifestIntact = signatures.length > 0;
  if (declared || !manifestIntact) {
    facts.status = "not-served";
    const declaredUrl = typeof dist.attestations?.url === "string" ? dist.attestations.url : undefined;
    const notServed = declared
      ? `${name}@${version} declares attestations, but this registry does not serve attestations (it answered 404; a mirror that strips them)`
      : `the registry's manifest for ${name}@${version} carries neither dist.attestations nor dist.signatures and its attestations endpoint answered 404: this registry does not serve attestations, so whether the package has provenance cannot be told`;
    if (input.offline) {
      skipped.push({ check: "attestations", reason: "--offline: the registry's attestations were not fetched" });
    } else if (!input.client) {
      skipped.push({ check: "attestations", reason: "no attestation client was configured" });
    } else {
      try {
        const response = await input.client.fetchAttestations(name, version, declaredUrl);
        if (!response.served) {
          skipped.push({ check: "attestations", reason: notServed });
        } else {
          const list = (response.body as { attestations?: unknown } | undefined)?.attestations;
          if (!Array.isArray(list)) {
            skipped.push({ check: "attestations", reason: `the registry's attestations for ${name}@${version} are not a list` });
          } else {
            facts.status = "fetched";
            facts.attestations = list.map((entry: unknown) => checkAttestation(entry, { name, version, ...(sha512 ? { sha512 } : {}) }));
          }
        }
      } catch (error) {
        if (!(error instanceof AttestationUnavailable)) throw error;
        skipped.push({ check: "attestations", reason: `could not fetch the attestations of ${name}@${version}: ${error.message}` });
      }
    }
  }

  const tag = input.gitTags ? findVersionTag(input.gitTags, name, version) : undefined;
  if (tag) {
    const commit = input.root ? await tagCommit(input.root, tag) : undefined;
    facts.versionTag = { name: tag, ...(commit ? { commit } : {}) };
  }
  return { attestations: facts, skipped };
}

/** Hex of the sha512 in an SRI string; undefined when it holds no sha512. */
export function sha512Hex(integrity: string): string | undefined {
  const parsed = ssri.parse(integrity);
  const hash = parsed.sha512?.[0];
  return hash ? Buffer.from(hash.digest, "base64").toString("hex") : undefined;
}

export interface PublishedAttestationInput {
  published?: PublishedPackage;
  /** The packument's raw entry for the published version (with `dist`), as collectPublished read it: no second fetch. */
  registryEntry?: Record<string, unknown>;
  /** The packument's `time[version]`. */
  publishedAt?: string;
  client?: AttestationClient;
  offline?: boolean;
  gitTags?: string[];
  root?: string;
}

/** Attestation facts for the published package the scan verifies; nothing when no published package was fetched. */
export async function collectPublishedAttestations(input: PublishedAttestationInput): Promise<Partial<AttestationResult>> {
  const published = input.published;
  if (!published) return {};
  if (!input.registryEntry) {
    const reason = `the registry's entry for ${published.name}@${published.version} (its dist.attestations and dist.signatures) was not read`;
    return { skipped: [{ check: "attestations", reason }, { check: "registry-signatures", reason }] };
  }
  return collectAttestations({
    name: published.name,
    version: published.version,
    versionEntry: input.registryEntry,
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    ...(input.client ? { client: input.client } : {}),
    ...(input.offline ? { offline: true } : {}),
    ...(input.gitTags ? { gitTags: input.gitTags } : {}),
    ...(input.root ? { root: input.root } : {}),
  });
}
