/** package-verification/signature-invalid: a registry signature or an attestation that does not verify, or an attestation about another tarball. */
import type { Draft, FactName, Rule } from "../../model.js";

export const signatureInvalid: Rule = {
  id: "package-verification/signature-invalid",
  dimension: "package-verification",
  severity: "critical",
  title: "A registry signature or attestation of the published version does not verify",
  rationale:
    "The npm registry signs every version's `name@version:integrity`, and attestations bind a tarball digest to a signed build " +
    "or publish record. A signature that fails, or an attestation whose subject is another tarball, means the metadata or the " +
    "tarball were altered after signing (a compromised mirror or proxy) or the attestation belongs to something else.",
  remediation:
    "Do not install this version until the cause is known: fetch it again straight from registry.npmjs.org, run `npm audit signatures`, " +
    "and compare the tarball's sha512 with the attestation's subject. Report a registry-side mismatch to npm.",
  // Checks what could be verified; only when neither attestations nor registry signatures could be read is there nothing to judge.
  needs(snapshot) {
    const skipped = new Set(snapshot.skipped.map((s) => s.check));
    const needs: FactName[] = ["published"];
    if (skipped.has("attestations") && skipped.has("registry-signatures")) needs.push("attestations", "registry-signatures");
    return needs;
  },
  ecosystems: ["npm"],
  check(snapshot) {
    const facts = snapshot.attestations;
    if (!facts) return [];
    const label = `${facts.name}@${facts.version}`;
    const pkg = { name: facts.name, version: facts.version };
    const drafts: Draft[] = [];
    for (const signature of facts.signatures) {
      if (signature.verification.ok) continue;
      drafts.push({
        message: `The registry signature of ${label} (keyid ${signature.keyid}) does not verify: ${signature.verification.error}.`,
        package: pkg,
        evidence: `registry signature ${signature.keyid}`,
      });
    }
    for (const attestation of facts.attestations) {
      const what = attestation.kind === "provenance" ? "provenance attestation" : attestation.kind === "publish" ? "publish attestation" : `attestation (${attestation.predicateType})`;
      if (!attestation.verification.ok) {
        drafts.push({
          message: `The ${what} of ${label} does not verify against the Sigstore trusted root and npm keys: ${attestation.verification.error}.`,
          package: pkg,
          evidence: `${attestation.predicateType}: signature`,
        });
      }
      if (attestation.subjectMismatch) {
        drafts.push({
          message: `The ${what} of ${label} is not about this tarball: ${attestation.subjectMismatch}.`,
          package: pkg,
          evidence: `${attestation.predicateType}: subject`,
        });
      }
    }
    return drafts;
  },
};
