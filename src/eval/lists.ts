/** Reads the eval harness's lists (popular.txt, advisories.tsv, triage.tsv); a malformed line is a UserError naming it. */
import { UserError } from "../errors.js";
import { DIMENSIONS, type Dimension } from "../model.js";

export interface AdvisoryPair {
  vulnerable: string;
  fixed: string;
  dimension: Dimension;
  /** The rule ids that count as the right family (the column may list alternatives separated by `|`). */
  rules: string[];
  advisory: string;
  sink: string;
  checked: string;
  line: number;
}

export type Verdict = "real" | "false";

export interface TriageRow {
  rule: string;
  /** The scanned server, as its npm name. */
  package: string;
  /** Where the finding points: `path:line` as read (the line is for people; matching ignores it). */
  location: string;
  evidence: string;
  verdict: Verdict;
  reason: string;
  line: number;
}

/** Lines that carry data: comments (`#`) and blank lines dropped, each with its 1-based line number. */
function dataLines(text: string): { text: string; line: number }[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line, index) => ({ text: line, line: index + 1 }))
    .filter(({ text: line }) => line.trim() !== "" && !line.trimStart().startsWith("#"));
}

/** popular.txt: one npm package name a line. */
export function parsePopularList(text: string, file: string): string[] {
  const names: string[] = [];
  for (const { text: raw, line } of dataLines(text)) {
    const name = raw.trim();
    if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(name)) throw new UserError(`not an npm package name: "${name}"`, { file, line });
    if (names.includes(name)) throw new UserError(`listed twice: ${name}`, { file, line });
    names.push(name);
  }
  return names;
}

/** Splits a TSV data line, checking the column count; the first data line is the header and is checked by name. */
function tsvRows(text: string, file: string, header: readonly string[]): { cells: string[]; line: number }[] {
  const lines = dataLines(text);
  const first = lines.shift();
  if (!first || first.text.split("\t").join(",") !== header.join(",")) {
    throw new UserError(`the first line must be the header: ${header.join("<TAB>")}`, { file, line: first?.line });
  }
  return lines.map(({ text: raw, line }) => {
    const cells = raw.split("\t").map((cell) => cell.trim());
    if (cells.length !== header.length) {
      throw new UserError(`expected ${header.length} tab-separated columns, found ${cells.length}`, { file, line });
    }
    return { cells, line };
  });
}

export const ADVISORY_HEADER = ["vulnerable", "fixed", "dimension", "rule", "advisory", "sink", "checked"] as const;

/** The name part of an exact npm spec (`@scope/name@1.2.3` → `@scope/name`), or undefined when it is not exact. */
export function specName(spec: string): string | undefined {
  const match = /^((?:@[^/@\s]+\/)?[^/@\s]+)@(\d[^\s@]*)$/.exec(spec);
  return match ? match[1] : undefined;
}

export function parseAdvisories(text: string, file: string): AdvisoryPair[] {
  return tsvRows(text, file, ADVISORY_HEADER).map(({ cells, line }) => {
    const [vulnerable, fixed, dimension, rule, advisory, sink, checked] = cells as [string, string, string, string, string, string, string];
    for (const spec of [vulnerable, fixed]) {
      if (!specName(spec)) throw new UserError(`not an exact npm spec (name@version): "${spec}"`, { file, line });
    }
    if (!DIMENSIONS.includes(dimension as Dimension)) throw new UserError(`unknown dimension "${dimension}"`, { file, line });
    const rules = rule.split("|").map((id) => id.trim());
    for (const id of rules) {
      if (!id.startsWith(`${dimension}/`)) throw new UserError(`rule "${id}" is not in dimension ${dimension}`, { file, line });
    }
    if (!advisory || !sink) throw new UserError("advisory and sink must not be empty", { file, line });
    return { vulnerable, fixed, dimension: dimension as Dimension, rules, advisory, sink, checked, line };
  });
}

export const TRIAGE_HEADER = ["rule", "package", "location", "evidence", "verdict", "reason"] as const;

export function parseTriage(text: string, file: string): TriageRow[] {
  return tsvRows(text, file, TRIAGE_HEADER).map(({ cells, line }) => {
    const [rule, pkg, location, evidence, verdict, reason] = cells as [string, string, string, string, string, string];
    if (verdict !== "real" && verdict !== "false") throw new UserError(`verdict must be "real" or "false", not "${verdict}"`, { file, line });
    if (!reason) throw new UserError("every verdict needs a reason", { file, line });
    return { rule, package: pkg, location, evidence, verdict, reason, line };
  });
}
