/** code/tool-poisoning: tool, prompt and resource descriptions that carry instructions aimed at the model, or invisible text. */
import type { Draft, Rule, ToolDescriptor } from "../../model.js";

/** Tag characters, zero-width characters and bidi controls: text a user reviewing the tool never sees, but the model reads. */
const INVISIBLE = /[\u{E0000}-\u{E007F}\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE_ALL = /[\u{E0000}-\u{E007F}\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;

const SECRET_FILES = String.raw`~\/\.ssh|\bid_(?:rsa|ed25519|ecdsa)\b|\.ssh\/|(?:^|[\s"'\`(/])\.env\b|\.aws\/credentials|\.npmrc\b|\.netrc\b|\.git-credentials|\bcredentials\.json\b|\bprivate key\b`;
const SECRET_FILE_INSTRUCTION = new RegExp(
  String.raw`(?<!\b(?:not|never|don't|cannot|won't)\s)\b(?:read|cat|open|load|send|include|upload|attach|pass|copy|print|output|fetch|append|add|provide|grab|collect)\b(?![^\n]{0,100}\b(?:reject|refus|den(?:y|ied)|block|forbid|not allowed|disallow|never|exclud|skip)\w*)[^\n]{0,60}?(?:${SECRET_FILES})`,
  "i",
);

const INSTRUCTIONS: { what: string; pattern: RegExp }[] = [
  { what: "carries a hidden instruction block", pattern: /<\s*\/?\s*(?:important|system|instructions?|secret|hidden|admin|critical)\b[^>]*>/i },
  { what: "asks the model to keep something from the user", pattern: /\b(?:do not|don't|never|without)\s+(?:tell(?:ing)?|mention(?:ing)?|inform(?:ing)?|reveal(?:ing)?|show(?:ing)?|notify(?:ing)?|alert(?:ing)?|let(?:ting)?)\b[^.]{0,60}\b(?:user|human)/i },
  { what: "tells the model to ignore its instructions", pattern: /\b(?:ignore|disregard|forget)\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above|earlier|other|system)\s+(?:instructions?|prompts?|rules|messages)/i },
  // An instruction to read or send a secret file; a sentence that refuses them ("~/.ssh is rejected") instructs nothing.
  { what: "points at secret files", pattern: SECRET_FILE_INSTRUCTION },
  { what: "makes another call a precondition", pattern: /\bbefore\s+(?:using|calling|running|invoking)\s+(?:this|the|any)\s+(?:tool|function)\b[^.]{0,100}\b(?:call|read|run|invoke|fetch|send|pass|include)\b/i },
  { what: "asks for data to be passed along covertly", pattern: /\b(?:pass|send|include|append|add)\b[^.]{0,40}\b(?:as|in)\s+(?:a\s+|the\s+)?(?:sidenote|side note|hidden parameter)/i },
];

export const toolPoisoning: Rule = {
  id: "code/tool-poisoning",
  dimension: "code",
  severity: "high",
  title: "Tool description carries instructions aimed at the model",
  rationale:
    "The MCP specification says descriptions of tool behavior should be considered untrusted, unless obtained from a trusted " +
    "server. The model reads every tool description as guidance while the user sees only a name: a description that hides " +
    "an `<IMPORTANT>` block, tells the model not to mention something to the user, or asks it to read ~/.ssh or .env first " +
    "turns every conversation into an exfiltration channel. Critical when the text carries invisible Unicode (tag characters, " +
    "zero-width characters, bidi controls), which exists only to hide text from the reviewer.",
  remediation: "Describe what the tool does and what its arguments mean; remove instructions to the model, references to secret files and every invisible character.",
  check(snapshot) {
    return (snapshot.tools ?? []).flatMap((tool) => poisoning(tool));
  },
};

function poisoning(tool: ToolDescriptor): Draft[] {
  const texts = [tool.description ?? "", ...schemaDescriptions(tool.inputSchema, 0)].filter((t) => t.length > 0);
  const text = texts.join("\n");
  if (!text) return [];
  const invisible = INVISIBLE.test(text);
  const matches = INSTRUCTIONS.map((i) => ({ what: i.what, match: i.pattern.exec(text.replace(INVISIBLE_ALL, "")) })).filter((m) => m.match);
  if (!invisible && matches.length === 0) return [];
  const reasons = [...(invisible ? [`hides invisible Unicode (${invisibleNames(text)})`] : []), ...matches.map((m) => m.what)];
  const first = matches[0]?.match;
  const evidence = first ? contextOf(text.replace(INVISIBLE_ALL, ""), first.index, first[0].length) : visible(text).slice(0, 120);
  const draft: Draft = {
    message: `The ${tool.kind} "${tool.name}" has a description that ${reasons.join("; ")}.`,
    location: tool.location,
    evidence,
  };
  if (invisible) draft.severity = "critical";
  return [draft];
}

/** `description` strings anywhere in a JSON-able schema summary. */
function schemaDescriptions(schema: unknown, depth: number): string[] {
  if (depth > 10 || schema === null || typeof schema !== "object") return [];
  if (Array.isArray(schema)) return schema.flatMap((s) => schemaDescriptions(s, depth + 1));
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if ((key === "description" || key === "title") && typeof value === "string") out.push(value);
    else out.push(...schemaDescriptions(value, depth + 1));
  }
  return out;
}

function invisibleNames(text: string): string {
  const kinds = new Set<string>();
  for (const [c] of text.matchAll(INVISIBLE_ALL)) {
    const code = c.codePointAt(0)!;
    kinds.add(code >= 0xe0000 ? "tag characters" : code >= 0x202a && code <= 0x2069 && code !== 0x2060 ? "bidi controls" : "zero-width characters");
  }
  return [...kinds].sort().join(", ");
}

/** The text with invisible characters shown as \u{…} escapes. */
function visible(text: string): string {
  return text.replace(INVISIBLE_ALL, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`).replace(/\s+/g, " ");
}

function contextOf(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 20);
  const slice = text.slice(start, Math.min(text.length, index + length + 40)).replace(/\s+/g, " ").trim();
  return slice.length <= 120 ? slice : `${slice.slice(0, 119)}…`;
}
