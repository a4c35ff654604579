/** supply-chain/new-package: a dependency version published less than a week before the scan. */
import type { Draft, PythonDistribution, Rule } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Most malicious releases are found and pulled within days; a week is the window tools like pnpm's minimumReleaseAge suggest. */
const MINIMUM_AGE_DAYS = 7;

export const newPackage: Rule = {
  id: "supply-chain/new-package",
  dimension: "supply-chain",
  severity: "medium",
  title: "A dependency version was published less than 7 days ago",
  rationale:
    "Hijacked and malicious releases are usually detected and unpublished within days; a version this fresh has not " +
    "had that scrutiny yet, and installing it is how compromised releases reach users before anyone notices.",
  remediation:
    "Stay on the previous version until the new one is a week old (pnpm's minimumReleaseAge, npm's --before or uv's exclude-newer can " +
    "enforce this), and read its changes before upgrading.",
  ecosystems: ["npm", "pypi"],
  needs: ["packuments"],
  // uv.lock and pylock.toml record upload times; for other Python lockfiles PyPI's JSON API tells.
  partialWithout: (snapshot) =>
    snapshot.dependencies.some((d) => d.ecosystem === "pypi" && d.source === "registry" && !d.distributions?.some((f) => f.uploadTime)) ? ["pypi-releases"] : [],
  check(snapshot) {
    const drafts: Draft[] = [];
    const now = snapshot.now.getTime();
    for (const dependency of snapshot.dependencies) {
      if (dependency.source !== "registry") continue;
      const published =
        dependency.ecosystem === "pypi"
          ? firstUpload(dependency.distributions) ?? firstUpload(snapshot.pypiReleases?.[`${dependency.name}@${dependency.version}`]?.files)
          : snapshot.packuments[dependency.name]?.versions[dependency.version]?.published;
      const time = published ? Date.parse(published) : Number.NaN;
      if (Number.isNaN(time)) continue;
      const age = now - time;
      if (age >= MINIMUM_AGE_DAYS * DAY_MS) continue;
      const location = dependencyLocation(snapshot, dependency);
      drafts.push({
        message:
          `${dependency.name}@${dependency.version} was published ${describeAge(age)} (${new Date(time).toISOString().slice(0, 10)}). ` +
          `Pin the previous version until this one is at least ${MINIMUM_AGE_DAYS} days old and its changes have been looked at.`,
        package: { name: dependency.name, version: dependency.version },
       
        ...(location ? { location } : {}),
      });
    }
    return drafts;
  },
};

/** A release's publish time is its first file's upload. */
function firstUpload(files: readonly PythonDistribution[] | undefined): string | undefined {
  const times = (files ?? []).map((f) => f.uploadTime).filter((t): t is string => t !== undefined && !Number.isNaN(Date.parse(t)));
  return times.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

function describeAge(ms: number): string {
  if (ms < 0) return "after the scan's clock time";
  const hours = Math.floor(ms / (60 * 60 * 1000));
  if (hours < 24) return hours <= 1 ? "within the last hour" : `${hours} hours ago`;
  const days = Math.floor(ms / DAY_MS);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}
