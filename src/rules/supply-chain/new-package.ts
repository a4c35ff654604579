/** supply-chain/new-package: a dependency version published less than a week before the scan. */
import type { Draft, Rule } from "../../model.js";
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
    "Stay on the previous version until the new one is a week old (pnpm's minimumReleaseAge or npm's --before can " +
    "enforce this), and read its changes before upgrading.",
  needs: ["packuments"],
  check(snapshot) {
    const drafts: Draft[] = [];
    const now = snapshot.now.getTime();
    for (const dependency of snapshot.dependencies) {
      if (dependency.source !== "registry") continue;
      const published = snapshot.packuments[dependency.name]?.versions[dependency.version]?.published;
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

function describeAge(ms: number): string {
  if (ms < 0) return "after the scan's clock time";
  const hours = Math.floor(ms / (60 * 60 * 1000));
  if (hours < 24) return hours <= 1 ? "within the last hour" : `${hours} hours ago`;
  const days = Math.floor(ms / DAY_MS);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}
