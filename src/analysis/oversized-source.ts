/**
 * A JS/TS file too large to analyse whole (a bundle, or code padded to slip past the size limit) read in bounded
 * pieces: one linear scan splits it into top-level statements, which are kept, each at most `statementCap` and all
 * together at most `budget`, those that matter to the code rules first (imports, shell and eval calls, tool
 * registrations), in a sparse copy of the file that keeps every line number. Sink calls in statements too large to
 * keep are listed from the token scan, so they are reported even though their data flow cannot be followed.
 */
import { observeJs, type GuardLanguage } from "./parse-guard.js";

/** A shell or eval call the sparse copy could not keep, with a first argument that is not a string literal. */
export interface UnfollowedSink {
  kind: "shell" | "eval";
  /** The callee as written: `exec`, `execSync`, `eval`, `Function`, `runInNewContext`. */
  call: string;
  line: number;
}

export interface SparseSource {
  /** The kept statements at their own lines; everything else is blank lines. */
  text: string;
  statements: number;
  kept: number;
  unfollowed: UnfollowedSink[];
}

const SHELL_CALLS = new Set(["exec", "execSync"]);
const EVAL_CALLS = new Set(["eval", "Function", "runInThisContext", "runInNewContext", "runInContext", "compileFunction"]);
/** Names that make a statement worth keeping. */
const INTERESTING = new Set([
  ...SHELL_CALLS, ...EVAL_CALLS, "spawn", "spawnSync", "execFile", "execFileSync", "fork", "execa", "execaCommand",
  "require", "import", "registerTool", "registerPrompt", "registerResource", "tool", "prompt", "resource", "setRequestHandler",
  "fetch", "readFile", "readFileSync", "writeFile", "writeFileSync", "createServer", "listen", "query",
]);
/** Statements the analysis needs to know what a name is bound to. */
const BINDING = new Set(["require", "import"]);

interface Statement {
  start: number;
  end: number;
  interesting: boolean;
  binding: boolean;
  sinks: { name: string; start: number; end: number }[];
}

export function sparseSource(text: string, language: Exclude<GuardLanguage, "python">, budget: number, statementCap: number): SparseSource {
  const statements: Statement[] = [];
  let current: Statement = { start: 0, end: text.length, interesting: false, binding: false, sinks: [] };
  observeJs(text, language, {
    topLevelStatementEnd(offset) {
      if (offset <= current.start) return;
      current.end = offset;
      statements.push(current);
      current = { start: offset, end: text.length, interesting: false, binding: false, sinks: [] };
    },
    identifier(start, end, property) {
      if (end - start > 20) return;
      const name = text.slice(start, end);
      if (!INTERESTING.has(name)) return;
      current.interesting = true;
      if (BINDING.has(name)) current.binding = true;
      if (isSinkCall(text, name, start, property)) current.sinks.push({ name, start, end });
    },
  });
  if (current.end > current.start) statements.push(current);
  const counted = statements.filter((s) => !isBlank(text, s.start, s.end));

  // Bindings first (what `exec` is depends on them), then statements with a sink, then the rest of interest, then
  // everything else that fits (the declarations those refer to): only the largest statements are left out.
  const rank = (s: Statement): number => (s.binding ? 0 : s.sinks.length > 0 ? 1 : s.interesting ? 2 : 3);
  const candidates = counted.filter((s) => s.end - s.start <= statementCap).sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept = new Set<Statement>();
  let used = 0;
  for (const statement of candidates) {
    const size = statement.end - statement.start;
    if (used + size > budget) continue;
    kept.add(statement);
    used += size;
  }

  const lineStarts = lineStartsOf(text);
  const unfollowed: UnfollowedSink[] = [];
  const parts: string[] = [];
  for (const statement of statements) {
    if (kept.has(statement)) {
      parts.push(text.slice(statement.start, statement.end));
      continue;
    }
    parts.push(lineBreaks(text, statement.start, statement.end));
    for (const sink of statement.sinks) {
      if (!isCallWithNonLiteral(text, sink.end)) continue;
      unfollowed.push({ kind: SHELL_CALLS.has(sink.name) ? "shell" : "eval", call: sink.name, line: lineOf(lineStarts, sink.start) });
    }
  }
  return { text: parts.join(""), statements: counted.length, kept: kept.size, unfollowed };
}

/** True for a span of only whitespace (what follows the last statement). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/**
 * Only calls that are the sink whatever the surrounding code: a bare `exec(` / `eval(` / `Function(`, `execSync` on
 * anything, and `exec` or vm's runners on an object named for the module (`child_process.exec`, `cp.exec`,
 * `vm.runInNewContext`). `re.exec(s)` is a regular expression's and says nothing.
 */
function isSinkCall(text: string, name: string, start: number, property: boolean): boolean {
  if (!SHELL_CALLS.has(name) && !EVAL_CALLS.has(name)) return false;
  if (!property) return name !== "runInThisContext" && name !== "runInNewContext" && name !== "runInContext" && name !== "compileFunction";
  if (name === "execSync") return true;
  const object = objectBefore(text, start);
  if (SHELL_CALLS.has(name)) return /^(?:child_process|childProcess|cp|child)$/.test(object);
  return object === "vm";
}

/** The identifier before the `.` that precedes `start`, or "". */
function objectBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== ".") return "";
  i--;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  const end = i + 1;
  while (i >= 0 && /[\w$]/.test(text[i]!)) i--;
  return text.slice(i + 1, end);
}

/** The line breaks of a span, so the text after it keeps its line numbers. */
function lineBreaks(text: string, start: number, end: number): string {
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return "\n".repeat(count);
}

/** True when `(` follows the name and its first argument is not a plain string literal. */
function isCallWithNonLiteral(text: string, after: number): boolean {
  let i = after;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] !== "(") return false;
  i++;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const quote = text[i];
  if (quote !== '"' && quote !== "'") return text[i] !== ")";
  for (i++; i < text.length && i < after + 4096; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) break;
    else if (text[i] === "\n") return true;
  }
  i++;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i] !== ")" && text[i] !== ",";
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
