/**
 * Verifies PEP 740 provenance (PyPI's Integrity API, `/integrity/<project>/<version>/<filename>/provenance`) offline, on the
 * same sigstore code path as npm's attestations: each attestation becomes a sigstore bundle (its certificate, its Rekor
 * entry, its DSSE envelope), verified against the trusted root shipped in @sigstore/tuf; the statement's subject must be
 * the file (name and sha256), and the certificate's source repository must be the Trusted Publisher's.
 */
import { bundleFromJSON } from "@sigstore/bundle";
import { toSignedEntity, type Signer } from "@sigstore/verify";
import { certificateSource, describeError } from "../attestation-verify.js";
import { sigstoreVerifier } from "../sigstore-trust.js";

export const PYPI_PUBLISH_V1 = "https://docs.pypi.org/attestations/publish/v1";

export interface PypiPublisher {
  kind: string;
  repository?: string;
  workflow?: string;
  environment?: string;
}

export interface PypiAttestationCheck {
  predicateType: string;
  verification: { ok: true } | { ok: false; error: string };
  subject?: { name: string; sha256?: string };
  /** Why the subject is not this file; undefined when it is. */
  subjectMismatch?: string;
  /** The Fulcio certificate's identity (workflow URI@ref) and the repository it names, once the signature verified. */
  signerIdentity?: string;
  certifiedRepository?: string;
  publisher?: PypiPublisher;
  /** Why the certificate's repository is not the publisher's (or the expected one); undefined when it is. */
  publisherMismatch?: string;
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const asText = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The sigstore bundle (v0.3) a PEP 740 attestation object is a re-encoding of. */
export function attestationBundle(attestation: unknown): unknown {
  const a = asObject(attestation);
  const material = asObject(a["verification_material"]);
  const envelope = asObject(a["envelope"]);
  return {
    mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json",
    verificationMaterial: { certificate: { rawBytes: material["certificate"] }, tlogEntries: material["transparency_entries"] ?? [] },
    dsseEnvelope: { payload: envelope["statement"], payloadType: "application/vnd.in-toto+json", signatures: [{ sig: envelope["signature"], keyid: "" }] },
  };
}

/** Every attestation of a provenance object, checked against the file and, when given, the repository it must come from. */
export function verifyPypiProvenance(provenance: unknown, file: { filename: string; sha256: string }, expectedRepository?: string): PypiAttestationCheck[] {
  const checks: PypiAttestationCheck[] = [];
  const bundles = Array.isArray(asObject(provenance)["attestation_bundles"]) ? (asObject(provenance)["attestation_bundles"] as unknown[]) : [];
  for (const group of bundles) {
    const publisherJson = asObject(asObject(group)["publisher"]);
    const publisher: PypiPublisher = {
      kind: asText(publisherJson["kind"]) ?? "unknown",
      ...(asText(publisherJson["repository"]) ? { repository: asText(publisherJson["repository"])! } : {}),
      ...(asText(publisherJson["workflow"]) ? { workflow: asText(publisherJson["workflow"])! } : {}),
      ...(asText(publisherJson["environment"]) ? { environment: asText(publisherJson["environment"])! } : {}),
    };
    const attestations = Array.isArray(asObject(group)["attestations"]) ? (asObject(group)["attestations"] as unknown[]) : [];
    for (const attestation of attestations) checks.push(checkOne(attestation, file, publisher, expectedRepository));
  }
  return checks;
}

function checkOne(attestation: unknown, file: { filename: string; sha256: string }, publisher: PypiPublisher, expectedRepository?: string): PypiAttestationCheck {
  const check: PypiAttestationCheck = { predicateType: "(none)", verification: { ok: false, error: "not verified" }, publisher };
  let statement: Json;
  try {
    statement = asObject(JSON.parse(Buffer.from(asText(asObject(asObject(attestation)["envelope"])["statement"]) ?? "", "base64").toString("utf8")));
  } catch {
    check.verification = { ok: false, error: "the envelope's statement is not JSON" };
    return check;
  }
  check.predicateType = asText(statement["predicateType"]) ?? "(none)";
  const subject = asObject(Array.isArray(statement["subject"]) ? statement["subject"][0] : undefined);
  const name = asText(subject["name"]);
  const digest = asText(asObject(subject["digest"])["sha256"]);
  if (name) check.subject = { name, ...(digest ? { sha256: digest } : {}) };
  if (!name) check.subjectMismatch = `the attestation names no subject (expected ${file.filename})`;
  else if (name !== file.filename) check.subjectMismatch = `the attestation's subject is ${name}, not ${file.filename}`;
  else if (!digest) check.subjectMismatch = "the attestation's subject carries no sha256 digest";
  else if (digest.toLowerCase() !== file.sha256.toLowerCase()) check.subjectMismatch = `the attestation's subject digest sha256:${digest.slice(0, 16)}… differs from the file's sha256:${file.sha256.slice(0, 16)}…`;

  let signer: Signer;
  try {
    // Certificate chain to Fulcio's root, the Rekor entry's inclusion proof and promise, and the DSSE signature.
    signer = sigstoreVerifier().verify(toSignedEntity(bundleFromJSON(attestationBundle(attestation))));
  } catch (error) {
    check.verification = { ok: false, error: describeError(error) };
    return check;
  }
  check.verification = { ok: true };
  const certified = certificateSource(signer);
  if (certified.signerIdentity) check.signerIdentity = certified.signerIdentity;
  if (certified.repository) check.certifiedRepository = certified.repository;
  const strip = (url: string): string => url.toLowerCase().replace(/^git\+/, "").replace(/^https:\/\/github\.com\//, "").replace(/\.git$/, "").replace(/\/+$/, "");
  if (certified.repository && publisher.repository && strip(certified.repository) !== strip(publisher.repository)) {
    check.publisherMismatch = `the signing certificate was issued to ${certified.repository}, but PyPI names the publisher ${publisher.repository}`;
  } else if (expectedRepository && certified.repository && strip(certified.repository) !== strip(expectedRepository)) {
    check.publisherMismatch = `the file was built in ${certified.repository}, not in ${expectedRepository}`;
  }
  return check;
}
