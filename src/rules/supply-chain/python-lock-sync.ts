/** lockfile-out-of-sync for Python: uv.lock's recorded requirements, or the locked versions, against what the manifests declare. */
import pep440 from "@renovatebot/pep440";
import type { Draft, PythonLockfile, PythonManifest, PythonProject, PythonRequirement } from "../../model.js";
import { normaliseSpecifier } from "../../pep508.js";
import { requirementLocation } from "./python-declared.js";

const LOCK_COMMAND: Record<PythonLockfile["kind"], string> = {
  uv: "uv lock",
  poetry: "poetry lock",
  pdm: "pdm lock",
  pipfile: "pipenv lock",
  pylock: "uv export --format pylock.toml (or your locker)",
  requirements: "pip-compile",
};

export function pythonLockDrift(project: PythonProject): Draft[] {
  const lockfile = project.lockfile;
  if (!lockfile || lockfile.kind === "requirements") return [];
  const manifests = project.manifests.filter((m) => m.format === "pyproject" || (m.format === "Pipfile" && lockfile.kind === "pipfile"));
  if (manifests.length === 0) return [];
  return lockfile.kind === "uv" && lockfile.rootRequirements ? uvDrift(lockfile, manifests) : versionDrift(lockfile, manifests);
}

/** The group uv.lock files a manifest requirement under: "dependencies", "extra:<name>" or "group:<name>". */
function uvGroup(requirement: PythonRequirement): string | undefined {
  if (requirement.group === "project.dependencies") return "dependencies";
  if (requirement.group.startsWith("project.optional-dependencies.")) return `extra:${normalise(requirement.group.slice("project.optional-dependencies.".length))}`;
  if (requirement.group.startsWith("dependency-groups.")) return `group:${normalise(requirement.group.slice("dependency-groups.".length))}`;
  // uv reads the legacy [tool.uv] dev-dependencies as the "dev" group.
  if (requirement.group === "tool.uv.dev-dependencies") return "group:dev";
  return undefined;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** uv records each root requirement's specifier: any difference means `uv sync --locked` fails and `uv sync` re-resolves. */
function uvDrift(lockfile: PythonLockfile, manifests: PythonManifest[]): Draft[] {
  const locked = new Map<string, Set<string>>();
  for (const r of lockfile.rootRequirements ?? []) {
    const key = `${r.group}\u0000${r.name}`;
    locked.set(key, (locked.get(key) ?? new Set()).add(r.specifier));
  }
  const declared = new Map<string, { requirement: PythonRequirement; specifiers: Set<string> }>();
  for (const requirement of manifests.flatMap((m) => m.requirements)) {
    const group = uvGroup(requirement);
    if (!group) continue;
    const key = `${group}\u0000${requirement.name}`;
    const entry = declared.get(key) ?? { requirement, specifiers: new Set<string>() };
    entry.specifiers.add(requirement.url ? "" : normaliseSpecifier(requirement.specifier));
    declared.set(key, entry);
  }
  // A manifest with PEP 621 dependencies written dynamically (by the build backend) cannot be compared.
  if (manifests.some((m) => m.dynamic.includes("dependencies"))) return [];
  const drafts: Draft[] = [];
  const command = LOCK_COMMAND.uv;
  for (const [key, { requirement, specifiers }] of declared) {
    const recorded = locked.get(key);
    if (!recorded) {
      drafts.push({
        message: `${requirement.path} declares ${requirement.raw} but ${lockfile.path} was not resolved with it, so \`uv sync --locked\` fails and \`uv sync\` resolves it afresh. Run \`${command}\` and commit ${lockfile.path}.`,
        location: requirementLocation(requirement),
        package: { name: requirement.name },
        evidence: `${requirement.name}: not in lockfile`,
      });
    } else if ([...specifiers].sort().join(" ") !== [...recorded].sort().join(" ")) {
      drafts.push({
        message:
          `${requirement.path} asks for ${requirement.raw} but ${lockfile.path} was resolved for ${requirement.name}${[...recorded].map((s) => s || "(any version)").join(" / ")}. ` +
          `Run \`${command}\` and commit ${lockfile.path}.`,
        location: requirementLocation(requirement),
        package: { name: requirement.name },
        evidence: `${requirement.name}: spec differs`,
      });
    }
  }
  for (const [key] of locked) {
    if (declared.has(key)) continue;
    const [group, name] = key.split("\u0000") as [string, string];
    drafts.push({
      message: `${lockfile.path} records ${name} (${group.replace(":", " ")}) as a requirement of the project, but the manifest no longer declares it. Run \`${command}\` and commit ${lockfile.path}.`,
      location: { path: lockfile.path },
      package: { name },
      evidence: `${name}: not in manifest`,
    });
  }
  return drafts;
}

/** poetry.lock, pdm.lock, Pipfile.lock and pylock.toml: each declared package must be locked, at a version its specifier allows. */
function versionDrift(lockfile: PythonLockfile, manifests: PythonManifest[]): Draft[] {
  const drafts: Draft[] = [];
  const command = LOCK_COMMAND[lockfile.kind];
  const seen = new Set<string>();
  for (const requirement of manifests.flatMap((m) => m.requirements)) {
    // Build requirements are resolved by the build frontend, never locked; markers may exclude a package on purpose.
    if (requirement.scope === "build" || requirement.marker || seen.has(requirement.name)) continue;
    seen.add(requirement.name);
    const versions = lockfile.packages.filter((p) => p.name === requirement.name);
    if (versions.length === 0) {
      if (requirement.scope === "optional") continue; // lockers may leave extras out
      drafts.push({
        message: `${requirement.path} declares ${requirement.raw} but ${lockfile.path} has no entry for ${requirement.name}, so installs resolve it afresh. Run \`${command}\` and commit ${lockfile.path}.`,
        location: requirementLocation(requirement),
        package: { name: requirement.name },
        evidence: `${requirement.name}: not in lockfile`,
      });
      continue;
    }
    const specifier = requirement.specifier;
    if (requirement.url || specifier === "" || specifier.includes("||")) continue;
    const fits = versions.some((p) => {
      try {
        return p.version === "" || pep440.satisfies(p.version, specifier, { prereleases: true });
      } catch {
        return true;
      }
    });
    if (fits) continue;
    drafts.push({
      message:
        `${requirement.path} asks for ${requirement.raw} but ${lockfile.path} locks ${requirement.name} ${versions.map((p) => p.version).join(", ")}, which it does not allow. ` +
        `Run \`${command}\` and commit ${lockfile.path}.`,
      location: requirementLocation(requirement),
      package: { name: requirement.name, version: versions[0]!.version },
      evidence: `${requirement.name}: locked version outside range`,
    });
  }
  return drafts;
}
