/** The verification block's provenance line: what the offline-verified provenance and registry signatures say, or why it could not be told (pure). */
import type { AttestationFacts, Finding, ProvenanceSummary, Snapshot } from "../../model.js";

const FAILING_RULES = new Set(["package-verification/signature-invalid", "package-verification/provenance-mismatch"]);

/** Undefined when no published package was fetched (the verification block says why already). */
export function provenanceSummary(snapshot: Snapshot, findings: readonly Finding[]): ProvenanceSummary | undefined {
  if (!snapshot.published && !snapshot.pypiPublished) return undefined;
  const facts = snapshot.attestations;
  const skippedReason = snapshot.skipped.find((s) => s.check === "attestations")?.reason;
  const source = facts ? firstProvenance(facts)?.source : undefined;
  const where = {
    ...(source?.repository ? { repository: source.repository } : {}),
    ...(source?.commit ? { commit: source.commit } : {}),
    ...(source?.ref ? { ref: source.ref } : {}),
  };

  const reported = findings.filter((f) => FAILING_RULES.has(f.ruleId) && !f.ignored).map((f) => f.message);
  const failures = reported.length > 0 ? reported : facts ? unverified(facts) : [];
  if (failures.length > 0) {
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : "";
    return { status: "mismatch", ...where, reason: `${failures[0]}${more}` };
  }
  if (!facts) return { status: "skipped", reason: skippedReason ?? "the attestations were not read" };
  const signatures = signatureNote(facts, snapshot.skipped.find((s) => s.check === "registry-signatures")?.reason);
  if (facts.status === "not-served") return { status: "skipped", reason: `${skippedReason ?? "the registry's attestations could not be obtained"}${signatures}` };
  const provenance = firstProvenance(facts);
  if (facts.ecosystem === "pypi") {
    if (!provenance) return { status: "none", reason: "PyPI's Integrity API serves no PEP 740 attestation for the release's files" };
    const files = [...new Set(facts.attestations.map((a) => a.file).filter((f): f is string => f !== undefined))];
    const without = facts.filesWithoutProvenance?.length ? `; ${facts.filesWithoutProvenance.join(", ")} carr${facts.filesWithoutProvenance.length === 1 ? "ies" : "y"} none` : "";
    return { status: "verified", ...where, reason: `the PEP 740 attestations of ${files.join(", ")} verified offline against the Sigstore trusted root and name each file's sha256${without}` };
  }
  if (!provenance) {
    const what = facts.status === "none" ? "the registry's manifest declares no attestations" : `none of the ${facts.attestations.length} attestation(s) is a SLSA provenance`;
    return { status: "none", reason: `${what}${signatures}` };
  }
  return { status: "verified", ...where, reason: `the SLSA provenance verified offline against the Sigstore trusted root and names this tarball's sha512${signatures}` };
}

function firstProvenance(facts: AttestationFacts): AttestationFacts["attestations"][number] | undefined {
  return facts.attestations.find((a) => a.kind === "provenance");
}

/** Failures the facts show even when the rule's finding is absent (ignored, or the rule skipped): never a pass that was not verified. */
function unverified(facts: AttestationFacts): string[] {
  const out: string[] = [];
  for (const signature of facts.signatures) if (!signature.verification.ok) out.push(`the registry signature ${signature.keyid} does not verify`);
  for (const attestation of facts.attestations) {
    if (!attestation.verification.ok) out.push(`the ${attestation.kind} attestation does not verify: ${attestation.verification.error}`);
    if (attestation.subjectMismatch) out.push(`the ${attestation.kind} attestation is not about this ${attestation.file ? "file" : "tarball"}: ${attestation.subjectMismatch}`);
    if (attestation.publisherMismatch) out.push(`the provenance of ${attestation.file ?? "the package"} is inconsistent: ${attestation.publisherMismatch}`);
  }
  return out;
}

function signatureNote(facts: AttestationFacts, skipped: string | undefined): string {
  if (facts.signatures.length > 0) return `; the registry signature verified`;
  return skipped ? `; registry signatures not checked: ${skipped}` : "";
}
