/** Writes small package.json + package-lock.json (lockfileVersion 3) pairs for the supply-chain rule tests. */

export interface LockEntry {
  version: string;
  resolved?: string;
  integrity?: string | null;
  dev?: boolean;
  hasInstallScript?: boolean;
  link?: boolean;
}

export type Declared = Partial<Record<"dependencies" | "devDependencies" | "optionalDependencies" | "peerDependencies", Record<string, string>>>;

export function packageJson(declared: Declared, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ name: "demo-mcp-server", version: "1.0.0", ...extra, ...declared }, null, 2) + "\n";
}

/** The tarball URL the public registry serves for name@version. */
export function registryUrl(name: string, version: string, host = "https://registry.npmjs.org"): string {
  const bare = name.includes("/") ? name.split("/")[1]! : name;
  return `${host}/${name}/-/${bare}-${version}.tgz`;
}

/**
 * A v3 lockfile whose root records `rootSpecs` (defaults to the declared specs) and whose packages are
 * public-registry entries with integrity unless an entry says otherwise (`integrity: null` leaves it out).
 */
export function packageLock(declared: Declared, packages: Record<string, LockEntry>, rootSpecs: Declared = declared): string {
  const entries: Record<string, unknown> = { "": { name: "demo-mcp-server", version: "1.0.0", ...rootSpecs } };
  for (const [path, entry] of Object.entries(packages)) {
    const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    const { integrity, ...rest } = entry;
    entries[path] = entry.link
      ? { resolved: entry.resolved, link: true }
      : {
          ...(integrity === null ? {} : { integrity: integrity ?? `sha512-${Buffer.from(path).toString("base64")}==` }),
          ...rest,
          resolved: entry.resolved ?? registryUrl(name, entry.version),
        };
  }
  return JSON.stringify({ name: "demo-mcp-server", version: "1.0.0", lockfileVersion: 3, requires: true, packages: entries }, null, 2) + "\n";
}

/** package.json and a matching lockfile with the given direct registry dependencies (name → exact version). */
export function lockedProject(dependencies: Record<string, string>, extra: Record<string, unknown> = {}): Record<string, string> {
  const declared = { dependencies: Object.fromEntries(Object.keys(dependencies).map((n) => [n, `^${dependencies[n]}`])) };
  const packages = Object.fromEntries(Object.entries(dependencies).map(([n, v]) => [`node_modules/${n}`, { version: v }]));
  return { "package.json": packageJson(declared, extra), "package-lock.json": packageLock(declared, packages) };
}
