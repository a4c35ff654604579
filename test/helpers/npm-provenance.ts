/** The real nuxt attestation bodies and packument (test/fixtures/npm-provenance), and copies tampered with in memory. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectAttestations, type AttestationClient } from "../../src/facts/attestations.js";
import type { AttestationFacts } from "../../src/model.js";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/npm-provenance");

export type NuxtVersion = "4.1.2" | "3.13.0";
export type AttestationBody = { attestations: { predicateType: string; bundle: { dsseEnvelope: { payload: string; signatures: { sig: string }[] } } }[] };
export type VersionEntry = Record<string, unknown> & { dist: Record<string, unknown> };

export const PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
export const PUBLISH_V01 = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1";

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")) as T;
}

export function nuxtPackument(): { versions: Record<NuxtVersion, VersionEntry>; time: Record<string, string> } & Record<string, unknown> {
  return readJson("nuxt.packument.json");
}

export function attestationBody(version: NuxtVersion): AttestationBody {
  return readJson(`nuxt@${version}.json`);
}

export function versionEntry(version: NuxtVersion): VersionEntry {
  return nuxtPackument().versions[version];
}

/** Rewrites the in-toto statement of each attestation of the given type (the signature then no longer matches). */
export function editStatement(body: AttestationBody, predicateType: string, edit: (statement: any) => void): AttestationBody {
  for (const attestation of body.attestations) {
    if (attestation.predicateType !== predicateType) continue;
    const envelope = attestation.bundle.dsseEnvelope;
    const statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
    edit(statement);
    envelope.payload = Buffer.from(JSON.stringify(statement)).toString("base64");
  }
  return body;
}

/** Flips one bit of the first byte of a DSSE signature. */
export function flipSignature(body: AttestationBody, predicateType: string): AttestationBody {
  for (const attestation of body.attestations) {
    if (attestation.predicateType !== predicateType) continue;
    const signature = attestation.bundle.dsseEnvelope.signatures[0]!;
    const bytes = Buffer.from(signature.sig, "base64");
    bytes[8] = bytes[8]! ^ 0x01;
    signature.sig = bytes.toString("base64");
  }
  return body;
}

/** An in-memory attestations endpoint: the body, or a 404 when undefined. */
export function servingClient(body: AttestationBody | undefined): AttestationClient {
  return { fetchAttestations: async () => (body ? { served: true, body } : { served: false }) };
}

/** Attestation facts for a nuxt version, from (possibly tampered) copies, verified as the scan does. */
export async function nuxtFacts(
  version: NuxtVersion,
  options: { body?: AttestationBody | null; entry?: VersionEntry; versionTag?: AttestationFacts["versionTag"] } = {},
): Promise<AttestationFacts> {
  const body = options.body === null ? undefined : (options.body ?? attestationBody(version));
  const { attestations } = await collectAttestations({
    name: "nuxt",
    version,
    versionEntry: options.entry ?? versionEntry(version),
    publishedAt: nuxtPackument().time[version]!,
    client: servingClient(body),
  });
  return options.versionTag ? { ...attestations, versionTag: options.versionTag } : attestations;
}
