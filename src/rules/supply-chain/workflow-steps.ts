/** Reads a GitHub Actions workflow into its triggers, jobs and steps, keeping the line of every value rules point at. */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from "yaml";
import type { WorkflowFile } from "../../model.js";

/** A string value of the workflow and where it sits. */
export interface ValueAt {
  value: string;
  /** 1-based line where the value starts (for a block scalar, the line of its `|` or `>`). */
  line: number;
  /** Offsets of the value's source text. */
  start: number;
  end: number;
}

export interface WorkflowStep {
  index: number;
  /** 1-based line of the step's first key. */
  line: number;
  name?: string;
  uses?: ValueAt;
  run?: ValueAt;
  with: Record<string, ValueAt>;
}

export interface WorkflowJob {
  id: string;
  line: number;
  /** A reusable-workflow call (`jobs.<id>.uses`). */
  uses?: ValueAt;
  steps: WorkflowStep[];
}

export interface ParsedWorkflow {
  path: string;
  text: string;
  /** Event names under `on:`. */
  triggers: Set<string>;
  jobs: WorkflowJob[];
  lineOf(offset: number): number;
}

const cache = new WeakMap<WorkflowFile, { text: string; parsed: ParsedWorkflow | undefined }>();

/** The workflow's structure with lines; undefined when the file did not parse (the scan already lists it as skipped). */
export function parseWorkflow(file: WorkflowFile): ParsedWorkflow | undefined {
  const cached = cache.get(file);
  if (cached && cached.text === file.text) return cached.parsed;
  const parsed = file.doc === undefined ? undefined : read(file);
  cache.set(file, { text: file.text, parsed });
  return parsed;
}

function read(file: WorkflowFile): ParsedWorkflow | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const valueAt = (node: unknown): ValueAt | undefined => {
    if (!isScalar(node) || !node.range) return undefined;
    const value = node.value;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return undefined;
    return { value: String(value), line: lineOf(node.range[0]), start: node.range[0], end: node.range[1] };
  };
  const lineOfNode = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] | null } | null)?.range;
    return range ? lineOf(range[0]) : 1;
  };

  const root = doc.contents;
  const jobs: WorkflowJob[] = [];
  const jobsNode = root.get("jobs", true);
  if (isMap(jobsNode)) {
    for (const pair of jobsNode.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : "";
      const job = pair.value;
      if (!isMap(job)) continue;
      const steps: WorkflowStep[] = [];
      const stepsNode = job.get("steps", true);
      if (isSeq(stepsNode)) {
        stepsNode.items.forEach((item, index) => {
          if (!isMap(item)) return;
          const withNode = item.get("with", true);
          const withValues: Record<string, ValueAt> = {};
          if (isMap(withNode)) {
            for (const w of withNode.items) {
              const key = isScalar(w.key) ? String(w.key.value) : undefined;
              const at = valueAt(w.value);
              if (key !== undefined && at) withValues[key] = at;
            }
          }
          const step: WorkflowStep = { index, line: lineOfNode(item), with: withValues };
          const name = valueAt(item.get("name", true));
          const uses = valueAt(item.get("uses", true));
          const run = valueAt(item.get("run", true));
          if (name) step.name = name.value;
          if (uses) step.uses = uses;
          if (run) step.run = run;
          steps.push(step);
        });
      }
      const entry: WorkflowJob = { id, line: lineOfNode(pair.key), steps };
      const uses = valueAt(job.get("uses", true));
      if (uses) entry.uses = uses;
      jobs.push(entry);
    }
  }
  return { path: file.path, text: file.text, triggers: triggersOf(root), jobs, lineOf };
}

function triggersOf(root: YAMLMap): Set<string> {
  const on = root.get("on", true) as Node | undefined;
  const names = new Set<string>();
  if (isScalar(on)) {
    names.add(String(on.value));
  } else if (isSeq(on)) {
    for (const item of on.items) if (isScalar(item)) names.add(String(item.value));
  } else if (isMap(on)) {
    for (const pair of on.items) if (isScalar(pair.key)) names.add(String(pair.key.value));
  }
  return names;
}

/** Every `${{ … }}` expression in a value, with the line it sits on in the file. */
export function expressionsIn(workflow: ParsedWorkflow, at: ValueAt): Array<{ text: string; inner: string; line: number }> {
  const raw = workflow.text.slice(at.start, at.end);
  const out: Array<{ text: string; inner: string; line: number }> = [];
  for (const match of at.value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    // Block scalars keep an expression's text verbatim, so it can be found in the source to get its own line.
    const offset = raw.indexOf(match[0]);
    out.push({ text: match[0], inner: match[1]!.trim(), line: offset >= 0 ? workflow.lineOf(at.start + offset) : at.line });
  }
  return out;
}

/** `owner/repo[/path]@ref` split into its parts; undefined for local (`./`) and docker actions. */
export function parseActionRef(uses: string): { action: string; owner: string; ref?: string } | undefined {
  const value = uses.trim();
  if (value.startsWith("./") || value.startsWith("../") || value.startsWith("docker://")) return undefined;
  const at = value.lastIndexOf("@");
  const action = at < 0 ? value : value.slice(0, at);
  const ref = at < 0 ? undefined : value.slice(at + 1);
  const owner = action.split("/")[0]!.toLowerCase();
  return ref === undefined ? { action, owner } : { action, owner, ref };
}
