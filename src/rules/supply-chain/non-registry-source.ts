/** supply-chain/non-registry-source: dependencies from git, a tarball URL, a GitHub shorthand or a path outside the repository. */
import path from "node:path";
import npa from "npm-package-arg";
import type { Config, Dependency, Draft, Rule, Snapshot } from "../../model.js";
import { declaredDependencies, dependencyLocation, manifestLocation, type DeclaredDependency } from "./declared-dependencies.js";
import { redactUrl } from "../../redact.js";
import { isAllowedRegistryHost, parseUrl } from "./registry-hosts.js";
import { pythonNonRegistrySources } from "./python-sources.js";

type SourceKind = "git" | "github-shorthand" | "tarball" | "outside-path";

const DESCRIBED: Record<SourceKind, string> = {
  git: "a git repository",
  "github-shorthand": "a GitHub shorthand (a git repository)",
  tarball: "a tarball URL",
  "outside-path": "a local path outside the repository",
};

// A made-up absolute root: npm-package-arg resolves relative paths against it, and anything
// that lands outside it escaped the repository.
const ROOT = "/mcp-trust-root";

export const nonRegistrySource: Rule = {
  id: "supply-chain/non-registry-source",
  dimension: "supply-chain",
  severity: "high",
  title: "A dependency comes from outside the package registry",
  rationale:
    "Git refs, tarball URLs and paths outside the repository are not immutable registry releases: their content can " +
    "change under the same spec, they carry no registry integrity, advisories or provenance, and a git dependency runs its prepare script on install.",
  remediation:
    "Depend on a published registry version instead (publish a fork under your scope if you must patch it), or vendor " +
    "the code inside the repository; at the very least pin git dependencies to a full commit SHA.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const drafts: Draft[] = [];
    const reported = new Set<string>();
    const specs = new Map(declaredDependencies(snapshot.manifest).map((d) => [d.name, d]));

    for (const dependency of snapshot.dependencies) {
      if (dependency.ecosystem !== "npm") continue;
      const declared = dependency.direct ? specs.get(dependency.name) : undefined;
      const kind = lockedSourceKind(dependency, declared, snapshot);
      if (!kind) continue;
      const evidence = redactUrl(declared?.spec ?? dependency.resolved ?? dependency.version);
      const key = `${dependency.name}\u0000${evidence}`;
      if (reported.has(key)) continue;
      reported.add(key);
      reported.add(dependency.name);
      drafts.push(draft(dependency.name, dependency.version, kind, evidence, dependencyLocation(snapshot, dependency)));
    }

    const manifest = snapshot.manifest;
    if (manifest) {
      for (const declared of specs.values()) {
        if (reported.has(declared.name)) continue;
        const kind = specSourceKind(declared, snapshot.config);
        if (!kind) continue;
        reported.add(declared.name);
        drafts.push(draft(declared.name, undefined, kind, redactUrl(declared.spec), manifestLocation(manifest, declared.name, declared.kind)));
      }
    }
    return [...drafts, ...pythonNonRegistrySources(snapshot)];
  },
};

function draft(name: string, version: string | undefined, kind: SourceKind, evidence: string, location: Draft["location"]): Draft {
  const advice =
    kind === "outside-path"
      ? "Move the package inside the repository (a workspace) or depend on a published registry version."
      : "Depend on a published registry version instead, or pin the source to an exact commit and review it.";
  return {
    message: `${name} is installed from ${DESCRIBED[kind]} (${evidence}), not from the npm registry, so its content is not an immutable, integrity-checked release. ${advice}`,
    package: version === undefined ? { name } : { name, version },
    evidence,
    ...(location ? { location } : {}),
  };
}

function lockedSourceKind(dependency: Dependency, declared: DeclaredDependency | undefined, snapshot: Snapshot): SourceKind | undefined {
  switch (dependency.source) {
    case "git":
      return isGithubShorthand(declared?.spec ?? dependency.resolved ?? "") ? "github-shorthand" : "git";
    case "tarball": {
      // A tarball on the public or an allowed private registry is a registry release, whatever its URL shape.
      const url = dependency.resolved ? parseUrl(dependency.resolved) : undefined;
      return url && isAllowedRegistryHost(url, snapshot.config) ? undefined : "tarball";
    }
    case "file":
    case "link":
      // A resolved-now tree records absolute paths of the scan's own checkout: the package.json spec is judged instead.
      if (dependency.origin !== "lockfile" || !dependency.resolved) return undefined;
      return escapesRoot(stripPathProtocol(dependency.resolved, dependency.name)) ? "outside-path" : undefined;
    default:
      return undefined;
  }
}

function specSourceKind(declared: DeclaredDependency, config: Config): SourceKind | undefined {
  const spec = declared.spec;
  if (/^(link|portal):/.test(spec)) return escapesRoot(stripPathProtocol(spec, declared.name)) ? "outside-path" : undefined;
  if (spec.startsWith("workspace:")) return undefined;
  let parsed: npa.Result;
  try {
    parsed = npa.resolve(declared.name, spec, ROOT);
  } catch {
    // Protocols npm does not know (catalog:, patch: ...) belong to other package managers' own resolution.
    return undefined;
  }
  if (parsed.type === "alias") parsed = (parsed as npa.AliasResult).subSpec;
  switch (parsed.type) {
    case "git":
      return isGithubShorthand(spec) ? "github-shorthand" : "git";
    case "remote": {
      const url = parseUrl(parsed.fetchSpec ?? spec);
      return url && isRegistryTarball(url, config) ? undefined : "tarball";
    }
    case "file":
    case "directory":
      return parsed.fetchSpec && outside(parsed.fetchSpec) ? "outside-path" : undefined;
    default:
      return undefined;
  }
}

/** A registry tarball URL written straight into package.json is still a registry release. */
function isRegistryTarball(url: URL, config: Config): boolean {
  return isAllowedRegistryHost(url, config) && url.pathname.includes("/-/");
}

/** "user/repo", "github:user/repo#ref": a spec that names a GitHub repository without a URL. */
function isGithubShorthand(spec: string): boolean {
  return /^(github:)?[\w.-]+\/[\w.-]+(#.*)?$/i.test(spec);
}

/** "name@file:../x", "link:../x", "file:../x", "../x" → "../x". */
function stripPathProtocol(value: string, name: string): string {
  let rest = value.startsWith(`${name}@`) ? value.slice(name.length + 1) : value;
  rest = rest.replace(/^(file|link|portal):/, "");
  // yarn berry appends "::locator=..." to path locators.
  return rest.replace(/::.*$/, "");
}

function escapesRoot(relativeOrAbsolute: string): boolean {
  if (relativeOrAbsolute === "") return false;
  return outside(path.posix.resolve(ROOT, relativeOrAbsolute.replace(/\\/g, "/")));
}

function outside(absolute: string): boolean {
  const relative = path.posix.relative(ROOT, absolute);
  return relative === ".." || relative.startsWith("../") || path.posix.isAbsolute(relative);
}
