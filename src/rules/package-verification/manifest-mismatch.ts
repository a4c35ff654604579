/** package-verification/manifest-mismatch: the tarball's package.json differs from the source's in scripts, dependencies or bin. */
import type { Draft, Rule, Snapshot } from "../../model.js";
import { describeDifference, isInstallTimeKey, manifestDifferences } from "./manifest-fields.js";
import { pythonMetadataDifferences } from "./python-metadata.js";

export const manifestMismatch: Rule = {
  id: "package-verification/manifest-mismatch",
  dimension: "package-verification",
  severity: "critical",
  title: "The published manifest differs from the source's in scripts, dependencies, bin or entry points",
  rationale:
    "npm packs package.json as it is on disk, so the tarball's scripts, dependencies and bin should be the source's; a Python wheel's METADATA " +
    "(Requires-Dist) and entry_points.txt are generated from pyproject.toml. An install hook, a dependency or a console script that is in the " +
    "release but not in the source is the classic injected release: the code review saw one package, users install another.",
  remediation:
    "Find out how the release was built: publish from CI at the tagged commit (npm publish --provenance, PyPI Trusted Publishing) so the release " +
    "comes from the reviewed source, and deprecate (or yank) a version whose manifest was changed outside the repository.",
  ecosystems: ["npm", "pypi"],
  needs: ["published"],
  check(snapshot) {
    const pypi = pythonManifestMismatch(snapshot);
    if (pypi) return pypi;
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

/**
 * A PyPI release's metadata against the source's pyproject.toml (or setup.cfg): a requirement, console script or entry
 * point added at release (or pointed elsewhere) is critical; a changed specifier or a removed entry is medium. An sdist's
 * PKG-INFO is judged for additions only (older backends leave requirements out of it).
 */
function pythonManifestMismatch(snapshot: Snapshot): Draft[] | undefined {
  const release = snapshot.pypiPublished;
  if (!release) return undefined;
  const source = release.source;
  const manifest = source?.manifest;
  if (!source || !manifest) return [];
  const where = { name: release.name, version: release.version };
  const location = { path: manifest.path };
  const drafts: Draft[] = [];
  for (const archive of release.archives) {
    if (archive.refused || !archive.metadata || archive.filename === release.treeFile) continue;
    const sdist = archive.kind === "sdist";
    for (const d of pythonMetadataDifferences(manifest, archive.metadata, { dynamic: manifest.dynamic })) {
      if (sdist && (d.change !== "added" || !d.key.startsWith("Requires-Dist."))) continue;
      const injected = d.change === "added" || (d.change === "changed" && !d.key.startsWith("Requires-Dist."));
      const what = d.key.startsWith("Requires-Dist.") ? "It is installed with the package" : "It is a command installed on every user's PATH";
      drafts.push({
        message:
          `${archive.filename} of ${release.name}==${release.version}: ${describeDifference(d, `the source's ${location.path}`, sdist ? "the sdist's PKG-INFO" : "the wheel's metadata")}.` +
          (injected ? ` ${what} and is not in the reviewed source.` : ""),
        severity: injected ? "critical" : "medium",
        location,
        package: where,
        evidence: `${archive.kind}: ${d.key}`,
      });
    }
  }
  return drafts;
}
