/** Splits "name@range" strings (descriptors, bun idents, pnpm v9 keys) into the name and what follows it. */

export interface NameAndSpec {
  name: string;
  spec: string;
}

/** "@scope/name@^1.0.0" → { name: "@scope/name", spec: "^1.0.0" }; the spec may itself contain "@". */
export function splitNameAndSpec(descriptor: string): NameAndSpec | undefined {
  const at = descriptor.indexOf("@", descriptor.startsWith("@") ? 1 : 0);
  if (at <= 0) return undefined;
  return { name: descriptor.slice(0, at), spec: descriptor.slice(at + 1) };
}

/** "npm:real-name@^1.0.0" (an alias) → { name: "real-name", spec: "^1.0.0" }. */
export function npmAliasTarget(spec: string): NameAndSpec | undefined {
  if (!spec.startsWith("npm:")) return undefined;
  return splitNameAndSpec(spec.slice(4));
}

/** Every spec the manifest gives for a name, across dependency kinds. */
export function manifestSpecs(manifest: { [kind: string]: unknown } | undefined): Map<string, Set<string>> {
  const specs = new Map<string, Set<string>>();
  if (!manifest) return specs;
  for (const kind of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]) {
    const group = manifest[kind];
    if (!group || typeof group !== "object") continue;
    for (const [name, spec] of Object.entries(group)) {
      if (typeof spec !== "string") continue;
      const set = specs.get(name) ?? new Set<string>();
      set.add(spec);
      specs.set(name, set);
    }
  }
  return specs;
}
