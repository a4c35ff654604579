/** supply-chain/typosquat: a direct dependency whose name imitates a popular npm package. */
import npa from "npm-package-arg";
import type { Draft, PythonManifest, ReferenceData, Rule, Snapshot } from "../../model.js";
import { declaredDependencies, manifestLocation } from "./declared-dependencies.js";
import { PopularNameIndex, type Imitation } from "./typosquat-index.js";
import { pythonManifests, pythonProjects, requirementLocation } from "./python-declared.js";

const indexes = new WeakMap<ReferenceData["popularNpm"], PopularNameIndex>();

/** The index over the popular npm names, their established scopes, established names and exceptions, built once per list. */
export function popularNameIndex(lists: ReferenceData["popularNpm"]): PopularNameIndex {
  let index = indexes.get(lists);
  if (!index) indexes.set(lists, (index = new PopularNameIndex(lists.names, { establishedScopes: lists.establishedScopes, exceptions: lists.exceptions })));
  return index;
}

const pypiIndexes = new WeakMap<ReferenceData["popularPypi"], PopularNameIndex>();

/** The index over the popular PyPI names (PEP 503 normalised), with the established ones as exceptions, built once per list. */
export function popularPypiIndex(lists: ReferenceData["popularPypi"]): PopularNameIndex {
  let index = pypiIndexes.get(lists);
  if (!index) pypiIndexes.set(lists, (index = new PopularNameIndex(lists.names, { exceptions: lists.exceptions })));
  return index;
}

export const typosquat: Rule = {
  id: "supply-chain/typosquat",
  dimension: "supply-chain",
  severity: "high",
  title: "A dependency's name imitates a popular package",
  rationale:
    "Typosquats are published under names one slip away from popular packages (a swapped letter, a dash for an " +
    "underscore, a look-alike character or scope) and often carry install-time malware; a single mistyped dependency is enough.",
  remediation:
    "Check the dependency is the package you meant: compare its name, publisher and repository with the popular one, " +
    "replace it with the intended package if it was a slip, and remove it from the lockfile so it cannot be installed again.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    return [...npmTyposquats(snapshot), ...pythonTyposquats(snapshot)];
  },
};

/** Python requirements against the popular PyPI names; PEP 503 makes `-`, `_` and `.` one, so only real differences count. */
function pythonTyposquats(snapshot: Snapshot): Draft[] {
  const popular = popularPypiIndex(snapshot.reference.popularPypi);
  const drafts: Draft[] = [];
  const judged = new Set<string>();
  const own = new Set(pythonManifests(snapshot).flatMap((m) => (m.name ? [m.name.toLowerCase().replace(/[-_.]+/g, "-")] : [])));
  // A pinned requirements file (pip freeze, pip-compile) is both what the project declares and its lockfile.
  const pinned = pythonProjects(snapshot).flatMap((p) => (p.lockfile?.kind === "requirements" ? p.lockfile.packages : []));
  const pinnedFiles: PythonManifest[] = pinned.map((p) => ({
    path: p.file ?? "requirements.txt", format: "requirements", sources: [], indexes: [], scripts: {}, entryPoints: {}, urls: {}, dynamic: [],
    requirements: [{ name: p.name, raw: p.name, specifier: p.version ? `==${p.version}` : "", extras: [], group: p.file ?? "requirements.txt", scope: p.dev ? "dev" : "runtime", path: p.file ?? "requirements.txt", ...(p.line ? { line: p.line } : {}), ...(p.source !== "registry" && p.resolved ? { url: p.resolved } : {}) }],
  }));
  for (const manifest of [...pythonManifests(snapshot), ...pinnedFiles]) {
    for (const requirement of manifest.requirements) {
      // A direct URL names its own source; non-registry-source judges it.
      if (requirement.url || judged.has(requirement.name) || own.has(requirement.name)) continue;
      judged.add(requirement.name);
      const imitation = popular.imitationOf(requirement.name);
      if (!imitation) continue;
      const locked = snapshot.dependencies.find((d) => d.ecosystem === "pypi" && d.name === requirement.name);
      drafts.push({
        message:
          `"${requirement.name}" in ${requirement.path} (${requirement.group}) ${describe(imitation)} the popular PyPI package "${imitation.popular}", and is not ` +
          `a popular package itself. Make sure you meant "${requirement.name}" and not "${imitation.popular}": compare maintainers and project links on PyPI, and replace it if it was a slip.`,
        location: requirementLocation(requirement),
        package: locked ? { name: requirement.name, version: locked.version } : { name: requirement.name },
        evidence: requirement.name,
      });
    }
  }
  return drafts;
}

function npmTyposquats(snapshot: Snapshot): Draft[] {
    const manifest = snapshot.manifest;
    if (!manifest) return [];
    const popular = popularNameIndex(snapshot.reference.popularNpm);
    const ownName = manifest.data.name;
    const drafts: Draft[] = [];
    const judged = new Set<string>();
    for (const declared of declaredDependencies(manifest)) {
      const name = registryName(declared.name, declared.spec);
      if (name === undefined || name === ownName || judged.has(name)) continue;
      judged.add(name);
      const imitation = popular.imitationOf(name);
      if (!imitation) continue;
      const locked = snapshot.dependencies.find((d) => d.ecosystem === "npm" && d.name === name && d.direct) ?? snapshot.dependencies.find((d) => d.ecosystem === "npm" && d.name === name);
      const alias = name !== declared.name ? ` (installed as the alias "${declared.name}")` : "";
      drafts.push({
        message:
          `"${name}"${alias} in ${declared.kind} ${describe(imitation)} the popular package "${imitation.popular}", and is not ` +
          `a popular package itself. Make sure you meant "${name}" and not "${imitation.popular}": compare publisher and repository, and replace it if it was a slip.`,
        location: manifestLocation(manifest, declared.name, declared.kind),
        package: locked ? { name, version: locked.version } : { name },
        evidence: name,
      });
    }
    return drafts;
}

/** The registry name a spec installs: the alias target for "npm:real@1", nothing for git, path and workspace specs. */
function registryName(name: string, spec: string): string | undefined {
  if (/^(workspace|link|portal|file):/.test(spec)) return undefined;
  let parsed: npa.Result;
  try {
    parsed = npa.resolve(name, spec);
  } catch {
    return name; // another package manager's protocol (catalog:, patch: ...) still installs this name from the registry
  }
  if (parsed.type === "alias") return (parsed as npa.AliasResult).subSpec.name ?? undefined;
  return parsed.type === "range" || parsed.type === "version" || parsed.type === "tag" ? name : undefined;
}

function describe(imitation: Imitation): string {
  switch (imitation.kind) {
    case "edit":
      return imitation.distance === 1 ? "is one edit (a changed, missing, extra or swapped character) away from" : "is two edits away from";
    case "separators":
      return "differs only in separators (-, _, .) from";
    case "homoglyph":
      return "uses look-alike characters (0/o, 1/l/i, rn/m, vv/w) to resemble";
    case "scope-added":
      return "puts an unknown scope in front of";
    case "scope-dropped":
      return "drops the scope of";
    case "scope-swapped":
      return "uses a look-alike scope for";
  }
}
