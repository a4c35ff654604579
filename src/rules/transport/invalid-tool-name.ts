/** transport/invalid-tool-name: tool names outside the spec's [A-Za-z0-9_.-]{1,128}, or the same name registered twice. */
import type { Draft, Location, Rule } from "../../model.js";

const VALID_TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

export const invalidToolName: Rule = {
  id: "transport/invalid-tool-name",
  dimension: "transport",
  severity: "low",
  title: "A tool name breaks the spec's naming rules",
  rationale:
    'Spec revision 2025-11-25: tool names "SHOULD be between 1 and 128 characters", use only "A-Z, a-z, 0-9, underscore, ' +
    'hyphen and dot", and "SHOULD be unique within a server". Clients reject or rename other names, and a duplicate ' +
    "lets one registration silently shadow another.",
  remediation: "Rename the tool to letters, digits, underscore, hyphen and dot, at most 128 characters, and register each name once.",
  check(snapshot) {
    const drafts: Draft[] = [];
    const reported = new Set<string>();
    const named: { name: string; location?: Location; from: string }[] = [
      ...snapshot.tools.filter((t) => t.kind === "tool").map((t) => ({ name: t.name, location: t.location, from: "registered" })),
      ...(snapshot.probe?.tools ?? []).map((t) => ({ name: t.name, from: "listed by the running server" })),
    ];
    for (const tool of named) {
      if (VALID_TOOL_NAME.test(tool.name) || reported.has(tool.name)) continue;
      reported.add(tool.name);
      drafts.push({
        message: `The tool ${JSON.stringify(tool.name)} (${tool.from}) ${describeProblem(tool.name)}; tool names must match [A-Za-z0-9_.-]{1,128}.`,
        ...(tool.location ? { location: tool.location } : {}),
        evidence: tool.name.slice(0, 140),
      });
    }
    // Duplicates are judged within one file (a source and its built copy register the same tools) and within the probe's list.
    const seen = new Map<string, Location>();
    for (const tool of snapshot.tools.filter((t) => t.kind === "tool")) {
      const key = `${tool.location.path}\u0000${tool.name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, tool.location);
        continue;
      }
      drafts.push({
        message: `The tool "${tool.name}" is registered twice in ${tool.location.path} (first at line ${first.startLine ?? "?"}); the later registration shadows or clashes with the first.`,
        location: tool.location,
        evidence: `duplicate ${tool.name}`,
      });
    }
    const listed = new Set<string>();
    for (const tool of snapshot.probe?.tools ?? []) {
      if (listed.has(tool.name)) drafts.push({ message: `tools/list returned the tool "${tool.name}" twice.`, evidence: `duplicate ${tool.name}` });
      listed.add(tool.name);
    }
    return drafts;
  },
};

function describeProblem(name: string): string {
  if (name.length === 0) return "is empty";
  if (name.length > 128) return `is ${name.length} characters long`;
  const bad = [...new Set([...name].filter((c) => !/[A-Za-z0-9_.-]/.test(c)))];
  return `contains ${bad.map((c) => (c === " " ? "a space" : JSON.stringify(c))).join(", ")}`;
}
