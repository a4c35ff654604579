/** What the supply-chain rules read from a tree's Python projects: requirements, where they are written, and the index hosts. */
import path from "node:path";
import type { Config, Location, PythonManifest, PythonProject, PythonRequirement, Snapshot } from "../../model.js";

export function pythonProjects(snapshot: Snapshot): PythonProject[] {
  return snapshot.python ?? [];
}

export function pythonManifests(snapshot: Snapshot): PythonManifest[] {
  return pythonProjects(snapshot).flatMap((p) => p.manifests);
}

export function requirementLocation(requirement: Pick<PythonRequirement, "path" | "line">): Location {
  return requirement.line === undefined ? { path: requirement.path } : { path: requirement.path, startLine: requirement.line };
}

/** The hosts PyPI serves its index and files from. */
export const PYPI_HOSTS: readonly string[] = ["pypi.org", "files.pythonhosted.org", "pypi.python.org", "test.pypi.org"];

/** True when the URL is on PyPI or a host `allowed-registries` names (a private mirror). */
export function isAllowedPythonIndexHost(url: URL, config: Pick<Config, "allowedRegistries">): boolean {
  const hostname = url.hostname.toLowerCase();
  if (PYPI_HOSTS.includes(hostname)) return true;
  return config.allowedRegistries.some((entry) => {
    try {
      const allowed = new URL(entry.includes("://") ? entry : `https://${entry}`);
      return allowed.hostname.toLowerCase() === hostname && (allowed.port === "" || allowed.port === url.port);
    } catch {
      return false;
    }
  });
}

/** True when a relative path, taken from `fromFile`'s folder, climbs out of the repository. */
export function escapesRepository(value: string, fromFile: string): boolean {
  if (/^(?:file:)?\/|^[a-z]:[\\/]/i.test(value)) return true;
  const base = path.posix.dirname(fromFile);
  const resolved = path.posix.normalize(path.posix.join(base === "." ? "" : base, value.replace(/^file:/, "").replace(/\\/g, "/")));
  return resolved === ".." || resolved.startsWith("../");
}

/** Human wording of where a requirement is declared. */
export function describeGroup(requirement: PythonRequirement): string {
  return requirement.group === requirement.path ? requirement.path : `${requirement.path} (${requirement.group})`;
}
