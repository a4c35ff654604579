/** package-verification/manifest-confusion: the registry's version manifest says something other than the tarball's own package.json. */
import type { Rule } from "../../model.js";
import { describeDifference, manifestDifferences } from "./manifest-fields.js";

export const manifestConfusion: Rule = {
  id: "package-verification/manifest-confusion",
  dimension: "package-verification",
  severity: "critical",
  title: "The registry's manifest differs from the package.json inside the tarball",
  rationale:
    "The registry stores the manifest the publisher uploaded separately from the tarball, and does not check that they agree. " +
    "npm installs dependencies and runs install scripts from the registry's manifest, while scanners and reviewers read the tarball: " +
    "a mismatch (manifest confusion) hides dependencies or scripts from whoever reads the package.",
  remediation:
    "Republish the package with `npm publish` from a clean checkout, so the registry manifest is generated from the package.json in the tarball, " +
    "and deprecate the confused version. As a consumer, do not install it until the publisher explains the difference.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
    const published = snapshot.published;
    if (!published) return [];
    const where = { name: published.name, version: published.version };
    if (!published.tarballManifestNormalised) {
      return [{ message: `The tarball of ${published.name}@${published.version} holds no readable package.json, so its registry manifest cannot be checked against it.`, package: where, evidence: "package.json" }];
    }
    return manifestDifferences(published.registryManifest, published.tarballManifestNormalised, { identity: true }).map((d) => ({
      message:
        `${published.name}@${published.version}: ${describeDifference(d, "the registry manifest", "the tarball's package.json")}. ` +
        "npm resolves dependencies from the registry manifest but runs scripts from the tarball, so whoever reads only one misses what the other does.",
      package: where,
      evidence: d.key,
    }));
  },
};
