/** Parses Python source with @ast-grep/napi's tree-sitter Python grammar: the code analysis' view of a Python module. */
import { parse, registerDynamicLanguage, type SgNode } from "@ast-grep/napi";
import python from "@ast-grep/lang-python";
import { nestingOf } from "./parse-guard.js";
import type { SourceFile } from "../model.js";
import { isTestOrExamplePath } from "./ast.js";

export type { SgNode };

let registered = false;

function ensurePython(): void {
  if (registered) return;
  registerDynamicLanguage({ python });
  registered = true;
}

export interface ParsedPython {
  file: SourceFile;
  root: SgNode;
}

/** Parses one file; tree-sitter recovers from syntax errors, so this never throws on bad input. */
export function parsePython(file: SourceFile): ParsedPython {
  ensurePython();
  // Past the nesting bound (parse-guard.ts) the walkers over the tree would overflow the stack: parse nothing.
  return { file, root: parse("python", nestingOf(file) ? "" : file.text).root() };
}

/** The Python files that run as part of the server: `.py` outside tests and examples. */
export function runtimePythonFiles(files: readonly SourceFile[]): SourceFile[] {
  return files.filter((f) => f.path.endsWith(".py") && !isTestOrExamplePath(f.path) && !/(?:^|\/)test_[^/]*\.py$|_test\.py$|(?:^|\/)conftest\.py$/.test(f.path));
}

/** 1-based line of a node. */
export function pyLine(node: SgNode): number {
  return node.range().start.line + 1;
}

/** The named children of a node. */
export function namedChildren(node: SgNode): SgNode[] {
  return node.children().filter((c) => c.isNamed());
}

/** The value of a plain (non-f) string literal, or undefined; adjacent literals ("a" "b") are joined. */
export function pyStringValue(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind() === "concatenated_string") {
    const parts = namedChildren(node).map((c) => pyStringValue(c));
    return parts.every((p) => p !== undefined) ? parts.join("") : undefined;
  }
  if (node.kind() !== "string") return undefined;
  const children = namedChildren(node);
  if (children.some((c) => c.kind() === "interpolation")) return undefined;
  return children
    .filter((c) => c.kind() === "string_content" || c.kind() === "escape_sequence")
    .map((c) => (c.kind() === "escape_sequence" ? unescape(c.text()) : c.text()))
    .join("");
}

function unescape(sequence: string): string {
  const simple: Record<string, string> = { "\\n": "\n", "\\t": "\t", "\\\\": "\\", "\\'": "'", '\\"': '"' };
  if (simple[sequence] !== undefined) return simple[sequence]!;
  const hex = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))$/.exec(sequence);
  const code = hex ? parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16) : undefined;
  return code !== undefined ? String.fromCodePoint(code) : sequence;
}

/** The dotted name of an identifier or attribute chain (`subprocess.run`), else undefined. */
export function pyDottedName(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind() === "identifier") return node.text();
  if (node.kind() === "attribute") {
    const object = pyDottedName(node.field("object"));
    const attribute = node.field("attribute")?.text();
    return object !== undefined && attribute !== undefined ? `${object}.${attribute}` : undefined;
  }
  return undefined;
}

/** A call's positional arguments and keyword arguments by name. */
export function pyArguments(call: SgNode): { positional: SgNode[]; keywords: Map<string, SgNode> } {
  const positional: SgNode[] = [];
  const keywords = new Map<string, SgNode>();
  const list = call.field("arguments");
  if (!list) return { positional, keywords };
  for (const arg of namedChildren(list)) {
    if (arg.kind() === "keyword_argument") {
      const name = arg.field("name")?.text();
      const value = arg.field("value");
      if (name && value) keywords.set(name, value);
    } else if (arg.kind() !== "comment") {
      positional.push(arg);
    }
  }
  return { positional, keywords };
}
