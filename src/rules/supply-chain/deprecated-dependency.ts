/** supply-chain/deprecated-dependency: the resolved version of a dependency is deprecated on the registry. */
import { snippet } from "../../analysis/ast.js";
import type { Draft, Rule } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";

export const deprecatedDependency: Rule = {
  id: "supply-chain/deprecated-dependency",
  dimension: "supply-chain",
  severity: "low",
  title: "A dependency version is deprecated or yanked",
  rationale:
    "A deprecated version is one its maintainers have asked people to stop using: it no longer gets fixes, and " +
    "deprecation often marks a known bug, a security problem or an abandoned package. A yanked PyPI release (PEP 592) is the same signal.",
  remediation:
    "Upgrade to the version the deprecation message points to, or replace the package; if it comes in through " +
    "another dependency, upgrade that one.",
  ecosystems: ["npm", "pypi"],
  needs: ["packuments"],
  // Yanked PyPI releases (PEP 592) are told by PyPI's JSON API.
  partialWithout: (snapshot) => (snapshot.dependencies.some((d) => d.ecosystem === "pypi" && d.source === "registry") ? ["pypi-releases"] : []),
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const dependency of snapshot.dependencies) {
      if (dependency.source !== "registry") continue;
      if (dependency.ecosystem === "pypi") {
        const yanked = snapshot.pypiReleases?.[`${dependency.name}@${dependency.version}`]?.yanked;
        if (!yanked) continue;
        const location = dependencyLocation(snapshot, dependency);
        drafts.push({
          message:
            `${dependency.name}==${dependency.version} is yanked on PyPI${yanked.reason ? `: "${snippet(yanked.reason, 200)}"` : ""}. Its maintainers withdrew it ` +
            `(PEP 592: installers skip it unless it is pinned exactly, as a lockfile does). Move to another release and re-lock.`,
          package: { name: dependency.name, version: dependency.version },
          ...(location ? { location } : {}),
        });
        continue;
      }
      // A package whose packument could not be fetched is not judged: the scan lists it as skipped.
      const deprecated = snapshot.packuments[dependency.name]?.versions[dependency.version]?.deprecated;
      if (typeof deprecated !== "string" || deprecated.trim() === "") continue;
      const location = dependencyLocation(snapshot, dependency);
      drafts.push({
        message:
          `${dependency.name}@${dependency.version} is deprecated: "${snippet(deprecated, 200)}". ` +
          `Upgrade or replace it${dependency.direct === false ? " (it comes in through another dependency: upgrade that one)" : ""}.`,
        package: { name: dependency.name, version: dependency.version },
        ...(location ? { location } : {}),
      });
    }
    return drafts;
  },
};
