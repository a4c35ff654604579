/** The package-verification dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule, Snapshot } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";
import { manifestConfusion } from "./manifest-confusion.js";
import { manifestMismatch } from "./manifest-mismatch.js";
import { mcpNameMismatch } from "./mcp-name-mismatch.js";
import { noProvenance } from "./no-provenance.js";
import { notPublished } from "./not-published.js";
import { provenanceMismatch } from "./provenance-mismatch.js";
import { repositoryMismatch } from "./repository-mismatch.js";
import { signatureInvalid } from "./signature-invalid.js";
import { tarballContentMismatch, tarballExtraFile, tarballMissingFile } from "./tarball-files.js";
import { tarballUnexpectedExecutable, tarballUnsafeEntry } from "./tarball-headers.js";
import { versionNotTagged } from "./version-not-tagged.js";

export const PACKAGE_VERIFICATION_RULES: readonly Rule[] = [
  notPublished,
  versionNotTagged,
  manifestConfusion,
  manifestMismatch,
  tarballExtraFile,
  tarballContentMismatch,
  tarballMissingFile,
  tarballUnsafeEntry,
  tarballUnexpectedExecutable,
  noProvenance,
  provenanceMismatch,
  signatureInvalid,
  repositoryMismatch,
  mcpNameMismatch,
];

/**
 * A tree is a package to verify when it names one: --package, an npm: or pypi: target, config `package`, a public
 * package.json name, or a pyproject.toml name that is on PyPI.
 */
export function isVerifiablePackage(snapshot: Snapshot): boolean {
  if (snapshot.packageSpec || snapshot.target.kind === "npm" || snapshot.config.package || snapshot.pypiCandidate) return true;
  const data = snapshot.manifest?.data;
  return typeof data?.name === "string" && data.name.length > 0 && data.private !== true;
}

export const PACKAGE_VERIFICATION_DIMENSION: DimensionDefinition = {
  id: "package-verification",
  implemented: true,
  applicable: isVerifiablePackage,
};
