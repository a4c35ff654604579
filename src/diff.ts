/** diff(base, head): what a pull request or release changes — scores, new and resolved findings, dependencies. */
import { fingerprint, FINGERPRINT_VERSION, matchFindings } from "./fingerprint.js";
import { checkOutput } from "./output-check.js";
import { DIMENSIONS, type Delta, type DependencyChange, type DependencySummary, type Finding, type Report } from "./model.js";
import { sortFindings } from "./rules/engine.js";
import { describeToolChanges, toolChangeFindings } from "./rules/code/tool-description-changed.js";

export function diff(base: Report, head: Report): Delta {
  const active = (r: Report): Finding[] => current(r).filter((f) => !f.ignored);
  const match = matchFindings(active(base), active(head));
  const changes = describeToolChanges(base.tools ?? [], head.tools ?? []);
  const newFindings = sortFindings([...match.unmatchedHead, ...toolChangeFindings(changes)]);
  const resolvedFindings = sortFindings(match.unmatchedBase);

  const dimensions = {} as Delta["dimensions"];
  for (const id of DIMENSIONS) dimensions[id] = change(base.dimensions[id].score, head.dimensions[id].score);
  const delta: Delta = {
    base: { target: base.target, score: base.score, grade: base.grade, ...(base.partial ? { partial: true as const } : {}) },
    head: { target: head.target, score: head.score, grade: head.grade, ...(head.partial ? { partial: true as const } : {}) },
    scoreChange: change(base.score, head.score).change,
    dimensions,
    newFindings,
    resolvedFindings,
    unchangedFindings: match.pairs.length,
    dependencies: dependencyChanges(base.dependencies, head.dependencies),
    toolChanges: changes,
    fingerprintVersion: FINGERPRINT_VERSION,
  };
  checkOutput("delta", delta);
  return delta;
}

/** A report written with another fingerprint recipe (an older JSON report) is fingerprinted again, so both sides compare alike. */
function current(report: Report): Finding[] {
  if (report.fingerprintVersion === FINGERPRINT_VERSION) return report.findings;
  return report.findings.map((f) => ({ ...f, fingerprint: fingerprint(f.ruleId, f) }));
}

function change(base: number | null, head: number | null): { base: number | null; head: number | null; change: number | null } {
  return { base, head, change: base === null || head === null ? null : head - base };
}

/** Compares by ecosystem and package name: a name whose set of resolved versions differs is "changed". */
export function dependencyChanges(base: readonly DependencySummary[], head: readonly DependencySummary[]): DependencyChange[] {
  // Reports written before dependencies carried an ecosystem were all npm.
  const keyOf = (d: DependencySummary): string => `${d.ecosystem ?? "npm"}\u0000${d.name}`;
  const group = (deps: readonly DependencySummary[]): Map<string, DependencySummary[]> => {
    const map = new Map<string, DependencySummary[]>();
    for (const d of deps) map.set(keyOf(d), [...(map.get(keyOf(d)) ?? []), d]);
    return map;
  };
  const before = group(base);
  const after = group(head);
  const versions = (list: DependencySummary[] | undefined): string =>
    [...new Set((list ?? []).map((d) => d.version))].sort().join(", ");
  const flags = (list: DependencySummary[] | undefined): string[] => [...new Set((list ?? []).flatMap((d) => d.flags))].sort();
  const identity = (list: DependencySummary[]): Pick<DependencyChange, "ecosystem" | "name"> => ({ ecosystem: list[0]!.ecosystem ?? "npm", name: list[0]!.name });
  const role = (list: DependencySummary[]): Pick<DependencyChange, "direct" | "dev"> => ({
    ...(list.some((d) => d.direct) ? { direct: true } : {}),
    ...(list.every((d) => d.dev) ? { dev: true } : {}),
  });
  const changes: DependencyChange[] = [];
  for (const [key, list] of after) {
    const old = before.get(key);
    if (!old) changes.push({ ...identity(list), change: "added", to: versions(list), flags: flags(list), ...role(list) });
    else if (versions(old) !== versions(list)) changes.push({ ...identity(list), change: "changed", from: versions(old), to: versions(list), flags: flags(list), ...role(list) });
  }
  for (const [key, list] of before) {
    if (!after.has(key)) changes.push({ ...identity(list), change: "removed", from: versions(list), flags: [], ...role(list) });
  }
  const order = { added: 0, changed: 1, removed: 2 };
  return changes.sort((a, b) => b.flags.length - a.flags.length || order[a.change] - order[b.change] || a.name.localeCompare(b.name));
}
