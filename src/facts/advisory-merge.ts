/**
 * Merges the npm registry's bulk advisories with OSV's: one advisory per id. npm's records name their GitHub
 * advisory in the URL (https://github.com/advisories/GHSA-…), which is the id (or an alias) of the OSV record.
 */
import type { Advisory } from "../model.js";

const GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i;

/** The id findings carry: the GHSA id when the advisory has one, so either source alone yields the same finding. */
export function canonicalAdvisoryId(advisory: Advisory): string {
  const id = String(advisory.id);
  if (GHSA.test(id)) return id.match(GHSA)![0];
  const fromUrl = advisory.url?.match(GHSA)?.[0];
  if (fromUrl) return fromUrl;
  const alias = advisory.aliases?.find((a) => GHSA.test(a));
  return alias ?? id;
}

export function mergeAdvisories(npm: readonly Advisory[], osv: readonly Advisory[]): Advisory[] {
  const merged = new Map<string, Advisory>();
  const keyOf = (a: Advisory, id: string): string => `${a.ecosystem ?? "npm"}\u0000${a.package}\u0000${id}`;
  for (const advisory of npm) {
    const id = canonicalAdvisoryId(advisory);
    const aliases = String(advisory.id) !== id ? { aliases: [...new Set([String(advisory.id), ...(advisory.aliases ?? [])])] } : {};
    merged.set(keyOf(advisory, id), { ...advisory, id, ...aliases, ecosystem: advisory.ecosystem ?? "npm", sources: ["npm"] });
  }
  for (const advisory of osv) {
    const ids = [canonicalAdvisoryId(advisory), String(advisory.id), ...(advisory.aliases ?? [])];
    const existing = ids.map((id) => merged.get(keyOf(advisory, id))).find((a) => a !== undefined);
    if (!existing) {
      const id = canonicalAdvisoryId(advisory);
      merged.set(keyOf(advisory, id), { ...advisory, id });
      continue;
    }
    // npm's range stays the one judged for npm packages; OSV adds its versions, aliases and a malware flag.
    existing.sources = [...new Set([...(existing.sources ?? []), "osv" as const])];
    existing.aliases = [...new Set([...(existing.aliases ?? []), ...ids.filter((id) => id !== String(existing.id))])];
    if (advisory.malware) {
      existing.malware = true;
      existing.severity = "critical";
    }
    if (advisory.versions) existing.versions = [...new Set([...(existing.versions ?? []), ...advisory.versions])];
  }
  return [...merged.values()];
}
