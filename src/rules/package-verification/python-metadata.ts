/**
 * What a Python release's core metadata (METADATA, PKG-INFO, entry_points.txt) says against a manifest: requirements by
 * name, specifiers compared as PEP 440 clauses (order, spacing and `2.0` vs `2` aside), console scripts and entry points (pure).
 */
import type { PythonManifest, PythonRequirement } from "../../model.js";
import type { FieldDifference } from "./manifest-fields.js";

export interface PythonDifference extends FieldDifference {
  /** added: only the right (published) side has it; changed: both, differently; removed: only the left (source). */
  change: "added" | "changed" | "removed";
}

export interface PythonCompareOptions {
  /** Fields the left manifest leaves to the build backend (PEP 621 `dynamic`): not compared. */
  dynamic?: readonly string[];
  /** Compare names only, not specifiers (the JSON API's requires_dist against a wheel's). */
  namesOnly?: boolean;
}

interface Declared {
  /** Canonical specifiers of the unconditional requirements of a name ("" for any version). */
  runtime: Set<string>;
  /** The extras a name is required under. */
  extras: Set<string>;
}

/** Differences in requirements, scripts and entry points between a manifest (left, the source) and published metadata (right). */
export function pythonMetadataDifferences(left: PythonManifest, right: PythonManifest, options: PythonCompareOptions = {}): PythonDifference[] {
  const dynamic = new Set(options.dynamic ?? []);
  const out: PythonDifference[] = [];
  if (!dynamic.has("dependencies") || !dynamic.has("optional-dependencies")) {
    out.push(...requirementDifferences(declared(left.requirements), declared(right.requirements), { runtime: !dynamic.has("dependencies"), optional: !dynamic.has("optional-dependencies"), namesOnly: options.namesOnly === true }));
  }
  if (!dynamic.has("scripts") && !dynamic.has("gui-scripts")) out.push(...mapDifferences("scripts", left.scripts, right.scripts));
  if (!dynamic.has("entry-points")) {
    const groups = [...new Set([...Object.keys(left.entryPoints), ...Object.keys(right.entryPoints)])].sort();
    for (const group of groups) out.push(...mapDifferences(`entry-points.${group}`, left.entryPoints[group] ?? {}, right.entryPoints[group] ?? {}));
  }
  return out;
}

function declared(requirements: readonly PythonRequirement[]): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const r of requirements) {
    if (r.scope !== "runtime" && r.scope !== "optional") continue;
    const entry = out.get(r.name) ?? { runtime: new Set<string>(), extras: new Set<string>() };
    const extra = extraOf(r);
    if (r.scope === "optional" || extra !== undefined) entry.extras.add(extra ?? "");
    else entry.runtime.add(canonicalSpecifier(r));
    out.set(r.name, entry);
  }
  return out;
}

/** The extra a requirement is under: from its metadata marker, or from its pyproject group name. */
function extraOf(r: PythonRequirement): string | undefined {
  const marker = /extra\s*==\s*['"]([^'"]+)['"]/.exec(r.marker ?? "")?.[1];
  if (marker) return normaliseExtra(marker);
  const group = /^project\.optional-dependencies\.(.+)$/.exec(r.group)?.[1];
  return group ? normaliseExtra(group) : undefined;
}

function normaliseExtra(extra: string): string {
  return extra.toLowerCase().replace(/[-_.]+/g, "-");
}

/** `>=0.27,<1` and `<1.0, >=0.27` are one specifier; a direct reference is its URL. */
export function canonicalSpecifier(r: Pick<PythonRequirement, "specifier" | "url">): string {
  if (r.url) return `@ ${r.url}`;
  return r.specifier
    .split(",")
    .map((clause) => clause.replace(/\s+/g, ""))
    .filter(Boolean)
    .map((clause) => {
      const match = /^(===|~=|==|!=|<=|>=|<|>)(.+)$/.exec(clause);
      if (!match) return clause;
      const version = match[2]!.toLowerCase();
      // 2.0 and 2 are the same version (PEP 440); 2.* is not touched.
      return match[1] + (/^[\d.]+$/.test(version) ? version.replace(/(?:\.0+)+$/, "") : version);
    })
    .sort()
    .join(",");
}

function requirementDifferences(left: Map<string, Declared>, right: Map<string, Declared>, compare: { runtime: boolean; optional: boolean; namesOnly: boolean }): PythonDifference[] {
  const out: PythonDifference[] = [];
  const show = (d: Declared | undefined): string | undefined => {
    if (!d) return undefined;
    const parts = [...[...d.runtime].sort().map((s) => s || "any version"), ...[...d.extras].sort().map((e) => (e ? `with the extra "${e}"` : "as an extra"))];
    return parts.join("; ");
  };
  for (const name of [...new Set([...left.keys(), ...right.keys()])].sort()) {
    const l = left.get(name);
    const r = right.get(name);
    const key = `Requires-Dist.${name}`;
    const judged = (d: Declared | undefined): boolean => d !== undefined && ((compare.runtime && d.runtime.size > 0) || (compare.optional && d.extras.size > 0));
    if (!l && r) {
      if (judged(r)) out.push({ key, right: show(r)!, change: "added" });
      continue;
    }
    if (l && !r) {
      if (judged(l)) out.push({ key, left: show(l)!, change: "removed" });
      continue;
    }
    if (!l || !r || compare.namesOnly) continue;
    // Required unconditionally where the source asks for it only with an extra: every install now gets it.
    const runtimeDiffers = compare.runtime && !sameSet(l.runtime, r.runtime);
    if (runtimeDiffers) out.push({ key, left: show(l)!, right: show(r)!, change: "changed" });
  }
  return out;
}

function mapDifferences(field: string, left: Record<string, string>, right: Record<string, string>): PythonDifference[] {
  const clean = (v: string | undefined): string | undefined => v?.replace(/\s+/g, "");
  const out: PythonDifference[] = [];
  for (const name of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
    const l = left[name];
    const r = right[name];
    if (clean(l) === clean(r)) continue;
    const change = l === undefined ? "added" : r === undefined ? "removed" : "changed";
    out.push({ key: `${field}.${name}`, ...(l !== undefined ? { left: l } : {}), ...(r !== undefined ? { right: r } : {}), change });
  }
  return out;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
