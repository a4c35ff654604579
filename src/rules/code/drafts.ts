/** The code rules that share one pass per file, the drafts that pass produces for each, and the walk over a snapshot's code files. */
import type { Draft, Snapshot } from "../../model.js";
import { runtimeSourceFiles } from "../../facts/js-ast.js";
import { runtimePythonFiles } from "../../facts/python-ast.js";
import type { TaintLabel } from "../../facts/taint.js";
import { jsCodeDrafts } from "./js-sinks.js";
import { pythonCodeDrafts } from "./python-sinks.js";

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

/** The drafts one sink rule gets from every runtime JS/TS and Python file of the snapshot. */
export function sinkDrafts(snapshot: Snapshot, rule: SinkRule): Draft[] {
  const out: Draft[] = [];
  for (const file of runtimeSourceFiles(snapshot.files)) out.push(...jsCodeDrafts(file)[rule]);
  for (const file of runtimePythonFiles(snapshot.files)) out.push(...pythonCodeDrafts(file)[rule]);
  return out;
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
