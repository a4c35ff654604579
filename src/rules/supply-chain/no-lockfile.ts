/** supply-chain/no-lockfile: a repository that declares dependencies but commits no lockfile. */
import { jsonKeyLine } from "../../json-key-line.js";
import type { DependencyKind, Rule } from "../../model.js";
import { declaredDependencies } from "./declared-dependencies.js";

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
    "lockfile it writes (package-lock.json, pnpm-lock.yaml, yarn.lock or bun.lock); install in CI with npm ci or --frozen-lockfile.",
  check(snapshot) {
    // A published npm package never contains its author's lockfile: its absence there says nothing.
    if (snapshot.target.kind === "npm" || snapshot.lockfile || !snapshot.manifest) return [];
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
  },
};
