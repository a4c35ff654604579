/** code/tool-description-changed: in a delta, a tool whose description or input schema changed between base and head (the rug-pull signal). */
import type { Finding, Rule, ToolDescriptor } from "../../model.js";
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

/** Findings for each tool (or prompt, resource) present in both lists whose description or input schema differs. */
export function toolChanges(base: readonly ToolDescriptor[], head: readonly ToolDescriptor[]): Finding[] {
  const key = (t: ToolDescriptor): string => `${t.kind}\u0000${t.name}`;
  const before = new Map(base.map((t) => [key(t), t]));
  const findings: Finding[] = [];
  for (const tool of head) {
    const old = before.get(key(tool));
    if (!old) continue;
    const changed: string[] = [];
    if ((old.description ?? "") !== (tool.description ?? "")) changed.push("description");
    if (canonicalJson(old.inputSchema) !== canonicalJson(tool.inputSchema)) changed.push("input schema");
    if (changed.length === 0) continue;
    const detail = changed.includes("description")
      ? `description was "${clip(old.description ?? "")}", now "${clip(tool.description ?? "")}"`
      : `schema was ${clip(canonicalJson(old.inputSchema))}, now ${clip(canonicalJson(tool.inputSchema))}`;
    findings.push(
      toFinding(toolDescriptionChanged, {
        message: `The ${tool.kind} "${tool.name}" changed its ${changed.join(" and ")}: ${detail}.`,
        location: tool.location,
        evidence: clip(`${tool.name}: ${changed.includes("description") ? tool.description ?? "" : canonicalJson(tool.inputSchema)}`, 120),
      }),
    );
  }
  return findings;
}

/** JSON with object keys sorted, so key order does not count as a change. */
function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(value)) ?? "";
}

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
