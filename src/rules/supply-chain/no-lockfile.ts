/** supply-chain/no-lockfile: a repository that declares dependencies but commits no lockfile. */
import { jsonKeyLine } from "../../json-key-line.js";
import type { DependencyKind, Draft, Rule, Snapshot } from "../../model.js";
import { declaredDependencies } from "./declared-dependencies.js";
import { pythonProjects, requirementLocation } from "./python-declared.js";

// Peer dependencies are installed by the consumer's tree; the other three are installed here (CI installs dev too).
const INSTALLED_KINDS: readonly DependencyKind[] = ["dependencies", "optionalDependencies", "devDependencies"];

export const noLockfile: Rule = {
  id: "supply-chain/no-lockfile",
  dimension: "supply-chain",
  severity: "high",
  title: "Dependencies are declared but no lockfile is committed",
  rationale:
    "Without a lockfile every install resolves the newest versions the ranges allow, so a compromised release " +
    "published today reaches the next CI run or build unreviewed, and no two installs are guaranteed to be the same.",
  remediation:
    "Run your package manager's install (npm install, pnpm install, yarn install or bun install) and commit the " +
    "lockfile it writes (package-lock.json, pnpm-lock.yaml, yarn.lock or bun.lock); install in CI with npm ci or --frozen-lockfile. " +
    "For Python, commit uv.lock (uv lock), poetry.lock, pdm.lock, pylock.toml or a requirements file compiled with hashes (uv pip compile --generate-hashes).",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    // A published package never contains its author's lockfile: its absence there says nothing.
    if (snapshot.target.kind === "npm" || snapshot.target.kind === "pypi") return [];
    return [...npmNoLockfile(snapshot), ...pythonNoLockfile(snapshot)];
  },
};

function npmNoLockfile(snapshot: Snapshot): Draft[] {
    if (snapshot.lockfile || !snapshot.manifest) return [];
    const manifest = snapshot.manifest;
    const declared = declaredDependencies(manifest, INSTALLED_KINDS);
    if (declared.length === 0) return [];
    const blockLine = jsonKeyLine(manifest.text, declared[0]!.kind);
    const counts = INSTALLED_KINDS.map((kind) => [kind, declared.filter((d) => d.kind === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} in ${kind}`);
    return [
      {
        message:
          `${manifest.path} declares ${declared.length} ${declared.length === 1 ? "dependency" : "dependencies"} ` +
          `(${counts.join(", ")}) but there is no lockfile (package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, ` +
          `yarn.lock or bun.lock), so every install may resolve different versions. Commit the lockfile your package manager writes.`,
        location: blockLine === undefined ? { path: manifest.path } : { path: manifest.path, startLine: blockLine },
      },
    ];
}

/** A Python project whose manifests declare what to install (build requirements aside) and that locks none of it. */
function pythonNoLockfile(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  for (const project of pythonProjects(snapshot)) {
    if (project.lockfile) continue;
    const declared = project.manifests.flatMap((m) => m.requirements).filter((r) => r.scope !== "build");
    if (declared.length === 0) continue;
    const files = [...new Set(declared.map((r) => r.path))];
    drafts.push({
      message:
        `${files.join(", ")} ${files.length === 1 ? "declares" : "declare"} ${declared.length} Python ${declared.length === 1 ? "requirement" : "requirements"} ` +
        `but ${project.directory === "" ? "the repository" : project.directory} has no lockfile (uv.lock, poetry.lock, pdm.lock, pylock.toml, Pipfile.lock or a ` +
        `requirements file with every version pinned), so every install resolves whatever PyPI serves that day. Lock them (uv lock, or uv pip compile --generate-hashes) and commit the result.`,
      location: requirementLocation(declared[0]!),
      evidence: `${project.directory || "."}: no Python lockfile`,
    });
  }
  return drafts;
}
