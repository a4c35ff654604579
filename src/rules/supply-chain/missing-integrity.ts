/** supply-chain/missing-integrity: a locked registry or tarball package with no integrity hash. */
import type { Draft, LockfileKind, Rule } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";

/** Every supported lockfile format records a hash for registry and tarball packages (yarn berry calls it `checksum`). */
const FIELD: Record<LockfileKind, string> = {
  npm: "integrity",
  pnpm: "resolution.integrity",
  "yarn-classic": "integrity",
  "yarn-berry": "checksum",
  bun: "integrity",
};

export const missingIntegrity: Rule = {
  id: "supply-chain/missing-integrity",
  dimension: "supply-chain",
  severity: "medium",
  title: "A locked dependency has no integrity hash",
  rationale:
    "The integrity hash is what makes a lockfile pin content rather than just a version: without it the package " +
    "manager installs whatever tarball the URL serves today, so a replaced or tampered tarball goes unnoticed.",
  remediation:
    "Regenerate the entry so the package manager records the hash (delete it from the lockfile, or the lockfile and " +
    "node_modules, and reinstall with a current npm, pnpm, yarn or bun), then commit the lockfile.",
  check(snapshot) {
    const lockfile = snapshot.lockfile;
    // A tree resolved at scan time has no lockfile to judge: the registry supplies integrity at install.
    if (snapshot.dependencyOrigin !== "lockfile" || !lockfile) return [];
    const drafts: Draft[] = [];
    for (const dependency of snapshot.dependencies) {
      if (dependency.source !== "registry" && dependency.source !== "tarball") continue;
      if (dependency.integrity) continue;
      // Bundled dependencies (npm inBundle) arrive inside their parent's tarball, whose integrity covers them.
      if (dependency.bundled) continue;
      const location = dependencyLocation(snapshot, dependency);
      drafts.push({
        message:
          `${dependency.name}@${dependency.version} has no ${FIELD[lockfile.kind]} in ${lockfile.path}, so the tarball ` +
          `installed is not checked against the one that was locked. Reinstall it so the lockfile records its hash, and commit the lockfile.`,
        package: { name: dependency.name, version: dependency.version },
        ...(location ? { location } : {}),
      });
    }
    return drafts;
  },
};
