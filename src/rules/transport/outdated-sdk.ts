/** transport/outdated-sdk: an MCP SDK older than the releases that fixed its published advisories (data/mcp-sdk-advisories.json). */
import semver from "semver";
import type { Draft, Rule } from "../../model.js";
import { openAdvisories } from "./sdk-advisories.js";
import { npmSdkUses, pythonSdkUses } from "./sdk-versions.js";

const isBelow = (version: string, fixed: string): boolean => semver.lt(version, fixed);

export const outdatedSdk: Rule = {
  id: "transport/outdated-sdk",
  dimension: "transport",
  severity: "medium",
  title: "The MCP SDK predates its security fixes",
  rationale:
    "Protocol-level protections live in the SDK: before @modelcontextprotocol/sdk 1.24.0 DNS-rebinding protection was off " +
    "by default (GHSA-w48q-cv73-mx4w), before 1.25.2 UriTemplate could be driven into catastrophic backtracking " +
    "(CVE-2026-0621), and the Python `mcp` package had its own (CVE-2025-66416 and others). A server on an older SDK " +
    "inherits those holes whatever its own code does.",
  remediation: "Upgrade the SDK to at least the fixed version the finding names, and keep the lockfile on it.",
  check(snapshot) {
    const table = snapshot.reference.sdkAdvisories;
    const drafts: Draft[] = [];
    for (const use of [...npmSdkUses(snapshot), ...pythonSdkUses(snapshot)]) {
      const { advisories, fixedIn } = openAdvisories(table, use.package, isBelow, use.version);
      if (advisories.length === 0 || !fixedIn) continue;
      const how = use.fromRange ? `the declared range "${use.declared}" admits ${use.version}` : `resolves to ${use.version}`;
      drafts.push({
        message:
          `${use.package} ${how}, below ${fixedIn}, the first release that fixes ${advisories.map((a) => a.id).join(", ")} ` +
          `(advisory table of ${table.date}). Upgrade to ${use.package}@${fixedIn} or later.`,
        package: { name: use.package, version: use.version },
        ...(use.location ? { location: use.location } : {}),
        evidence: `${use.package}@${use.declared ?? use.version}`,
      });
    }
    return drafts;
  },
};
