/** Python package names as PyPI and the lockfiles compare them (PEP 503), and the text helpers the Python readers share. */

export { isPythonName, normalisePythonName } from "../../pep508.js";

/** 1-based line of character offset `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** 1-based line of the first occurrence of `needle` at or after `from`, or undefined. */
export function lineOf(text: string, needle: string, from = 0): number | undefined {
  const at = text.indexOf(needle, from);
  return at < 0 ? undefined : lineAt(text, at);
}

/** Offsets of every line that is exactly `header` (e.g. "[[package]]"), in order: the n-th TOML array-of-tables entry starts at the n-th. */
export function tableHeaderOffsets(text: string, header: string): number[] {
  const offsets: number[] = [];
  const pattern = new RegExp(`^[ \\t]*${header.replace(/[[\]]/g, "\\$&")}[ \\t]*(?:#.*)?$`, "gm");
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) offsets.push(match.index);
  return offsets;
}

/** Offset of a `[table]` header line, or -1. */
export function tableOffset(text: string, table: string): number {
  const pattern = new RegExp(`^[ \\t]*\\[${table.replace(/[.[\]]/g, "\\$&")}\\][ \\t]*(?:#.*)?$`, "m");
  return pattern.exec(text)?.index ?? -1;
}
