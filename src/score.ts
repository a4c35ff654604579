/** Ruleset 1 scoring: findings in, per-dimension and overall scores out. Pure and deterministic. */
import { DIMENSIONS, type Dimension, type DimensionResult, type DimensionStatus, type Finding, type Grade, type Severity } from "./model.js";

export const RULESET = 1;

export const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 60, high: 25, medium: 10, low: 3, info: 0 };

export const DIMENSION_WEIGHT: Record<Dimension, number> = {
  "supply-chain": 35,
  "package-verification": 20,
  code: 20,
  transport: 15,
  "remote-endpoint": 10,
};

const CRITICAL_CAP = 40;

/** A dimension's score: the first finding of a rule deducts its full weight, each further one half the one before. */
export function dimensionScore(findings: readonly Finding[]): number {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.ignored) continue;
    const list = byRule.get(finding.ruleId) ?? [];
    list.push(finding);
    byRule.set(finding.ruleId, list);
  }
  let deduction = 0;
  let critical = false;
  for (const list of byRule.values()) {
    // Most severe first, so a rule whose findings differ in severity charges its worst one in full.
    const weights = list.map((f) => SEVERITY_WEIGHT[f.severity]).sort((a, b) => b - a);
    weights.forEach((weight, index) => (deduction += weight / 2 ** index));
    if (list.some((f) => f.severity === "critical")) critical = true;
  }
  let score = Math.max(0, 100 - deduction);
  if (critical) score = Math.min(score, CRITICAL_CAP);
  return Math.round(score);
}

export function grade(score: number): Grade {
  if (score >= 90) return "A";
  if (score >= 80) return "B";
  if (score >= 70) return "C";
  if (score >= 60) return "D";
  return "F";
}

export interface ScoreCard {
  score: number | null;
  grade: Grade | null;
  dimensions: Record<Dimension, DimensionResult>;
}

/** Rolls findings into a ScoreCard; a dimension that is not scored (status) drops out of the overall score. */
export function scoreCard(findings: readonly Finding[], statuses: Record<Dimension, DimensionStatus>): ScoreCard {
  const dimensions = {} as Record<Dimension, DimensionResult>;
  let weighted = 0;
  let totalWeight = 0;
  for (const dimension of DIMENSIONS) {
    const status = statuses[dimension];
    const own = findings.filter((f) => f.dimension === dimension);
    const counted = own.filter((f) => !f.ignored).length;
    if (status === "checked" || status === "partial") {
      const score = dimensionScore(own);
      dimensions[dimension] = { score, status, findings: counted };
      weighted += score * DIMENSION_WEIGHT[dimension];
      totalWeight += DIMENSION_WEIGHT[dimension];
    } else {
      dimensions[dimension] = { score: null, status, findings: counted };
    }
  }
  if (totalWeight === 0) return { score: null, grade: null, dimensions };
  let score = Math.round(weighted / totalWeight);
  if (findings.some((f) => !f.ignored && f.severity === "critical")) score = Math.min(score, CRITICAL_CAP);
  return { score, grade: grade(score), dimensions };
}
