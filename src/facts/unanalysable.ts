/** The JS/TS and Python files of a tree the parsers refuse because they nest past the bound of analysis/parse-guard.ts. */
import { nestingOf, unanalysableReason } from "../analysis/parse-guard.js";
import type { SourceFile, UnanalysedFile } from "../model.js";
import { isJsSourcePath, isTestOrExamplePath } from "../analysis/ast.js";

export function findUnanalysable(files: readonly SourceFile[]): UnanalysedFile[] {
  const out: UnanalysedFile[] = [];
  for (const file of files) {
    if (!isJsSourcePath(file.path) && !file.path.endsWith(".py")) continue;
    const tooDeep = nestingOf(file);
    if (tooDeep) out.push({ path: file.path, reason: "too-deep", detail: unanalysableReason(tooDeep), line: tooDeep.line, runtime: !isTestOrExamplePath(file.path) });
  }
  return out;
}
