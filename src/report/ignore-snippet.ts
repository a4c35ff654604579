/** A ready-to-paste `ignore:` block for findings: rule, package or path, a reason to fill in, and an expiry. */
import { stringify } from "yaml";
import { fileFamily } from "../fingerprint.js";
import type { Finding, IgnoreEntry } from "../model.js";

export const IGNORE_REASON_PLACEHOLDER = "TODO: why this is acceptable";

/**
 * The expiry offered: the first day of the month three months on. Whole months keep the comment's text the same for
 * weeks (an unchanged body is not edited again), and an ignore that expires gets looked at again.
 */
export function suggestedUntil(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 1));
  return d.toISOString().slice(0, 10);
}

/** One entry per distinct package or path: a dependency finding by package, a located one by its file (rebuild-proof glob). */
export function ignoreEntries(findings: readonly Finding[], now: Date): IgnoreEntry[] {
  const seen = new Set<string>();
  const entries: IgnoreEntry[] = [];
  for (const f of findings) {
    const entry: IgnoreEntry = { rule: f.ruleId, reason: IGNORE_REASON_PLACEHOLDER, until: suggestedUntil(now) };
    if (f.package) entry.package = f.package.name;
    else if (f.location) entry.path = fileFamily(f.location.path);
    const key = `${entry.rule}\u0000${entry.package ?? ""}\u0000${entry.path ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  return entries;
}

/** YAML for `.github/mcp-trust.yml`; the yaml library quotes whatever a package name or path holds. */
export function ignoreSnippet(findings: readonly Finding[], now: Date): string {
  const ignore = ignoreEntries(findings, now).map((e) => ({
    rule: e.rule,
    ...(e.package ? { package: e.package } : {}),
    ...(e.path ? { path: e.path } : {}),
    reason: e.reason,
    until: e.until,
  }));
  return stringify({ ignore }, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
}
