/** The step's outputs: overall score and grade, one score per dimension (empty when not scored), new findings, report path. */
import { DIMENSIONS, type Delta, type Report } from "../model.js";

/** `<dimension>-score` for every dimension, so a dimension added later gets its output without touching the Action. */
export function dimensionOutputName(dimension: string): string {
  return `${dimension}-score`;
}

/**
 * `new-findings` counts the findings a pull request adds (by fingerprint); without a base (push, schedule, release)
 * every active finding is new.
 */
export function actionOutputs(head: Report, delta: Delta | undefined, reportPath: string): Record<string, string> {
  const outputs: Record<string, string> = {
    score: head.score === null ? "" : String(head.score),
    grade: head.grade ?? "",
    partial: head.partial ? "true" : "false",
  };
  for (const d of DIMENSIONS) {
    const score = head.dimensions[d].score;
    outputs[dimensionOutputName(d)] = score === null ? "" : String(score);
  }
  outputs["new-findings"] = String(delta ? delta.newFindings.length : head.findings.filter((f) => !f.ignored).length);
  outputs["report"] = reportPath;
  return outputs;
}
