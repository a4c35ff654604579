/** package-verification/manifest-mismatch: the tarball's package.json differs from the source's in scripts, dependencies or bin. */
import type { Rule } from "../../model.js";
import { describeDifference, isInstallTimeKey, manifestDifferences } from "./manifest-fields.js";

export const manifestMismatch: Rule = {
  id: "package-verification/manifest-mismatch",
  dimension: "package-verification",
  severity: "critical",
  title: "The published package.json differs from the source's in scripts, dependencies or bin",
  rationale:
    "npm packs package.json as it is on disk, so the tarball's scripts, dependencies and bin should be the source's. An install hook or a " +
    "dependency that is in the tarball but not in the source is the classic injected release: the code review saw one package, users install another.",
  remediation:
    "Find out how the release was built: publish from CI at the tagged commit (npm publish --provenance) so the tarball comes from the reviewed source, " +
    "and deprecate a version whose package.json was changed outside the repository.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
    const { published, packedSource } = snapshot;
    if (!published?.tarballManifest || !packedSource || published.sourceIsTarball) return [];
    const manifestPath = packedSource.directory ? `${packedSource.directory}/package.json` : "package.json";
    return manifestDifferences(packedSource.manifest, published.tarballManifest, { rewrittenSpecs: true }).map((d) => ({
      message:
        `${published.name}@${published.version}: ${describeDifference(d, "the source", "the published tarball")}.` +
        (isInstallTimeKey(d.key) && d.left === undefined ? " It runs or installs on every user's machine and is not in the reviewed source." : ""),
      location: { path: manifestPath },
      package: { name: published.name, version: published.version },
      evidence: d.key,
    }));
  },
};
