/** Verifies one npm attestation bundle offline (signature, certificate chain, transparency log, subject) and reads its provenance claims. */
import { ASN1Obj } from "@sigstore/core";
import { bundleFromJSON } from "@sigstore/bundle";
import { toSignedEntity, type Signer } from "@sigstore/verify";
import type { AttestationCheck, ProvenanceSource } from "../model.js";
import { sigstoreVerifier } from "./sigstore-trust.js";

export const SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
export const SLSA_PROVENANCE_V02 = "https://slsa.dev/provenance/v0.2";
export const NPM_PUBLISH_V01 = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1";

/** What the attestation must be about: this package version and this tarball. */
export interface AttestationSubjectExpectation {
  name: string;
  version: string;
  /** Hex sha512 of the tarball (from dist.integrity); undefined when the registry declares no sha512. */
  sha512?: string;
}

/** Fulcio certificate extensions (OID 1.3.6.1.4.1.57264.1.x) that name the source the workflow ran on. */
const FULCIO_SOURCE_REPOSITORY_URI = "1.3.6.1.4.1.57264.1.12";
const FULCIO_SOURCE_REPOSITORY_DIGEST = "1.3.6.1.4.1.57264.1.13";
const FULCIO_SOURCE_REPOSITORY_REF = "1.3.6.1.4.1.57264.1.14";

interface InTotoStatement {
  subject?: { name?: unknown; digest?: { sha512?: unknown } }[];
  predicateType?: unknown;
  predicate?: unknown;
}

/** The package-url npm writes into attestation subjects (a scope's `@` is percent-encoded). */
export function npmPurl(name: string, version: string): string {
  return `pkg:npm/${name.replace(/^@/, "%40")}@${version}`;
}

export function attestationKind(predicateType: string): AttestationCheck["kind"] {
  if (predicateType === SLSA_PROVENANCE_V1 || predicateType === SLSA_PROVENANCE_V02) return "provenance";
  if (predicateType === NPM_PUBLISH_V01) return "publish";
  return "other";
}

/** Checks one `{ predicateType, bundle }` entry of the attestations endpoint against the expected subject. */
export function checkAttestation(entry: unknown, expected: AttestationSubjectExpectation): AttestationCheck {
  const record = (entry && typeof entry === "object" ? entry : {}) as { predicateType?: unknown; bundle?: unknown };
  const predicateType = typeof record.predicateType === "string" ? record.predicateType : "(none)";
  const check: AttestationCheck = {
    predicateType,
    kind: attestationKind(predicateType),
    verification: { ok: false, error: "not verified" },
    ...(expected.sha512 ? { expectedSha512: expected.sha512 } : {}),
  };

  const statement = readStatement(record.bundle);
  if (typeof statement === "string") {
    check.verification = { ok: false, error: statement };
    return check;
  }
  const subject = statement.subject?.[0];
  if (subject && typeof subject.name === "string") {
    check.subject = { name: subject.name, ...(typeof subject.digest?.sha512 === "string" ? { sha512: subject.digest.sha512 } : {}) };
  }
  const mismatch = subjectMismatch(check.subject, expected);
  if (mismatch) check.subjectMismatch = mismatch;
  if (statement.predicateType !== undefined && statement.predicateType !== predicateType) {
    check.verification = { ok: false, error: `the statement's predicateType ${String(statement.predicateType)} differs from the listed ${predicateType}` };
    return check;
  }
  if (check.kind === "provenance") check.source = provenanceSource(statement.predicate);

  let signer: Signer;
  try {
    signer = sigstoreVerifier().verify(toSignedEntity(bundleFromJSON(record.bundle)));
  } catch (error) {
    check.verification = { ok: false, error: describeError(error) };
    return check;
  }
  if (check.source && signer.identity) {
    const certified = certificateSource(signer);
    if (certified.signerIdentity) check.source.signerIdentity = certified.signerIdentity;
    // The predicate is written by the workflow; the certificate is what Fulcio vouches for. They must agree.
    const disagreement = sourceDisagreement(check.source, certified);
    if (disagreement) {
      check.verification = { ok: false, error: disagreement };
      return check;
    }
  }
  check.verification = { ok: true };
  return check;
}

/** The in-toto statement inside the DSSE envelope, or why it cannot be read. */
function readStatement(bundle: unknown): InTotoStatement | string {
  const envelope = (bundle as { dsseEnvelope?: { payload?: unknown; payloadType?: unknown } } | undefined)?.dsseEnvelope;
  if (!envelope || typeof envelope.payload !== "string") return "the bundle has no DSSE envelope";
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8")) as unknown;
    if (!statement || typeof statement !== "object") return "the DSSE payload is not an in-toto statement";
    return statement as InTotoStatement;
  } catch {
    return "the DSSE payload is not JSON";
  }
}

function subjectMismatch(subject: AttestationCheck["subject"], expected: AttestationSubjectExpectation): string | undefined {
  const purl = npmPurl(expected.name, expected.version);
  if (!subject) return `the attestation names no subject (expected ${purl})`;
  if (subject.name !== purl) return `the attestation's subject is ${subject.name}, not ${purl}`;
  if (!expected.sha512) return undefined;
  if (!subject.sha512) return "the attestation's subject carries no sha512 digest";
  if (subject.sha512.toLowerCase() !== expected.sha512.toLowerCase()) {
    return `the attestation's subject digest sha512:${subject.sha512.slice(0, 16)}… differs from the tarball's sha512:${expected.sha512.slice(0, 16)}…`;
  }
  return undefined;
}

/** Repository, workflow, ref and commit from a SLSA v1 predicate, or from a v0.2 predicate's invocation.configSource. */
export function provenanceSource(predicate: unknown): ProvenanceSource {
  const p = (predicate ?? {}) as {
    buildDefinition?: {
      externalParameters?: { workflow?: { repository?: unknown; path?: unknown; ref?: unknown } };
      resolvedDependencies?: { uri?: unknown; digest?: { gitCommit?: unknown } }[];
    };
    invocation?: { configSource?: { uri?: unknown; digest?: { sha1?: unknown }; entryPoint?: unknown } };
  };
  const source: ProvenanceSource = {};
  const workflow = p.buildDefinition?.externalParameters?.workflow;
  if (workflow) {
    if (typeof workflow.repository === "string") source.repository = workflow.repository;
    if (typeof workflow.path === "string") source.workflowPath = workflow.path;
    if (typeof workflow.ref === "string") source.ref = workflow.ref;
    const commit = p.buildDefinition?.resolvedDependencies?.[0]?.digest?.gitCommit;
    if (typeof commit === "string") source.commit = commit;
    return source;
  }
  const config = p.invocation?.configSource;
  if (config) {
    // v0.2: uri is "git+https://github.com/owner/repo@refs/tags/v1.2.3".
    if (typeof config.uri === "string") {
      const at = config.uri.lastIndexOf("@");
      source.repository = at > 0 ? config.uri.slice(0, at) : config.uri;
      if (at > 0) source.ref = config.uri.slice(at + 1);
    }
    if (typeof config.entryPoint === "string") source.workflowPath = config.entryPoint;
    if (typeof config.digest?.sha1 === "string") source.commit = config.digest.sha1;
  }
  return source;
}

/** The source the Fulcio certificate names: its SAN and the source-repository extensions. */
export function certificateSource(signer: Signer): ProvenanceSource {
  const source: ProvenanceSource = {};
  if (signer.identity?.subjectAlternativeName) source.signerIdentity = signer.identity.subjectAlternativeName;
  for (const { oid, value } of signer.identity?.oids ?? []) {
    const id = oid?.id.join(".");
    if (id === FULCIO_SOURCE_REPOSITORY_URI) source.repository = derUtf8(value);
    else if (id === FULCIO_SOURCE_REPOSITORY_DIGEST) source.commit = derUtf8(value);
    else if (id === FULCIO_SOURCE_REPOSITORY_REF) source.ref = derUtf8(value);
  }
  return source;
}

function derUtf8(value: Buffer): string | undefined {
  try {
    return ASN1Obj.parseBuffer(value as Buffer<ArrayBuffer>).value.toString("utf8");
  } catch {
    return undefined;
  }
}

function sourceDisagreement(claimed: ProvenanceSource, certified: ProvenanceSource): string | undefined {
  const strip = (url: string): string => url.toLowerCase().replace(/^git\+/, "").replace(/\.git$/, "");
  if (claimed.repository && certified.repository && strip(claimed.repository) !== strip(certified.repository)) {
    return `the provenance names ${claimed.repository} but its signing certificate was issued to ${certified.repository}`;
  }
  if (claimed.commit && certified.commit && claimed.commit.toLowerCase() !== certified.commit.toLowerCase()) {
    return `the provenance names commit ${claimed.commit} but its signing certificate was issued for ${certified.commit}`;
  }
  if (claimed.ref && certified.ref && claimed.ref !== certified.ref) {
    return `the provenance names ${claimed.ref} but its signing certificate was issued for ${certified.ref}`;
  }
  return undefined;
}

export function describeError(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === "string" ? message : String(error);
  return (typeof code === "string" ? `${code}: ${text}` : text).replace(/\s*\n\s*/g, " ");
}
