/** Display names and small formatting pieces shared by the text and markdown renderers. */
import type { Dimension, DimensionResult, Finding, Grade } from "../model.js";

export const DIMENSION_LABEL: Record<Dimension, string> = {
  "supply-chain": "Supply chain",
  "package-verification": "Package verification",
  code: "Code",
  "remote-endpoint": "Remote endpoint",
  transport: "Transport",
};

/**
 * The grade as shown everywhere: "B", or "B (partial)" when the score rests on a partial scan (see `skipped`);
 * "B, partial" where the grade already sits in parentheses ("78/100 (B, partial)").
 */
export function gradeLabel(side: { grade: Grade | null; partial?: boolean }, inParentheses = false): string {
  return `${side.grade ?? "n/a"}${side.partial ? (inParentheses ? ", partial" : " (partial)") : ""}`;
}

export function dimensionValue(result: DimensionResult): string {
  if (result.score !== null) return result.status === "partial" ? `${result.score} (partial)` : String(result.score);
  return result.status;
}

export function locationText(finding: Finding): string {
  const parts: string[] = [];
  if (finding.location) {
    const line = finding.location.startLine ? `:${finding.location.startLine}` : "";
    parts.push(`${finding.location.path}${line}`);
  }
  if (finding.package) parts.push(finding.package.version ? `${finding.package.name}@${finding.package.version}` : finding.package.name);
  return parts.join(" ");
}

export function signed(n: number | null): string {
  if (n === null) return "n/a";
  return n > 0 ? `+${n}` : String(n);
}
