/** Check-run output pieces: GitHub's annotation objects from findings, and the score line the badge reads back. */
import type { BadgeInput } from "./badge.js";
import { verdictParts, type GateResult } from "../gate.js";
import type { Delta, Finding, Grade, Report } from "../model.js";
import { planAnnotations, type AnnotationLevel } from "./annotations.js";
import { gradeLabel } from "./labels.js";

export const CHECK_RUN_NAME = "MCP Trust";
/** GitHub takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Past this many, the rest are counted in the output text rather than sent (each page is one API request). */
export const MAX_CHECK_RUN_ANNOTATIONS = 500;

const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 64 * 1024 - 1;

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

/** failure when the gate failed; success when it passed; neutral when no gate applied (fail-on none): never a silent "passed". */
export function checkRunConclusion(gate: GateResult): "success" | "failure" | "neutral" {
  return gate.status === "failed" ? "failure" : gate.status === "passed" ? "success" : "neutral";
}

/** "❌ Failed: 1 new finding at or above critical · 40/100 (F), -60": the verdict first, then the score (255 characters at most). */
export function checkRunTitle(gate: GateResult, report: Pick<Report, "score" | "grade" | "partial">, delta?: Pick<Delta, "scoreChange">): string {
  const v = verdictParts(gate);
  const score = report.score === null ? "not scored" : `${report.score}/100 (${gradeLabel(report, true)})`;
  const change = delta && delta.scoreChange !== null && delta.scoreChange !== 0 ? `, ${delta.scoreChange > 0 ? "+" : ""}${delta.scoreChange} vs base` : "";
  const status = v.status === "no gate" ? "No gate" : v.status === "failed" ? "Failed" : "Passed";
  const title = `${v.icon} ${status}: ${v.detail} · ${score}${change}`;
  return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}

const LEVEL: Record<AnnotationLevel, CheckRunAnnotation["annotation_level"]> = { error: "failure", warning: "warning", notice: "notice" };

/** Every located, not-ignored finding, most severe first (check runs have no per-level cap, unlike workflow commands). */
export function checkRunAnnotations(findings: readonly Finding[]): { annotations: CheckRunAnnotation[]; omitted: number } {
  const plan = planAnnotations(findings, { perLevelCap: Number.POSITIVE_INFINITY });
  const all = plan.annotations.map((a): CheckRunAnnotation => {
    // A finding about a whole file has no line; GitHub needs one, so it points at the first.
    const start = a.startLine ?? 1;
    return {
      path: a.file,
      start_line: start,
      end_line: Math.max(start, a.endLine ?? start),
      annotation_level: LEVEL[a.level],
      title: a.title.slice(0, TITLE_LIMIT),
      message: a.message.slice(0, MESSAGE_LIMIT),
    };
  });
  return { annotations: all.slice(0, MAX_CHECK_RUN_ANNOTATIONS), omitted: Math.max(0, all.length - MAX_CHECK_RUN_ANNOTATIONS) };
}

export function pageAnnotations<T>(annotations: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < annotations.length; i += size) pages.push(annotations.slice(i, i + size));
  return pages;
}

const MARKER = /<!-- mcp-trust-score: (?:(\d{1,3}) ([A-F])( partial)?|none) -->/;

/** A machine-readable line for the check run's output text; the badge route reads it back. */
export function scoreMarker(report: Pick<Report, "score" | "grade" | "partial">): string {
  return report.score === null || report.grade === null
    ? "<!-- mcp-trust-score: none -->"
    : `<!-- mcp-trust-score: ${report.score} ${report.grade}${report.partial ? " partial" : ""} -->`;
}

/** The score recorded by scoreMarker; undefined when the text carries none (another tool's check run). */
export function parseScoreMarker(text: string | null | undefined): BadgeInput | undefined {
  const match = text ? MARKER.exec(text) : null;
  if (!match) return undefined;
  if (match[1] === undefined) return { score: null, grade: null };
  const score = Number(match[1]);
  return score <= 100 ? { score, grade: match[2] as Grade, ...(match[3] ? { partial: true } : {}) } : undefined;
}
