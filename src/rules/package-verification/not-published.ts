/** package-verification/not-published: the package's version is not on the registry, so there is nothing published to verify. */
import type { Rule } from "../../model.js";

export const notPublished: Rule = {
  id: "package-verification/not-published",
  dimension: "package-verification",
  severity: "info",
  title: "The package version is not on the registry",
  rationale:
    "Package verification compares the published tarball with the source; a version that is not published yet (or was unpublished) cannot be compared.",
  remediation:
    "Nothing to do before a release. After publishing, scan again (or run `mcp-trust verify-pack --against npm:name@version`) to verify the release; " +
    "to verify another version, pass --package npm:name@version.",
  ecosystems: ["npm"],
  check(snapshot) {
    const missing = snapshot.unpublished;
    if (!missing) return [];
    const how = missing.chosenBy === "package.json" ? " (the version in package.json)" : missing.chosenBy === "--package" ? " (from --package)" : "";
    return [
      {
        message: `${missing.name}@${missing.version}${how} is not on the registry, so the published package was not verified.`,
        package: { name: missing.name, version: missing.version },
      },
    ];
  },
};
