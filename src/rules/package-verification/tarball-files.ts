/** The leftovers of the per-file and file-set rungs: tarball-extra-file, tarball-content-mismatch and tarball-missing-file. */
import type { Rule, Snapshot } from "../../model.js";
import { isCodeFile, sourceComparison, type SourceComparison } from "./compare.js";

/** The per-file comparison, unless a --rebuild already showed the source builds to the same contents (rung 1 supersedes 2-4). */
function leftoverComparison(snapshot: Snapshot): SourceComparison | undefined {
  if (snapshot.rebuild?.contentIdentical) return undefined;
  return sourceComparison(snapshot);
}

export const tarballExtraFile: Rule = {
  id: "package-verification/tarball-extra-file",
  dimension: "package-verification",
  severity: "high",
  title: "The published tarball holds a file that is not in the source and no declared build produces",
  rationale:
    "Every file in a release should come from the reviewed source, either as is or from a declared build (tsc outDir, a bundler's output folder). " +
    "Code in the tarball with no source counterpart is how a compromised build machine or maintainer account injects a payload.",
  remediation:
    "Find where the file came from. If a build makes it, declare that build (a build script with its output folder, or tsconfig outDir); " +
    "otherwise remove it, add it to .npmignore or `files`, and republish from a clean checkout.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
    const comparison = leftoverComparison(snapshot);
    const published = snapshot.published;
    if (!comparison || !published) return [];
    return comparison.extra.map((entry) => {
      const code = isCodeFile(entry);
      return {
        message:
          `${entry.path} is in ${published.name}@${published.version} but not in the source${code ? ", and it is code" : ""}; ` +
          "no declared build (tsc outDir, bundler output folder, a .ts sibling) produces it.",
        severity: code ? ("high" as const) : ("low" as const),
        location: { path: entry.path },
        package: { name: published.name, version: published.version },
        evidence: entry.path,
      };
    });
  },
};

export const tarballContentMismatch: Rule = {
  id: "package-verification/tarball-content-mismatch",
  dimension: "package-verification",
  severity: "high",
  title: "A published file differs from the source file at the same path",
  rationale:
    "A file that is not build output is packed byte for byte from the source; different bytes in the tarball mean the release was made from " +
    "other source than the one reviewed (an uncommitted change, or tampering).",
  remediation: "Publish from a clean checkout of the tagged commit (CI with npm publish --provenance), and compare again with `mcp-trust verify-pack`.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
    const comparison = leftoverComparison(snapshot);
    const published = snapshot.published;
    if (!comparison || !published) return [];
    return comparison.contentMismatch.map(({ entry, source }) => ({
      message:
        `${entry.path} in ${published.name}@${published.version} differs from the source's ` +
        `(${entry.size} bytes published, ${source.size} in the source).${source.packed ? "" : " npm would not even pack the source's copy."}`,
      location: { path: entry.path },
      package: { name: published.name, version: published.version },
      evidence: entry.path,
    }));
  },
};

export const tarballMissingFile: Rule = {
  id: "package-verification/tarball-missing-file",
  dimension: "package-verification",
  severity: "low",
  title: "A file npm would pack from the source is not in the published tarball",
  rationale:
    "The source's file set (npm-packlist, what npm itself packs) should match the tarball's; a missing file means the release was packed from a " +
    "different tree or with different ignore rules than the source has now.",
  remediation: "Check .npmignore and `files`, then publish from a clean checkout of the tagged commit.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
    const comparison = leftoverComparison(snapshot);
    const published = snapshot.published;
    if (!comparison || !published) return [];
    return comparison.missing.map((file) => ({
      message: `${file.path} would be packed from the source but is not in ${published.name}@${published.version}.`,
      location: { path: file.path },
      package: { name: published.name, version: published.version },
      evidence: file.path,
    }));
  },
};
