/** supply-chain/missing-integrity: a locked registry or tarball package with no integrity hash. */
import type { Draft, LockfileKind, Rule, Snapshot } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";
import { pythonProjects } from "./python-declared.js";

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
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    return [...npmMissingIntegrity(snapshot), ...pythonMissingIntegrity(snapshot)];
  },
};

function npmMissingIntegrity(snapshot: Snapshot): Draft[] {
    const lockfile = snapshot.lockfile;
    // A tree resolved at scan time has no lockfile to judge: the registry supplies integrity at install.
    if (snapshot.dependencyOrigin !== "lockfile" || !lockfile) return [];
    const drafts: Draft[] = [];
    for (const dependency of snapshot.dependencies) {
      if (dependency.ecosystem !== "npm") continue;
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
}

/**
 * Python lockfiles record a sha256 per file (uv, poetry, pdm, pylock, Pipfile.lock); pip-compiled requirements only with
 * --generate-hashes, and pip then checks every line, so a requirements file is judged as a whole.
 */
function pythonMissingIntegrity(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  for (const project of pythonProjects(snapshot)) {
    const lockfile = project.lockfile;
    if (!lockfile) continue;
    const unhashed = lockfile.packages.filter((p) => (p.source === "registry" || p.source === "tarball") && !p.integrity);
    if (unhashed.length === 0) continue;
    if (lockfile.kind === "requirements") {
      for (const file of [...new Set(unhashed.map((p) => p.file ?? lockfile.path))]) {
        const inFile = unhashed.filter((p) => (p.file ?? lockfile.path) === file);
        const names = inFile.slice(0, 5).map((p) => `${p.name}${p.version ? `==${p.version}` : ""}`).join(", ");
        drafts.push({
          message:
            `${file} pins ${inFile.length} ${inFile.length === 1 ? "requirement" : "requirements"} without --hash (${names}${inFile.length > 5 ? ", …" : ""}), so pip installs ` +
            `whatever file the index serves for that version today. Regenerate it with hashes (uv pip compile --generate-hashes, or pip-compile --generate-hashes).`,
          location: inFile[0]!.line === undefined ? { path: file } : { path: file, startLine: inFile[0]!.line },
          evidence: `${file}: no --hash`,
        });
      }
      continue;
    }
    for (const dependency of unhashed) {
      const location = dependencyLocation(snapshot, dependency);
      drafts.push({
        message:
          `${dependency.name}==${dependency.version} has no file hash in ${lockfile.path}, so the installer takes whatever file the index serves for that version. ` +
          `Re-lock it so the lockfile records its sha256, and commit the lockfile.`,
        package: { name: dependency.name, version: dependency.version },
        ...(location ? { location } : {}),
      });
    }
  }
  return drafts;
}
