/** The code analysis: parses the runtime modules of a tree once and reads everything the code and transport rules judge. */
import type { SourceFile } from "../model.js";
import { type AstNode, type ParsedJs, isJsSourcePath, isTestOrExamplePath, parseJs, walk } from "./ast.js";
import { emptyDrafts, SINK_RULES } from "./code-drafts.js";
import type { CodeFacts, StringLiteral } from "./code-facts.js";
import { jsCodeDrafts } from "./js-sinks.js";
import { collectToolSurface } from "./mcp-surface.js";
import { type ParsedPython, parsePython, pyLine, pyStringValue, runtimePythonFiles } from "./python-ast.js";
import { pythonCodeDrafts } from "./python-sinks.js";
import { pythonCommands } from "./python-commands.js";
import { collectTransportFacts } from "./transport-facts.js";

export type { CodeFacts, StringLiteral } from "./code-facts.js";

const MIN_STRING = 20;

/** Runs the analysis over a tree's files; only JS/TS and Python files that run with the server are read. */
export function analyzeCode(files: readonly SourceFile[]): CodeFacts {
  const js: ParsedJs[] = files.filter((f) => isJsSourcePath(f.path) && !isTestOrExamplePath(f.path)).map(parseJs);
  const python: ParsedPython[] = runtimePythonFiles(files).map(parsePython);
  const drafts = emptyDrafts();
  for (const parsed of js) {
    const found = jsCodeDrafts(parsed);
    for (const rule of SINK_RULES) drafts[rule].push(...found[rule]);
  }
  for (const parsed of python) {
    const found = pythonCodeDrafts(parsed);
    for (const rule of SINK_RULES) drafts[rule].push(...found[rule]);
  }
  return {
    js,
    python,
    tools: collectToolSurface(js, python),
    drafts,
    transport: collectTransportFacts(js, python),
    strings: [...js.flatMap(jsStrings), ...python.flatMap(pythonStrings)],
    pythonCommands: python.flatMap(pythonCommands),
    skipped: [],
  };
}

function jsStrings(parsed: ParsedJs): StringLiteral[] {
  const out: StringLiteral[] = [];
  walk(parsed.program, (node: AstNode) => {
    let value: string | undefined;
    if (node.type === "Literal" && typeof node.value === "string") value = node.value;
    else if (node.type === "TemplateElement") value = (node.value as { cooked?: string | null }).cooked ?? undefined;
    if (value !== undefined && value.length >= MIN_STRING) out.push({ path: parsed.file.path, line: parsed.lineOf(node.start), value });
  });
  return out;
}

function pythonStrings(parsed: ParsedPython): StringLiteral[] {
  const out: StringLiteral[] = [];
  for (const node of parsed.root.findAll({ rule: { kind: "string" } })) {
    const value = pyStringValue(node) ?? node.text();
    if (value.length >= MIN_STRING) out.push({ path: parsed.file.path, line: pyLine(node), value });
  }
  return out;
}
