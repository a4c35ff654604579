/** The score badge: a shields.io endpoint JSON and a small self-contained SVG (the App serves both). */
import type { Grade } from "../model.js";

export const BADGE_LABEL = "MCP Trust";

/** shields.io named colours by grade; "lightgrey" when the tree could not be scored. */
export const GRADE_COLOR: Record<Grade, string> = { A: "brightgreen", B: "green", C: "yellow", D: "orange", F: "red" };
const UNSCORED_COLOR = "lightgrey";

/** The same palette as hex, for the SVG (shields.io's own values for those names). */
const HEX: Record<string, string> = {
  brightgreen: "#4c1",
  green: "#97ca00",
  yellow: "#dfb317",
  orange: "#fe7d37",
  red: "#e05d44",
  lightgrey: "#9f9f9f",
};

export interface BadgeInput {
  score: number | null;
  grade: Grade | null;
  /** The score rests on a partial scan: the message says so. */
  partial?: boolean;
  /** Overrides the message, e.g. the App's "unknown" when it has no result for a repository. */
  message?: string;
}

export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

export function badgeMessage(input: BadgeInput): string {
  if (input.message) return input.message;
  return input.score === null || input.grade === null ? "not scored" : `${input.grade} ${input.score}${input.partial ? " (partial)" : ""}`;
}

export function badgeColor(input: BadgeInput): string {
  return input.grade === null || input.score === null ? UNSCORED_COLOR : GRADE_COLOR[input.grade];
}

/** https://shields.io/badges/endpoint-badge: `![](https://img.shields.io/endpoint?url=<raw URL of this JSON>)`. */
export function badgeEndpoint(input: BadgeInput): ShieldsEndpoint {
  return { schemaVersion: 1, label: BADGE_LABEL, message: badgeMessage(input), color: badgeColor(input) };
}

export function renderBadgeJson(input: BadgeInput): string {
  return `${JSON.stringify(badgeEndpoint(input), null, 2)}\n`;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Verdana 11px is what shields.io measures with; ~7px per character is close enough for short texts. */
function textWidth(s: string): number {
  return Math.round([...s].length * 7 + 10);
}

/** A flat badge in the shields.io layout: grey label on the left, the grade and score in the grade's colour. */
export function renderBadgeSvg(input: BadgeInput, label = BADGE_LABEL): string {
  const message = badgeMessage(input);
  const fill = HEX[badgeColor(input)] ?? HEX["lightgrey"]!;
  const left = textWidth(label);
  const right = textWidth(message);
  const width = left + right;
  const l = escapeXml(label);
  const m = escapeXml(message);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${l}: ${m}">`,
    `<title>${l}: ${m}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${fill}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">${l}</text><text x="${left / 2}" y="14">${l}</text>`,
    `<text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3">${m}</text><text x="${left + right / 2}" y="14">${m}</text>`,
    `</g></svg>`,
    "",
  ].join("\n");
}
