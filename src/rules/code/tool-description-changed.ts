/** code/tool-description-changed: in a delta, a tool whose description or input schema changed between base and head (the rug-pull signal). */
import type { Finding, Rule, ToolChange, ToolDescriptor } from "../../model.js";
import { toFinding } from "../engine.js";

export const toolDescriptionChanged: Rule = {
  id: "code/tool-description-changed",
  dimension: "code",
  severity: "medium",
  title: "A tool's description or input schema changed",
  rationale:
    "This rule fires in a delta (a pull request or a release compared with its base), never in a single scan. Users approve a " +
    "server once, then its tool descriptions change under them: a rug pull swaps a benign description for one that instructs " +
    "the model, or widens a schema to accept new data. Every description change is worth a human look before it ships.",
  remediation: "Review the new description and schema as you would new code; approve it only if it states what the tool does and nothing more.",
  check: () => [],
};

/** Each tool (or prompt, resource) present in both lists whose description or input schema differs, with both texts in full. */
export function describeToolChanges(base: readonly ToolDescriptor[], head: readonly ToolDescriptor[]): ToolChange[] {
  const key = (t: ToolDescriptor): string => `${t.kind}\u0000${t.name}`;
  const before = new Map(base.map((t) => [key(t), t]));
  const changes: ToolChange[] = [];
  for (const tool of head) {
    const old = before.get(key(tool));
    if (!old) continue;
    const change: ToolChange = { kind: tool.kind, name: tool.name, location: tool.location };
    if ((old.description ?? "") !== (tool.description ?? "")) change.description = { before: old.description ?? "", after: tool.description ?? "" };
    const schemaBefore = canonicalJson(normaliseSchema(old.inputSchema));
    const schemaAfter = canonicalJson(normaliseSchema(tool.inputSchema));
    // A schema the analysis could not read (`{"$expression": "zodToJsonSchema(X)"}`) says nothing about what it accepts:
    // comparing it with a read one would call every tool changed when only the way it is written changed.
    const comparable = !hasExpression(old.inputSchema) && !hasExpression(tool.inputSchema);
    if (comparable && schemaBefore !== schemaAfter) change.inputSchema = { before: schemaBefore, after: schemaAfter };
    if (change.description || change.inputSchema) changes.push(change);
  }
  return changes;
}

/** One finding per change; the full texts travel in the delta's toolChanges (rendered as a word diff). */
export function toolChangeFindings(changes: readonly ToolChange[]): Finding[] {
  return changes.map((change) => {
    const what = [change.description ? "description" : "", change.inputSchema ? "input schema" : ""].filter(Boolean).join(" and ");
    return toFinding(toolDescriptionChanged, {
      message: `The ${change.kind} "${change.name}" changed its ${what}; read the change before it ships.`,
      location: change.location,
      anchor: `${change.kind}:${change.name}`,
      evidence: clip(`${change.name}: ${change.description ? change.description.after : change.inputSchema!.after}`, 120),
    });
  });
}

/** Kept for callers that want findings straight from two tool lists. */
export function toolChanges(base: readonly ToolDescriptor[], head: readonly ToolDescriptor[]): Finding[] {
  return toolChangeFindings(describeToolChanges(base, head));
}

/** True when any part of the schema is an expression the analysis could not resolve. */
function hasExpression(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(hasExpression);
  if (schema && typeof schema === "object") return "$expression" in schema || Object.values(schema).some(hasExpression);
  return false;
}

/** An empty `required` list says nothing, and the order of `required` means nothing. */
function normaliseSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normaliseSchema);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "required" && Array.isArray(value)) {
      if (value.length > 0) out[key] = [...value].map(String).sort();
    } else out[key] = normaliseSchema(value);
  }
  return out;
}

/** JSON with object keys sorted, so key order does not count as a change. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(value)) ?? "";
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
