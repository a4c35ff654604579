/** Where a key sits in a JSON text: pure, shared by the readers in facts/ and the rules that point at a manifest line. */

/** 1-based line of the first `"key"` in a JSON text at or after a parent key, for annotations. */
export function jsonKeyLine(text: string, key: string, parentKey?: string): number | undefined {
  let from = 0;
  if (parentKey) {
    const parent = text.indexOf(JSON.stringify(parentKey) + ":");
    const parentLoose = parent >= 0 ? parent : text.search(new RegExp(`${escapeRegExp(JSON.stringify(parentKey))}\\s*:`));
    if (parentLoose < 0) return undefined;
    from = parentLoose;
  }
  const match = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`).exec(text.slice(from));
  if (!match) return undefined;
  return text.slice(0, from + match.index).split("\n").length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
