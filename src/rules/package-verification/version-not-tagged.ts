/** package-verification/version-not-tagged: the source repository has no tag for the published version. */
import type { Rule } from "../../model.js";

export const versionNotTagged: Rule = {
  id: "package-verification/version-not-tagged",
  dimension: "package-verification",
  severity: "low",
  title: "The published version has no matching git tag",
  rationale:
    "A tag (v1.2.3, 1.2.3 or name@1.2.3) ties a published version to the commit it was built from; without one, reviewers cannot tell which " +
    "source a release corresponds to, and nobody can rebuild it to check.",
  remediation: "Tag the commit each version is published from (npm version does it), push the tags, and publish from CI at that tag.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
    const { published, packedSource } = snapshot;
    // Without a git checkout there are no tags to look in: not this rule's call.
    if (!published || !packedSource?.gitTags || published.sourceIsTarball) return [];
    const candidates = tagCandidates(published.name, published.version);
    const tags = new Set(packedSource.gitTags);
    if (candidates.some((t) => tags.has(t))) return [];
    const head = published.gitHead ? ` The registry records it was published from commit ${published.gitHead.slice(0, 12)}: tag that commit.` : "";
    return [
      {
        message: `No tag in this checkout names ${published.name}@${published.version} (looked for ${candidates.join(", ")}).${head}`,
        package: { name: published.name, version: published.version },
        evidence: candidates[0]!,
      },
    ];
  },
};

export function tagCandidates(name: string, version: string): string[] {
  const unscoped = name.replace(/^@[^/]+\//, "");
  return [...new Set([`v${version}`, version, `${name}@${version}`, `${unscoped}@${version}`, `${unscoped}-v${version}`, `${name}@v${version}`])];
}
