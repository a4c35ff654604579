/** Plans line annotations for findings with a location: level per severity, paths from the repository root, capped. */
import path from "node:path";
import { SEVERITY_RANK, type Finding } from "../model.js";
import { sortFindings } from "../rules/engine.js";
import { ruleDocsUrl } from "./rule-docs.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file: string;
  startLine?: number;
  endLine?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings with a location that were not annotated because of the cap, per level. */
  omitted: Record<AnnotationLevel, number>;
}

export interface AnnotationOptions {
  /** Posix path of the scanned tree inside the repository ("" for the root). */
  pathPrefix?: string;
  /**
   * GitHub shows 10 annotations of each level per step; errors (high and critical) are always all emitted
   * (they also reach the job summary), warnings and notices stop at this many.
   */
  perLevelCap?: number;
}

export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

export function annotationLevel(finding: Finding): AnnotationLevel {
  if (SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.high) return "error";
  return finding.severity === "medium" ? "warning" : "notice";
}

export function planAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): AnnotationPlan {
  const cap = options.perLevelCap ?? GITHUB_ANNOTATIONS_PER_LEVEL;
  const annotations: Annotation[] = [];
  const emitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of sortFindings(findings.filter((x) => !x.ignored && x.location))) {
    const level = annotationLevel(f);
    if (level !== "error" && emitted[level] >= cap) {
      omitted[level]++;
      continue;
    }
    emitted[level]++;
    const location = f.location!;
    annotations.push({
      level,
      title: `${f.ruleId} (${f.severity})`,
      message: withDocs(f),
      file: path.posix.join(options.pathPrefix ?? "", location.path),
      ...(location.startLine !== undefined ? { startLine: location.startLine } : {}),
      ...(location.endLine !== undefined ? { endLine: location.endLine } : {}),
    });
  }
  return { annotations, omitted };
}

/** The message, then the rule's page (GitHub shows annotation text as written, so the URL is spelled out). */
function withDocs(f: Finding): string {
  const url = ruleDocsUrl(f.ruleId);
  return url ? `${f.message}\n\nRule: ${url}` : f.message;
}
