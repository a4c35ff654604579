/** package-verification/provenance-mismatch: the provenance names another repository than the source's, or another tag or commit than the version's. */
import type { Draft, ProvenanceSource, Rule, Snapshot } from "../../model.js";
import { declaredRepository, normaliseRepository } from "./provenance-repository.js";

export const provenanceMismatch: Rule = {
  id: "package-verification/provenance-mismatch",
  dimension: "package-verification",
  severity: "critical",
  title: "The provenance names another repository, tag or commit than the source",
  rationale:
    "A provenance attestation is only worth as much as what it names: a package whose provenance points at another " +
    "repository (a fork, a look-alike) or at a commit other than the release tag's was not built from the source being reviewed.",
  remediation:
    "Find out which repository and commit actually built the release. If the package moved, update package.json `repository`; " +
    "otherwise treat the release as untrusted, revoke the publish tokens and republish from the tagged commit of the real repository.",
  ecosystems: ["npm"],
  needs: ["published", "attestations"],
  check(snapshot) {
    const facts = snapshot.attestations;
    if (!facts) return [];
    const drafts: Draft[] = [];
    const expected = expectedRepositories(snapshot);
    for (const attestation of facts.attestations) {
      if (attestation.kind !== "provenance" || !attestation.source) continue;
      const source = attestation.source;
      const note = attestation.verification.ok ? "" : " (this attestation also failed verification)";
      const built = normaliseRepository(source.repository);
      if (built) {
        for (const { label, url } of expected) {
          if (normaliseRepository(url) === built) continue;
          drafts.push({
            message: `The provenance of ${facts.name}@${facts.version} says it was built from ${source.repository}, but ${label} is ${url}${note}. The release was not built from this repository.`,
            package: { name: facts.name, version: facts.version },
            evidence: `provenance ${source.repository} vs ${label} ${url}`,
          });
        }
      }
      const tagDraft = tagMismatch(facts.versionTag, source, `${facts.name}@${facts.version}`, note);
      if (tagDraft) drafts.push({ ...tagDraft, package: { name: facts.name, version: facts.version } });
    }
    return drafts;
  },
};

/** The repositories the source claims: its package.json `repository` and the checkout's origin remote. */
function expectedRepositories(snapshot: Snapshot): { label: string; url: string }[] {
  const out: { label: string; url: string }[] = [];
  const sourceManifest = snapshot.published?.sourceIsTarball ? snapshot.published.tarballManifest : (snapshot.packedSource?.manifest ?? snapshot.manifest?.data);
  const declared = declaredRepository(sourceManifest);
  if (declared && normaliseRepository(declared)) out.push({ label: "package.json repository", url: declared });
  const remote = snapshot.packedSource?.gitRemote;
  if (remote && normaliseRepository(remote) && normaliseRepository(remote) !== normaliseRepository(declared)) {
    out.push({ label: "the scanned checkout's origin", url: remote });
  }
  return out;
}

function tagMismatch(
  tag: { name: string; commit?: string } | undefined,
  source: ProvenanceSource,
  label: string,
  note: string,
): Omit<Draft, "package"> | undefined {
  if (!tag) return undefined;
  if (tag.commit && source.commit && tag.commit.toLowerCase() !== source.commit.toLowerCase()) {
    return {
      message: `The provenance of ${label} says it was built from commit ${source.commit}${source.ref ? ` (${source.ref})` : ""}, but the tag ${tag.name} points to ${tag.commit}${note}. The published code is not the tagged code.`,
      evidence: `provenance commit ${source.commit} vs tag ${tag.name} ${tag.commit}`,
    };
  }
  const builtTag = source.ref?.startsWith("refs/tags/") ? source.ref.slice("refs/tags/".length) : undefined;
  if (builtTag && builtTag !== tag.name) {
    return {
      message: `The provenance of ${label} says it was built from the tag ${builtTag}, but this version's tag is ${tag.name}${note}.`,
      evidence: `provenance ${source.ref} vs tag ${tag.name}`,
    };
  }
  return undefined;
}
