/** Poetry's version constraints (`^1.2`, `~1.2.3`, `1.2.*`, `>=1,<2`, `a || b`) as PEP 440 specifiers. */

/** The PEP 440 form; alternatives joined by `||` stay alternatives (PEP 440 has no "or"). */
export function poetryToPep440(constraint: string): string {
  return constraint
    .split(/\s*\|\|?\s*/)
    .map((alternative) => convertOne(alternative.trim()))
    .join(" || ");
}

function convertOne(constraint: string): string {
  if (constraint === "" || constraint === "*") return "";
  const caret = /^\^\s*(\d+(?:\.\d+)*)(.*)$/.exec(constraint);
  if (caret) return `>=${caret[1]}${caret[2]},<${caretUpper(caret[1]!)}`;
  const tilde = /^~(?!=)\s*(\d+(?:\.\d+)*)(.*)$/.exec(constraint);
  if (tilde) return `>=${tilde[1]}${tilde[2]},<${tildeUpper(tilde[1]!)}`;
  // Space- or comma-separated comparisons ("> 1.2 <2" or ">=1, <2").
  const clauses = constraint.split(/\s*,\s*|\s+(?=[<>=!~])/).filter((c) => c !== "");
  return clauses.map((c) => (/^[<>=!~]/.test(c) ? c.replace(/\s+/g, "") : `==${c}`)).join(",");
}

/** ^1.2.3 → 2.0.0, ^0.2.3 → 0.3.0, ^0.0.3 → 0.0.4: the first non-zero part goes up. */
function caretUpper(version: string): string {
  const parts = version.split(".").map(Number);
  const first = parts.findIndex((p) => p !== 0);
  const at = first < 0 ? parts.length - 1 : first;
  return parts.map((p, i) => (i < at ? p : i === at ? p + 1 : 0)).join(".");
}

/** ~1.2.3 → 1.3.0, ~1.2 → 1.3, ~1 → 2. */
function tildeUpper(version: string): string {
  const parts = version.split(".").map(Number);
  const at = parts.length === 1 ? 0 : 1;
  return parts.slice(0, Math.max(at + 1, 1)).map((p, i) => (i === at ? p + 1 : p)).concat(parts.length > 2 ? [0] : []).join(".");
}
