/** supply-chain/lockfile-out-of-sync: package.json and its lockfile disagree about the root's dependencies. */
import semver from "semver";
import type { DependencyKind, Draft, Lockfile, LockfileKind, Rule, Snapshot } from "../../model.js";
import { declaredDependencies, type DeclaredDependency } from "./declared-dependencies.js";
import { pythonProjects } from "./python-declared.js";
import { pythonLockDrift } from "./python-lock-sync.js";

const INSTALL_COMMAND: Record<LockfileKind, string> = {
  npm: "npm install",
  pnpm: "pnpm install",
  "yarn-classic": "yarn install",
  "yarn-berry": "yarn install",
  bun: "bun install",
};

/** npm v2+ and bun record the root's peerDependencies; pnpm importers and yarn descriptors do not. */
const RECORDS_PEERS: ReadonlySet<LockfileKind> = new Set(["npm", "bun"]);

export const lockfileOutOfSync: Rule = {
  id: "supply-chain/lockfile-out-of-sync",
  dimension: "supply-chain",
  severity: "medium",
  title: "The lockfile does not match the manifest",
  rationale:
    "When the lockfile disagrees with package.json, `npm ci` and frozen-lockfile installs fail, and plain installs " +
    "re-resolve the missing entries from the registry, so what is reviewed in the lockfile is not what gets installed.",
  remediation:
    "Run your package manager's install so it rewrites the lockfile from package.json, review the diff, and commit " +
    "both files together; install in CI with npm ci or --frozen-lockfile so drift fails the build.",
  ecosystems: ["npm", "pypi"],
  needs: ["lockfile"],
  check(snapshot) {
    if (snapshot.target.kind === "npm" || snapshot.target.kind === "pypi") return [];
    return [...npmLockDrift(snapshot), ...pythonProjects(snapshot).flatMap(pythonLockDrift)];
  },
};

function npmLockDrift(snapshot: Snapshot): Draft[] {
    const { lockfile, manifest } = snapshot;
    if (!lockfile || !manifest) return [];
    const kinds = RECORDS_PEERS.has(lockfile.kind)
      ? (["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"] as const)
      : (["dependencies", "devDependencies", "optionalDependencies"] as const);
    const declared = declaredDependencies(manifest, kinds);
    if (lockfile.rootSpecs) return compareRootSpecs(snapshot, lockfile, lockfile.rootSpecs, declared);
    if (lockfile.descriptors) return compareDescriptors(snapshot, lockfile, lockfile.descriptors, declared);
    if (lockfile.kind === "npm") return compareDirectPackages(snapshot, lockfile, declared);
    return [];
}

function compareRootSpecs(snapshot: Snapshot, lockfile: Lockfile, rootSpecs: Record<string, string>, declared: DeclaredDependency[]): Draft[] {
  const drafts: Draft[] = [];
  const specsByName = new Map<string, { specs: string[]; kinds: DependencyKind[] }>();
  for (const d of declared) {
    const entry = specsByName.get(d.name) ?? { specs: [], kinds: [] };
    entry.specs.push(d.spec);
    entry.kinds.push(d.kind);
    specsByName.set(d.name, entry);
  }
  for (const [name, { specs, kinds }] of specsByName) {
    const locked = rootSpecs[name];
    if (locked === undefined) {
      drafts.push(missingDraft(snapshot, lockfile, name, specs[0]!, kinds[0]!));
    } else if (!specs.includes(locked.trim())) {
      drafts.push({
        message:
          `${manifestPath(snapshot)} asks for ${name} ${JSON.stringify(specs[0])} (${kinds[0]}) but ${lockfile.path} was written for ` +
          `${JSON.stringify(locked)}. Run \`${INSTALL_COMMAND[lockfile.kind]}\` and commit the updated lockfile.`,
        ...where(snapshot, lockfile, name),
        evidence: `${name}: spec differs`,
      });
    }
  }
  // Everything the manifest still mentions, peers included, keeps its root entry legitimately.
  const declaredAnywhere = new Set(declaredDependencies(snapshot.manifest).map((d) => d.name));
  for (const name of Object.keys(rootSpecs)) {
    if (declaredAnywhere.has(name)) continue;
    drafts.push({
      message:
        `${lockfile.path} records ${name} ${JSON.stringify(rootSpecs[name])} as a dependency of the root package, but ` +
        `${manifestPath(snapshot)} no longer declares it. Run \`${INSTALL_COMMAND[lockfile.kind]}\` and commit the updated lockfile.`,
      ...where(snapshot, lockfile, name),
      evidence: `${name}: not in package.json`,
    });
  }
  return drafts;
}

/** Yarn keys entries by the exact "name@range" it resolved; berry prefixes registry ranges with "npm:". */
function compareDescriptors(snapshot: Snapshot, lockfile: Lockfile, descriptors: string[], declared: DeclaredDependency[]): Draft[] {
  const known = new Set(descriptors);
  const drafts: Draft[] = [];
  for (const d of declared) {
    const candidates = [`${d.name}@${d.spec}`];
    if (lockfile.kind === "yarn-berry" && !/^[a-z]+:/.test(d.spec)) candidates.push(`${d.name}@npm:${d.spec}`);
    if (candidates.some((c) => known.has(c))) continue;
    drafts.push({
      message:
        `${manifestPath(snapshot)} asks for ${d.name} ${JSON.stringify(d.spec)} (${d.kind}) but ${lockfile.path} has no entry for ` +
        `"${candidates[0]}". Run \`${INSTALL_COMMAND[lockfile.kind]}\` and commit the updated lockfile.`,
      location: { path: lockfile.path },
      package: { name: d.name },
      evidence: `${d.name}: not in lockfile`,
    });
  }
  return drafts;
}

/** npm lockfileVersion 1 records no root specs: the direct entry must exist and its version satisfy the range. */
function compareDirectPackages(snapshot: Snapshot, lockfile: Lockfile, declared: DeclaredDependency[]): Draft[] {
  const drafts: Draft[] = [];
  for (const d of declared) {
    if (d.kind === "peerDependencies") continue; // npm 6 and older never installed peers
    const { name, range } = aliasTarget(d);
    const locked = lockfile.packages.find((p) => p.name === name && p.direct !== false && p.line !== undefined) ??
      lockfile.packages.find((p) => p.name === name && p.direct !== false);
    if (!locked) {
      drafts.push(missingDraft(snapshot, lockfile, d.name, d.spec, d.kind));
      continue;
    }
    const validRange = semver.validRange(range, { loose: true });
    if (validRange === null || semver.valid(locked.version) === null) continue; // git, file and tag specs carry no range
    if (semver.satisfies(locked.version, validRange, { includePrerelease: true, loose: true })) continue;
    drafts.push({
      message:
        `${manifestPath(snapshot)} asks for ${d.name} ${JSON.stringify(d.spec)} (${d.kind}) but ${lockfile.path} locks ` +
        `${locked.version}, which the range does not allow. Run \`npm install\` and commit the updated lockfile.`,
      location: locked.line === undefined ? { path: lockfile.path } : { path: lockfile.path, startLine: locked.line },
      package: { name: d.name, version: locked.version },
      evidence: `${d.name}: locked version outside range`,
    });
  }
  return drafts;
}

function missingDraft(snapshot: Snapshot, lockfile: Lockfile, name: string, spec: string, kind: DependencyKind): Draft {
  return {
    message:
      `${manifestPath(snapshot)} declares ${name} ${JSON.stringify(spec)} (${kind}) but ${lockfile.path} does not record it, ` +
      `so installs resolve it afresh (and \`npm ci\` fails). Run \`${INSTALL_COMMAND[lockfile.kind]}\` and commit the updated lockfile.`,
    location: { path: lockfile.path },
    package: { name },
    evidence: `${name}: not in lockfile`,
  };
}

/** The lockfile entry of a direct dependency, for its line and version. */
function where(snapshot: Snapshot, lockfile: Lockfile, name: string): Pick<Draft, "location" | "package"> {
  const locked = lockfile.packages.find((p) => p.name === name && p.direct) ?? snapshot.dependencies.find((p) => p.name === name && p.direct);
  return {
    location: locked?.line === undefined ? { path: lockfile.path } : { path: lockfile.path, startLine: locked.line },
    package: locked ? { name, version: locked.version } : { name },
  };
}

/** "alias": "npm:real@^1" is locked under the real name. */
function aliasTarget(d: DeclaredDependency): { name: string; range: string } {
  const match = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(d.spec);
  return match ? { name: match[1]!, range: match[2] ?? "*" } : { name: d.name, range: d.spec };
}

function manifestPath(snapshot: Snapshot): string {
  return snapshot.manifest?.path ?? "package.json";
}
