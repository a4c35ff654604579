/** Word wrap for the terminal: lines cut at spaces to a width, continuation lines indented under the first (a hanging indent). */

/** Wraps `text` to `width` columns: the first line starts with `first`, the rest with `rest` (both count toward the width). */
export function wrap(text: string, width: number, first: string, rest: string = first): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    if (empty) {
      // A word longer than a whole line (a URL, a minified snippet) is cut rather than overflowing.
      let remaining = word;
      while (remaining.length > Math.max(10, width - line.length)) {
        const room = Math.max(10, width - line.length);
        lines.push(line + remaining.slice(0, room));
        line = rest;
        remaining = remaining.slice(room);
      }
      line += remaining;
      empty = false;
    } else line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}

/** The width to wrap to: the terminal's columns, or 100 when output is not a terminal (files and CI logs). */
export function outputWidth(columns: number | undefined): number {
  return columns && columns >= 40 ? Math.min(columns, 160) : 100;
}
