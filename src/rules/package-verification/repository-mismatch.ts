/** package-verification/repository-mismatch: package.json's `repository` names another repository than the one being scanned. */
import type { Rule, Snapshot } from "../../model.js";
import { repositoryField, repositoryId, sameRepository, type RepositoryId } from "./repository-url.js";

export const repositoryMismatch: Rule = {
  id: "package-verification/repository-mismatch",
  dimension: "package-verification",
  severity: "medium",
  title: "package.json's repository is not the repository being scanned",
  rationale:
    "Users and tools (npm's provenance check, the MCP registry, this scan) trust `repository` to say where the package's source lives. " +
    "Pointing it at another repository borrows that repository's reputation, and makes the scanned source say nothing about the package.",
  remediation: "Set package.json `repository` to this repository's URL (and `repository.directory` for a package in a monorepo folder).",
  ecosystems: ["npm"],
  check(snapshot) {
    const scanned = scannedRepository(snapshot);
    if (!scanned) return [];
    const manifest = snapshot.packedSource?.manifest ?? snapshot.manifest?.data;
    const declared = repositoryField(manifest?.repository);
    const id = declared ? repositoryId(declared) : undefined;
    if (!declared || !id || sameRepository(id, scanned.id)) return [];
    const manifestPath = snapshot.packedSource?.directory ? `${snapshot.packedSource.directory}/package.json` : "package.json";
    return [
      {
        message: `package.json says the source is ${declared} (${id.host}/${id.path}), but this is ${scanned.label} (${scanned.id.host}/${scanned.id.path}).`,
        location: { path: manifestPath },
        evidence: declared,
      },
    ];
  },
};

/** The repository being scanned: a GitHub target, or the origin remote of a git checkout. */
function scannedRepository(snapshot: Snapshot): { id: RepositoryId; label: string } | undefined {
  if (snapshot.target.kind === "github") {
    const id = repositoryId(snapshot.target.label.replace(/^github:/, ""));
    return id ? { id, label: snapshot.target.label } : undefined;
  }
  const remote = snapshot.packedSource?.gitRemote;
  const id = remote ? repositoryId(remote) : undefined;
  return id && remote ? { id, label: `the checkout's origin ${remote}` } : undefined;
}
