/** Narrowing helpers for the loosely typed values a parsed lockfile holds. */

export type Dict = Record<string, unknown>;

export function asDict(value: unknown): Dict | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Dict) : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** True for a boolean true and for the string "true" (YAML read with the failsafe schema keeps strings). */
export function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/** A name → spec record with only the string values kept. */
export function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, spec] of Object.entries(asDict(value) ?? {})) if (typeof spec === "string") out[key] = spec;
  return out;
}
