/** Reads GitHub Actions workflow files (.github/workflows/*.yml) and parses them with the yaml package. */
import { parse } from "yaml";
import type { SourceFile, Skipped, WorkflowFile } from "../model.js";

export function isWorkflowPath(relativePath: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(relativePath);
}

export function readWorkflows(files: readonly SourceFile[]): { workflows: WorkflowFile[]; skipped: Skipped[] } {
  const workflows: WorkflowFile[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    if (!isWorkflowPath(file.path)) continue;
    try {
      workflows.push({ path: file.path, text: file.text, doc: parse(file.text) as unknown });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      skipped.push({ check: `workflow ${file.path}`, reason: `invalid YAML: ${reason}` });
      workflows.push({ path: file.path, text: file.text });
    }
  }
  return { workflows, skipped };
}
