/** Maps character offsets in a text to 1-based line numbers, for lockfile annotations and errors. */

export type LineAt = (offset: number) => number;

export function lineLocator(text: string): LineAt {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** `{ line }` for a key found in a key → line map, or nothing, ready to spread into a LockedPackage. */
export function lineOf(lines: Map<string, number>, key: string): { line?: number } {
  const line = lines.get(key);
  return line === undefined ? {} : { line };
}
