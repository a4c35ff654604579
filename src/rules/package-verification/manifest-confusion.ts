/** package-verification/manifest-confusion: the registry's version manifest says something other than the tarball's own package.json. */
import pep440 from "@renovatebot/pep440";
import type { Draft, Rule, Snapshot } from "../../model.js";
import { normalisePythonName } from "../../pep508.js";
import { describeDifference, manifestDifferences } from "./manifest-fields.js";
import { pythonMetadataDifferences } from "./python-metadata.js";

export const manifestConfusion: Rule = {
  id: "package-verification/manifest-confusion",
  dimension: "package-verification",
  severity: "critical",
  title: "The registry's metadata differs from the manifest inside the published file",
  rationale:
    "The registry stores the manifest the publisher uploaded separately from the tarball, and does not check that they agree. " +
    "npm installs dependencies and runs install scripts from the registry's manifest, while scanners and reviewers read the tarball: " +
    "a mismatch (manifest confusion) hides dependencies or scripts from whoever reads the package. On PyPI, pip installs what the " +
    "wheel's METADATA requires, while pypi.org and tools reading the JSON API show the metadata of the upload.",
  remediation:
    "Republish the package with `npm publish` from a clean checkout, so the registry manifest is generated from the package.json in the tarball, " +
    "and deprecate the confused version (on PyPI: build the sdist and wheels in one CI job and upload them with Trusted Publishing; yank the confused release). " +
    "As a consumer, do not install it until the publisher explains the difference.",
  ecosystems: ["npm", "pypi"],
  needs: ["published"],
  check(snapshot) {
    const pypi = pythonManifestConfusion(snapshot);
    if (pypi) return pypi;
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

/** A wheel's METADATA that names another project or version than its release, or requires what PyPI's JSON API does not show (and back). */
function pythonManifestConfusion(snapshot: Snapshot): Draft[] | undefined {
  const release = snapshot.pypiPublished;
  if (!release) return undefined;
  const where = { name: release.name, version: release.version };
  const drafts: Draft[] = [];
  const fromApi = release.apiMetadata;
  for (const archive of release.archives) {
    if (archive.kind !== "wheel" || archive.refused) continue;
    const metadata = archive.metadata;
    if (!metadata) {
      drafts.push({ message: `${archive.filename} holds no readable .dist-info/METADATA, so what it installs cannot be checked against ${release.name}==${release.version}.`, package: where, evidence: `${archive.filename}: METADATA` });
      continue;
    }
    if (metadata.name !== undefined && normalisePythonName(metadata.name) !== normalisePythonName(release.name)) {
      drafts.push({ message: `${archive.filename} says it is ${metadata.name} (METADATA Name), not ${release.name}: it installs as another project than the one it is published under.`, package: where, evidence: "METADATA Name" });
    }
    if (metadata.version !== undefined && !sameVersion(metadata.version, release.version)) {
      drafts.push({ message: `${archive.filename} says it is version ${metadata.version} (METADATA Version), not ${release.version}.`, package: where, evidence: "METADATA Version" });
    }
    if (!fromApi) continue;
    for (const d of pythonMetadataDifferences(fromApi, metadata, { namesOnly: true, dynamic: ["scripts", "gui-scripts", "entry-points"] })) {
      const name = d.key.slice("Requires-Dist.".length);
      drafts.push({
        message:
          d.change === "added"
            ? `${archive.filename} requires ${name} (${d.right}), which PyPI's JSON API does not list for ${release.name}==${release.version}: pip installs it, while pypi.org and tools that read the API do not show it.`
            : `PyPI's JSON API lists ${name} (${d.left}) for ${release.name}==${release.version}, but ${archive.filename}'s METADATA does not require it: what is shown is not what installs.`,
        package: where,
        evidence: d.key,
      });
    }
  }
  return drafts;
}

function sameVersion(a: string, b: string): boolean {
  return a === b || (pep440.valid(a) !== null && pep440.valid(b) !== null && pep440.eq(a, b));
}
