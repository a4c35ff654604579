/** What the code analysis hands the rules: one CodeFacts per scan, in `snapshot.code`. */
import type { Skipped, ToolDescriptor } from "../model.js";
import type { ParsedJs } from "./ast.js";
import type { CodeDrafts } from "./code-drafts.js";
import type { PythonCommand } from "./python-commands.js";
import type { ParsedPython } from "./python-ast.js";
import type { TransportFacts } from "./transport-facts.js";

/** A string literal of the server's code, with where it sits (hardcoded-secret reads these). */
export interface StringLiteral {
  path: string;
  line: number;
  value: string;
}

export interface CodeFacts {
  /** The runtime JS/TS modules as parsed (tests, examples and declaration files left out). */
  js: ParsedJs[];
  python: ParsedPython[];
  /** The MCP surface: tools, prompts and resources the code registers. */
  tools: ToolDescriptor[];
  /** What each code rule's sinks received, per rule. */
  drafts: CodeDrafts;
  transport: TransportFacts;
  /** String literals of 20 characters or more. */
  strings: StringLiteral[];
  /** The processes the Python modules start, with their words where the code fixes them (runtime-fetch-execute). */
  pythonCommands: PythonCommand[];
  /** Modules the analysis could not read, each named. */
  skipped: Skipped[];
}
