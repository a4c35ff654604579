/**
 * A nesting bound for data files (JSON, YAML flow collections) read from a scanned tree, checked before a parser
 * recurses into them: 50,000 nested brackets overflow jsonc-parser's and yaml's recursion (and yaml's error
 * formatting of such a line has run the process out of memory). Real lockfiles and workflows nest a few levels.
 */

export const DATA_NESTING_LIMIT = 1000;

/** The line at which `[`/`{` nesting passes the limit (strings and, for YAML, comments skipped), or undefined. */
export function dataNestingTooDeep(text: string, format: "json" | "yaml", limit = DATA_NESTING_LIMIT): { line: number } | undefined {
  let depth = 0;
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return { line };
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34) {
      // "...": backslash escapes, in JSON and YAML alike; a line break ends a YAML misread.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
        else if (d === 10) {
          line++;
          if (format === "yaml") break;
        }
      }
    } else if (format === "yaml" && c === 39) {
      // '...': '' is a quote inside; single-quoted scalars do not span a line break here.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 39 && text.charCodeAt(i + 1) === 39) i++;
        else if (d === 39) break;
        else if (d === 10) {
          line++;
          break;
        }
      }
    } else if (format === "yaml" && c === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) {
      while (i + 1 < n && text.charCodeAt(i + 1) !== 10) i++;
    }
  }
  return undefined;
}
