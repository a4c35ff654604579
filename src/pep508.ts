/**
 * PEP 508 dependency specifiers (`name[extra]>=1.0,<2; python_version < "3.11"`, `name @ https://…`) and PEP 503 names,
 * shared by the Python fact readers and the supply-chain rules.
 */

/** PEP 503: lower case, and every run of `-`, `_` and `.` is one `-` ("Foo.Bar_baz" → "foo-bar-baz"). */
export function normalisePythonName(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, "-");
}

/** A valid distribution name (PEP 508): letters and digits, with `-`, `_` and `.` inside. */
export function isPythonName(name: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}

export interface ParsedRequirement {
  /** PEP 503 normalised. */
  name: string;
  /** The name as written. */
  written: string;
  extras: string[];
  /** "" when the requirement allows any version. */
  specifier: string;
  url?: string;
  marker?: string;
}

/** Reads one requirement; undefined when the text is not one (a comment, an option line, garbage). */
export function parseRequirement(text: string): ParsedRequirement | undefined {
  let rest = text.trim();
  if (rest === "" || rest.startsWith("#")) return undefined;
  // A marker follows the first ';' outside a URL (a URL must be followed by a space before its ';').
  let marker: string | undefined;
  const nameMatch = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(rest);
  if (!nameMatch || !isPythonName(nameMatch[1]!)) return undefined;
  const written = nameMatch[1]!;
  rest = rest.slice(written.length).trim();
  let extras: string[] = [];
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return undefined;
    extras = rest.slice(1, close).split(",").map((e) => normalisePythonName(e)).filter((e) => e !== "");
    rest = rest.slice(close + 1).trim();
  }
  let url: string | undefined;
  if (rest.startsWith("@")) {
    const body = rest.slice(1).trim();
    const split = /\s+;/.exec(body);
    url = (split ? body.slice(0, split.index) : body).trim();
    if (split) marker = body.slice(split.index).replace(/^\s*;/, "").trim();
    if (url === "") return undefined;
    return { name: normalisePythonName(written), written, extras, specifier: "", url, ...(marker ? { marker } : {}) };
  }
  const semicolon = rest.indexOf(";");
  if (semicolon >= 0) {
    marker = rest.slice(semicolon + 1).trim();
    rest = rest.slice(0, semicolon).trim();
  }
  // `name (>=1.0)` is the old parenthesised form.
  if (rest.startsWith("(") && rest.endsWith(")")) rest = rest.slice(1, -1).trim();
  if (rest !== "" && !/^(?:[<>=!~]=?|===)/.test(rest)) return undefined;
  return { name: normalisePythonName(written), written, extras, specifier: normaliseSpecifier(rest), ...(marker ? { marker } : {}) };
}

/** Whitespace dropped and clauses sorted, so ">= 1.0, <2" and "<2,>=1.0" compare equal. */
export function normaliseSpecifier(specifier: string): string {
  return specifier
    .split(",")
    .map((clause) => clause.replace(/\s+/g, ""))
    .filter((clause) => clause !== "")
    .sort()
    .join(",");
}

/** The clauses of a specifier: [{ operator: ">=", version: "1.0" }]. */
export function specifierClauses(specifier: string): { operator: string; version: string }[] {
  return normaliseSpecifier(specifier)
    .split(",")
    .filter((c) => c !== "")
    .map((clause) => {
      const match = /^(===|==|!=|<=|>=|~=|<|>)(.*)$/.exec(clause);
      return match ? { operator: match[1]!, version: match[2]! } : { operator: "", version: clause };
    });
}
