/** supply-chain/unpinned-range: a dependency spec that accepts any future release (`*`, a dist-tag, no upper bound). */
import npa from "npm-package-arg";
import semver from "semver";
import type { DependencyKind, Draft, Rule } from "../../model.js";
import { declaredDependencies, manifestLocation } from "./declared-dependencies.js";
import { pythonUnpinnedRanges } from "./python-ranges.js";

const JUDGED_KINDS: readonly DependencyKind[] = ["dependencies", "optionalDependencies", "devDependencies"];

export const unpinnedRange: Rule = {
  id: "supply-chain/unpinned-range",
  dimension: "supply-chain",
  severity: "medium",
  title: "A dependency accepts any future release",
  rationale:
    "A spec of `*`, `latest` or another dist-tag, or a range with no upper bound (`>=1.0.0`) takes whatever is published " +
    "next, including a new major or a hijacked release; for a published server the consumer's install has no lockfile to hold it back. " +
    "The same holds for a Python requirement with no version, `*` or only a lower bound (`httpx>=0.27`): `uvx` and `pip install` of the server resolve afresh.",
  remediation:
    'Declare a caret or tilde range from the version you tested (for example "^1.4.2"), or an exact version, and let ' +
    "a lockfile and a dependency bot move it deliberately.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const manifest = snapshot.manifest;
    if (!manifest) return pythonUnpinnedRanges(snapshot);
    // Consumers of a published package never install its devDependencies.
    const kinds = snapshot.target.kind === "npm" ? JUDGED_KINDS.filter((k) => k !== "devDependencies") : JUDGED_KINDS;
    const drafts: Draft[] = [];
    for (const declared of declaredDependencies(manifest, kinds)) {
      const problem = unpinnedProblem(declared.name, declared.spec);
      if (!problem) continue;
      const locked = snapshot.dependencies.find((d) => d.ecosystem === "npm" && d.name === declared.name && d.direct) ??
        snapshot.dependencies.find((d) => d.ecosystem === "npm" && d.name === declared.name);
      const suggestion = locked && semver.valid(locked.version) ? `"^${locked.version}"` : "a caret range of the version you tested";
      const isDev = declared.kind === "devDependencies";
      drafts.push({
        message:
          `${declared.name} is declared as ${JSON.stringify(declared.spec)} in ${declared.kind}: ${problem}, so every install ` +
          `without a lockfile takes whatever is published next${isDev ? " (in development and CI)" : ""}. Declare ${suggestion} instead.`,
        ...(isDev ? { severity: "low" as const } : {}),
        location: manifestLocation(manifest, declared.name, declared.kind),
        package: locked ? { name: declared.name, version: locked.version } : { name: declared.name },
        evidence: `"${declared.name}": ${JSON.stringify(declared.spec)}`,
      });
    }
    return [...drafts, ...pythonUnpinnedRanges(snapshot)];
  },
};

/** Why a spec is unpinned, or undefined for a bounded range, an exact version and non-registry specs. */
export function unpinnedProblem(name: string, spec: string): string | undefined {
  let parsed: npa.Result;
  try {
    parsed = npa.resolve(name, spec);
  } catch {
    return undefined; // workspace:, link:, catalog: ... are resolved locally, not from the registry
  }
  if (parsed.type === "alias") parsed = (parsed as npa.AliasResult).subSpec;
  if (parsed.type === "tag") return `"${parsed.fetchSpec}" is a dist-tag, which moves with every publish`;
  if (parsed.type !== "range") return undefined;
  const range = parsed.fetchSpec ?? "";
  let comparatorSets: readonly (readonly semver.Comparator[])[];
  try {
    comparatorSets = new semver.Range(range, { loose: true }).set;
  } catch {
    return undefined;
  }
  if (comparatorSets.some((set) => set.every(isAny))) {
    return range.trim() === "" ? "an empty spec accepts every version" : `"${range}" accepts every version`;
  }
  // One alternative without an upper bound ("1.x || >=2") is enough to let any future release in.
  if (comparatorSets.some((set) => !set.some(isUpperBound))) return `"${range}" has no upper bound`;
  return undefined;
}

/** The "any version" comparator `*`, `x` and "" parse to: its text is empty. */
function isAny(comparator: semver.Comparator): boolean {
  return comparator.value === "";
}

/** `<`, `<=` and an exact version cap a comparator set from above. */
function isUpperBound(comparator: semver.Comparator): boolean {
  if (isAny(comparator)) return false;
  return comparator.operator === "<" || comparator.operator === "<=" || comparator.operator === "" || comparator.operator === "=";
}
