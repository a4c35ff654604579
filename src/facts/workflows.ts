/** Reads GitHub Actions workflow files (.github/workflows/*.yml) and parses them with the yaml package. */
import { parseDocument } from "yaml";
import { dataNestingTooDeep } from "../analysis/data-nesting.js";
import type { SourceFile, Skipped, WorkflowFile } from "../model.js";

export function isWorkflowPath(relativePath: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(relativePath);
}

export function readWorkflows(files: readonly SourceFile[]): { workflows: WorkflowFile[]; skipped: Skipped[] } {
  const workflows: WorkflowFile[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    if (!isWorkflowPath(file.path)) continue;
    const read = parseWorkflowYaml(file.text);
    if ("doc" in read) {
      workflows.push({ path: file.path, text: file.text, doc: read.doc });
    } else {
      skipped.push({ check: `workflow ${file.path}`, reason: read.reason, dimension: "supply-chain" });
      workflows.push({ path: file.path, text: file.text });
    }
  }
  return { workflows, skipped };
}

/**
 * A workflow as plain data, or why it could not be read: invalid YAML, brackets nested past the data bound, or
 * aliases that expand past yaml's limit (a "billion laughs" bomb). Never throws.
 */
function parseWorkflowYaml(text: string): { doc: unknown } | { reason: string } {
  const tooDeep = dataNestingTooDeep(text, "yaml");
  if (tooDeep) return { reason: `nests too deep to read (more than 1000 levels of brackets by line ${tooDeep.line})` };
  try {
    const document = parseDocument(text);
    const error = document.errors[0];
    if (error) return { reason: `invalid YAML: ${error.message.split("\n")[0]}` };
    return { doc: document.toJS({ maxAliasCount: 100 }) as unknown };
  } catch (error) {
    return { reason: `invalid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
}
