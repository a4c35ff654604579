/** package-verification/no-provenance: the published version carries no provenance and was not published through trusted publishing. */
import type { Rule } from "../../model.js";

export const noProvenance: Rule = {
  id: "package-verification/no-provenance",
  dimension: "package-verification",
  severity: "low",
  title: "The published version has no provenance attestation",
  rationale:
    "A SLSA provenance attestation, signed through Sigstore by the CI workflow that built the package, lets anyone check " +
    "which repository, workflow and commit produced the tarball; without it a release could have been published from any machine holding a token.",
  remediation:
    "Publish from CI with provenance: npm trusted publishing (an OIDC-linked GitHub Actions or GitLab workflow, which adds provenance " +
    "automatically) or `npm publish --provenance` with `permissions: id-token: write`.",
  ecosystems: ["npm"],
  needs: ["published", "attestations"],
  check(snapshot) {
    const facts = snapshot.attestations;
    if (!facts || facts.trustedPublisher) return [];
    const provenance = facts.attestations.filter((a) => a.kind === "provenance");
    if (facts.status === "fetched" && provenance.length > 0) return [];
    // not-served is recorded as skipped "attestations", so this rule never runs for it; stay silent all the same.
    if (facts.status === "not-served") return [];
    const what =
      facts.status === "none"
        ? "the registry's manifest declares no attestations"
        : `the registry serves ${facts.attestations.length} attestation(s), none of them a SLSA provenance`;
    return [
      {
        message: `${facts.name}@${facts.version} was published without provenance: ${what}, and it was not published through trusted publishing. Publish from CI with provenance so consumers can verify where the release was built.`,
        package: { name: facts.name, version: facts.version },
      },
    ];
  },
};
