/** unpinned-range for Python: a requirement with no version, `*`, or no upper bound (`>=`, `!=` only) takes any future release. */
import type { Draft, PythonRequirement, Snapshot } from "../../model.js";
import { specifierClauses } from "../../pep508.js";
import { describeGroup, pythonManifests, requirementLocation } from "./python-declared.js";

/** Why a PEP 440 specifier lets any future release in, or undefined when it is bounded. */
export function pythonUnpinnedProblem(specifier: string): string | undefined {
  // Poetry constraints converted to PEP 440 may keep "or" alternatives: one unbounded alternative is enough.
  for (const alternative of specifier.split("||").map((a) => a.trim())) {
    if (alternative === "") return "no version is given, so any release is accepted";
    const clauses = specifierClauses(alternative);
    // ==1.2.*, ~=1.4 and < / <= cap the range; an exact == or === pins it.
    const bounded = clauses.some((c) => c.operator === "<" || c.operator === "<=" || c.operator === "==" || c.operator === "===" || c.operator === "~=");
    if (!bounded) return `"${alternative}" has no upper bound`;
  }
  return undefined;
}

export function pythonUnpinnedRanges(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  const published = snapshot.target.kind === "pypi";
  const seen = new Set<string>();
  for (const manifest of pythonManifests(snapshot)) {
    for (const requirement of manifest.requirements) {
      // Build requirements are resolved in the build's own isolated environment; URLs are non-registry-source's.
      if (requirement.scope === "build" || requirement.url) continue;
      // Users of a published package never install its development groups.
      if (published && requirement.scope === "dev") continue;
      const problem = pythonUnpinnedProblem(requirement.specifier);
      if (!problem) continue;
      const key = `${requirement.path}\u0000${requirement.group}\u0000${requirement.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      drafts.push(draft(snapshot, requirement, problem));
    }
  }
  return drafts;
}

function draft(snapshot: Snapshot, requirement: PythonRequirement, problem: string): Draft {
  const locked = snapshot.dependencies.find((d) => d.ecosystem === "pypi" && d.name === requirement.name && d.version !== "");
  const isDev = requirement.scope === "dev";
  const major = locked ? /^(\d+)/.exec(locked.version)?.[1] : undefined;
  const suggestion = locked && major ? `"${requirement.name}>=${locked.version},<${Number(major) + 1}"` : "a bounded range of the version you tested";
  return {
    message:
      `${requirement.raw} in ${describeGroup(requirement)}: ${problem}, so every install without the lockfile (uvx, pip install of the ` +
      `published package) takes whatever is published next${isDev ? " (in development and CI)" : ""}. Declare ${suggestion} instead.`,
    ...(isDev ? { severity: "low" as const } : {}),
    location: requirementLocation(requirement),
    package: locked ? { name: requirement.name, version: locked.version } : { name: requirement.name },
    evidence: `${requirement.name} ${requirement.specifier || "(any)"}`,
  };
}
