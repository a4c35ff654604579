/** non-registry-source for Python: git, URL and out-of-repository path dependencies, from the lockfile and the manifests. */
import type { Draft, Snapshot } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";
import { escapesRepository, pythonManifests, requirementLocation } from "./python-declared.js";
import { redactUrl } from "../../redact.js";

type Kind = "git" | "url" | "outside-path";

const DESCRIBED: Record<Kind, string> = { git: "a git repository", url: "a URL", "outside-path": "a local path outside the repository" };

export function pythonNonRegistrySources(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  const reported = new Set<string>();
  for (const dependency of snapshot.dependencies) {
    if (dependency.ecosystem !== "pypi" || !dependency.resolved) continue;
    const kind: Kind | undefined =
      dependency.source === "git" ? "git"
      : dependency.source === "tarball" ? "url"
      : dependency.source === "file" && escapesRepository(dependency.resolved, dependency.file ?? "") ? "outside-path"
      : undefined;
    if (!kind || reported.has(dependency.name)) continue;
    reported.add(dependency.name);
    const evidence = redactUrl(dependency.resolved);
    const location = dependencyLocation(snapshot, dependency);
    drafts.push(draft(dependency.name, dependency.version || undefined, kind, evidence, location));
  }
  for (const manifest of pythonManifests(snapshot)) {
    for (const source of manifest.sources) {
      if (reported.has(source.name) || source.kind === "index" || source.kind === "workspace") continue;
      const kind: Kind | undefined = source.kind === "git" ? "git" : source.kind === "url" ? "url" : escapesRepository(source.value, manifest.path) ? "outside-path" : undefined;
      if (!kind) continue;
      reported.add(source.name);
      const value = source.kind === "git" && source.ref ? `${source.value}@${source.ref}` : source.value;
      drafts.push(draft(source.name, undefined, kind, redactUrl(value), requirementLocation(source)));
    }
    for (const requirement of manifest.requirements) {
      if (!requirement.url || reported.has(requirement.name) || requirement.scope === "build") continue;
      const url = requirement.url;
      const kind: Kind | undefined = /^git\+/.test(url) ? "git" : /^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith("file:") ? "url" : escapesRepository(url, manifest.path) ? "outside-path" : undefined;
      if (!kind) continue;
      reported.add(requirement.name);
      drafts.push(draft(requirement.name, undefined, kind, redactUrl(url), requirementLocation(requirement)));
    }
  }
  return drafts;
}

function draft(name: string, version: string | undefined, kind: Kind, evidence: string, location: Draft["location"]): Draft {
  const advice =
    kind === "outside-path"
      ? "Move the package into the repository (a uv workspace member) or depend on a release on PyPI."
      : kind === "git"
        ? "Depend on a release on PyPI instead, or pin the git source to a full commit (rev = \"<sha>\") and review it."
        : "Depend on a release on PyPI instead, or pin the file by its hash and review it.";
  return {
    message: `${name} is installed from ${DESCRIBED[kind]} (${evidence}), not from PyPI, so its content is not an immutable, hash-checked release. ${advice}`,
    package: version === undefined ? { name } : { name, version },
    evidence,
    ...(location ? { location } : {}),
  };
}
