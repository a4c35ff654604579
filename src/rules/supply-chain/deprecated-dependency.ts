/** supply-chain/deprecated-dependency: the resolved version of a dependency is deprecated on the registry. */
import { snippet } from "../../analysis/ast.js";
import type { Draft, Rule } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";

export const deprecatedDependency: Rule = {
  id: "supply-chain/deprecated-dependency",
  dimension: "supply-chain",
  severity: "low",
  title: "A dependency version is deprecated",
  rationale:
    "A deprecated version is one its maintainers have asked people to stop using: it no longer gets fixes, and " +
    "deprecation often marks a known bug, a security problem or an abandoned package.",
  remediation:
    "Upgrade to the version the deprecation message points to, or replace the package; if it comes in through " +
    "another dependency, upgrade that one.",
  needs: ["packuments"],
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const dependency of snapshot.dependencies) {
      if (dependency.source !== "registry") continue;
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
