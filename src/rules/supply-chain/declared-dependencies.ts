/** The dependencies package.json declares, one entry per name and kind, with where to point a finding about them. */
import { jsonKeyLine } from "../../json-key-line.js";
import { DEPENDENCY_KINDS, type DependencyKind, type Location, type Manifest, type Snapshot } from "../../model.js";

export interface DeclaredDependency {
  name: string;
  spec: string;
  kind: DependencyKind;
}

/** Every declared dependency of the given kinds (all four by default), in package.json order within a kind. */
export function declaredDependencies(
  manifest: Manifest | undefined,
  kinds: readonly DependencyKind[] = DEPENDENCY_KINDS,
): DeclaredDependency[] {
  if (!manifest) return [];
  const out: DeclaredDependency[] = [];
  for (const kind of kinds) {
    const block = manifest.data[kind];
    if (!block || typeof block !== "object" || Array.isArray(block)) continue;
    for (const [name, spec] of Object.entries(block)) {
      // A non-string spec is malformed; npm itself would refuse it, so there is nothing to judge.
      if (typeof spec === "string") out.push({ name, spec: spec.trim(), kind });
    }
  }
  return out;
}

/** package.json and the line of the dependency's key in its block. */
export function manifestLocation(manifest: Manifest, name: string, kind?: DependencyKind): Location {
  const line = kind ? jsonKeyLine(manifest.text, name, kind) : undefined;
  return line === undefined ? { path: manifest.path } : { path: manifest.path, startLine: line };
}

/**
 * Where a finding about a dependency points: its lockfile entry when there is a lockfile,
 * else its key in package.json (searched in each dependency block), else package.json itself.
 */
export function dependencyLocation(snapshot: Snapshot, dependency: { name: string; line?: number; file?: string }): Location | undefined {
  // A Python lockfile entry names its own file; npm entries belong to snapshot.lockfile.
  const lockfile = dependency.file ?? snapshot.lockfile?.path;
  if (lockfile) return dependency.line === undefined ? { path: lockfile } : { path: lockfile, startLine: dependency.line };
  const manifest = snapshot.manifest;
  if (!manifest) return undefined;
  for (const kind of DEPENDENCY_KINDS) {
    const block = manifest.data[kind];
    if (block && typeof block === "object" && Object.hasOwn(block, dependency.name)) return manifestLocation(manifest, dependency.name, kind);
  }
  return { path: manifest.path };
}
