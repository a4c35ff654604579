/** The code analysis: parses the runtime modules of a tree once and reads everything the code and transport rules judge. */
import type { SourceFile } from "../model.js";
import { type ParsedJs, isJsSourcePath, isTestOrExamplePath, parseJs } from "./ast.js";
import type { AnalysedModule, CodeFacts } from "./code-facts.js";
import { analyzeJs } from "./js/analyze.js";
import { type ParsedPython, parsePython, runtimePythonFiles } from "./python-ast.js";
import { pythonCommands } from "./python-commands.js";
import { analyzePython } from "./python/analyze.js";
import { collectTransportFacts } from "./transport-facts.js";

export type * from "./code-facts.js";

/** Runs the analysis over a tree's files; only JS/TS and Python files that run with the server are read. */
export function analyzeCode(files: readonly SourceFile[]): CodeFacts {
  const skipped: CodeFacts["skipped"] = [];
  const js: ParsedJs[] = [];
  for (const file of files) {
    if (!isJsSourcePath(file.path) || isTestOrExamplePath(file.path)) continue;
    const parsed = guarded(file, skipped, () => parseJs(file));
    // Too deep to parse: facts/unanalysable.ts names it (skipped, and code/unanalysable-code).
    if (!parsed || parsed.tooDeep) continue;
    if ((parsed.program.body as unknown[]).length === 0 && parsed.errors.length > 0) {
      skipped.push({ check: `code: ${file.path}`, reason: `the module does not parse (${parsed.errors[0]}), so its code was not analysed` });
      continue;
    }
    js.push(parsed);
  }
  const python: ParsedPython[] = [];
  for (const file of runtimePythonFiles(files)) {
    const parsed = guarded(file, skipped, () => parsePython(file));
    if (parsed) python.push(parsed);
  }
  const jsResult = analyzeJs(js, undefined, (parsed) => skipped.push({ check: `code: ${parsed.file.path}`, reason: "nesting too deep to analyse" }));
  const pyResult = analyzePython(python);
  const modules: AnalysedModule[] = [
    ...jsResult.modules.map((m): AnalysedModule => {
      const vendored = jsResult.vendored.at(m, 0);
      return { path: m.path, language: "js", ...(vendored && jsResult.vendored.at(m, m.parsed.file.text.length - 1) === vendored ? { vendored } : {}) };
    }),
    ...python.map((p): AnalysedModule => ({ path: p.file.path, language: "python" })),
  ];
  return {
    modules,
    tools: [...jsResult.tools, ...pyResult.tools],
    http: [...jsResult.http, ...pyResult.http],
    sinks: [...jsResult.sinks, ...pyResult.sinks],
    settings: [...jsResult.settings, ...pyResult.settings],
    transport: collectTransportFacts(js, python),
    strings: [...jsResult.strings, ...pyResult.strings],
    pythonCommands: python.flatMap(pythonCommands),
    skipped,
  };
}

/** A module the parser cannot take (nesting deep enough to exhaust the stack) is skipped, named, never a crash. */
function guarded<T>(file: SourceFile, skipped: CodeFacts["skipped"], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof RangeError ? "nesting too deep to analyse" : `the parser failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
    skipped.push({ check: `code: ${file.path}`, reason });
    return undefined;
  }
}
