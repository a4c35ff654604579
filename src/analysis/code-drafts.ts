/** The code rules that share one pass per file, and the drafts that pass produces for each. */
import type { Draft } from "../model.js";
import type { TaintLabel } from "./taint.js";

export const SINK_RULES = [
  "command-injection",
  "dynamic-code-execution",
  "path-traversal",
  "ssrf",
  "sql-injection",
  "tls-verification-disabled",
] as const;
export type SinkRule = (typeof SINK_RULES)[number];
export type CodeDrafts = Record<SinkRule, Draft[]>;

export function emptyDrafts(): CodeDrafts {
  return Object.fromEntries(SINK_RULES.map((r) => [r, []])) as unknown as CodeDrafts;
}

export function sourcePhrase(label: TaintLabel): string {
  switch (label) {
    case "tool":
      return "a tool handler's arguments (chosen by the model, and so by any prompt injection)";
    case "request":
      return "HTTP request data";
    case "network":
      return "data read from a network response";
  }
}
