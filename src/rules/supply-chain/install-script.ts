/** supply-chain/install-script: a dependency that runs code at install time and that no allow-list covers. */
import type { Dependency, Draft, Rule, Snapshot } from "../../model.js";
import {
  ALLOW_LIST_MECHANISMS,
  entriesForOtherVersions,
  findScriptPolicy,
  installScriptPolicy,
} from "./allow-lists.js";
import { dependencyLocation } from "./declared-dependencies.js";
import { pythonSourceBuilds } from "./python-source-builds.js";

export const installScript: Rule = {
  id: "supply-chain/install-script",
  dimension: "supply-chain",
  severity: "high",
  title: "A dependency runs an install script that is not allow-listed",
  rationale:
    "preinstall, install and postinstall scripts (and node-gyp builds) run with the installing user's rights before " +
    "any of the package's code is reviewed; they are the most common way a compromised release steals tokens and keys. " +
    "A Python dependency with no wheel for Linux, macOS or Windows is built from its sdist at every install, which runs its build backend the same way [medium].",
  remediation:
    "Review what each script does. Allow the ones you need in the allow-list your package manager enforces " +
    '(npm 12 "allowScripts", pnpm "onlyBuiltDependencies"/"allowBuilds", LavaMoat "lavamoat.allowScripts") or in ' +
    '"allow-install-scripts" in .github/mcp-trust.yml; block the rest, or replace the dependency with one that ships prebuilt code.',
  ecosystems: ["npm", "pypi"],
  // Only npm v2+ and pnpm v5/v6 lockfiles (and arborist's resolved tree) record install scripts; elsewhere the packuments tell.
  needs: (snapshot) => (recordsInstallScripts(snapshot) ? ["dependencies"] : ["dependencies", "packuments"]),
  // Python lockfiles list the release's files; Pipfile.lock and requirements do not, and PyPI's JSON API tells.
  partialWithout: (snapshot) =>
    snapshot.dependencies.some((d) => d.ecosystem === "pypi" && d.source === "registry" && !d.distributions) ? ["pypi-releases"] : [],
  check(snapshot) {
    const policy = installScriptPolicy(snapshot);
    const drafts: Draft[] = [];
    const seen = new Set<string>();
    for (const dependency of snapshot.dependencies) {
      if (dependency.ecosystem !== "npm") continue;
      // Workspace and linked packages are the project's own code, judged where it lives.
      if (dependency.source === "workspace" || dependency.source === "link") continue;
      const scripts = installScripts(snapshot, dependency);
      if (!scripts) continue;
      const key = `${dependency.name}@${dependency.version}`;
      if (seen.has(key) || findScriptPolicy(policy, dependency.name, dependency.version)) continue;
      seen.add(key);
      const pinnedElsewhere = entriesForOtherVersions(policy, dependency.name);
      const what = scripts.length > 0 ? `an install script (${scripts.join(", ")})` : "an install script";
      const note =
        pinnedElsewhere.length > 0
          ? ` The entries in ${[...new Set(pinnedElsewhere.map((e) => e.mechanism))].join(", ")} cover ${pinnedElsewhere.map((e) => `${e.name}@${e.range}`).join(", ")}, not this version.`
          : "";
      const location = dependencyLocation(snapshot, dependency);
      drafts.push({
        message:
          `${key} runs ${what} when it is installed, and no allow-list covers it.${note} Review the script, then allow ` +
          `or block it in ${ALLOW_LIST_MECHANISMS.join(", ")}${snapshot.target.kind === "npm" ? " (only the last applies to a published package's consumers)" : ""}.`,
        package: { name: dependency.name, version: dependency.version },
        ...(location ? { location } : {}),
      });
    }
    return [...drafts, ...pythonSourceBuilds(snapshot)];
  },
};

/**
 * The install scripts a dependency runs: names from the packument when it lists them, [] when only the
 * lockfile's hasInstallScript flag says so, undefined when neither reports any.
 */
function installScripts(snapshot: Snapshot, dependency: Dependency): string[] | undefined {
  const packument = dependency.source === "registry" ? snapshot.packuments[dependency.name] : undefined;
  const fromRegistry = packument?.versions[dependency.version]?.installScripts ?? [];
  if (fromRegistry.length > 0) return fromRegistry;
  return dependency.hasInstallScript ? [] : undefined;
}

function recordsInstallScripts(snapshot: Snapshot): boolean {
  const lockfile = snapshot.lockfile;
  if (!lockfile) return snapshot.dependencyOrigin === "resolved-now";
  if (lockfile.kind === "npm") return lockfile.formatVersion !== "1";
  return lockfile.kind === "pnpm" && /^[56]\./.test(lockfile.formatVersion ?? "");
}
