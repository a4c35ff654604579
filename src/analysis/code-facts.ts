/** What the code analysis hands the rules: one CodeFacts per scan, in `snapshot.code`. Rules read these and word findings. */
import type { Location, Skipped, ToolDescriptor } from "../model.js";
import type { PythonCommand } from "./python-commands.js";
import type { TransportFacts } from "./transport-facts.js";

/**
 * Where a value came from. `unresolved` is a value the analysis could not follow to its source: a parameter nothing in
 * the package is seen passing, a callback a library calls. Literals, config constants and runtime values (pid, os
 * values, paths of the package itself) carry no trace at all: a sink input without traces is fixed by the code.
 */
export type Origin =
  | "tool-argument"
  | "http-request"
  | "network-response"
  | "process-argv"
  | "env"
  | "file-content"
  | "unresolved";

/** One step of a value's way from its source to a sink, with where it happens. */
export interface FlowStep {
  path: string;
  line: number;
  /** What happens here, in words: "tool argument `cmd` of tool \"run\"", "passed to a helper", "reaches child_process.exec". */
  what: string;
}

/**
 * What a value went through on its way, judged by behaviour: a containment check that holds, an allow-list of hosts, an
 * encoding. `holds: false` marks a check that can be bypassed (a prefix test without separator or normalisation).
 */
export interface Check {
  kind: CheckKind;
  holds: boolean;
  detail: string;
  at?: FlowStep;
}

export type CheckKind =
  | "path-contained"
  /** Partial path checks: no `..` segment; not absolute; a component joined under a base (path.join). Together they contain. */
  | "no-dot-dot"
  | "no-separator"
  | "relative-path"
  | "joined-component"
  | "url-host-allowed"
  | "url-scheme-allowed"
  | "value-allowed"
  | "schema-constrained"
  | "numeric"
  | "uri-encoded"
  | "shell-quoted"
  | "json-encoded"
  | "basename"
  | "url-sanitised";

export interface Trace {
  origin: Origin;
  /** The source in words: `argument "cmd" of tool "run"`, `process.env.HOST`, `the response of fetch()`. */
  source: string;
  /** For a tool argument or request data: the property path read from it (`["options", "cwd"]`). */
  field?: string[];
  /** The tool whose argument it is, when known. */
  tool?: string;
  /** Source first, sink last. */
  steps: FlowStep[];
  checks: Check[];
  /** The source sits in vendored code (a bundled dependency, generated glue), not the server's own. */
  vendored?: boolean;
}

/** A piece of a text input: literal text the code fixes, or a hole filled at run time with what the traces say. */
export type TextPart = { text: string } | { hole: Trace[] };

export type SinkKind = "shell" | "argv" | "code" | "module-load" | "opener" | "file" | "url" | "sql";

export interface SinkInput {
  /** What this argument is to the sink: the command, the program, the arguments, a path, a URL, SQL text, code. */
  role: "command" | "program" | "arguments" | "path" | "url" | "sql" | "code" | "module" | "target" | "data";
  traces: Trace[];
  /** The input as text with holes, when it is built from a template, a concatenation or a constant. */
  parts?: TextPart[];
  /** When the input is one of several texts (`host ? \`https://${host}${p}\` : \`${base}${p}\``): the parts of each. */
  alternatives?: TextPart[][];
  /** Every text the input can hold, when the code fixes each (`isWindows ? "npx.cmd" : "npx"`). */
  texts?: string[];
  /** Literal element texts when the input is an array (argv), undefined elements for holes. */
  words?: (string | undefined)[];
}

export interface SinkHit {
  /** Catalogue id: `child_process.exec`, `fetch`, `fs.readFile`, `sql.query`. */
  sink: string;
  kind: SinkKind;
  /** How a message names the call: `child_process.exec`, `the open package`, `fetch`. */
  api: string;
  language: "js" | "python";
  location: Location;
  /** The call as written, short. */
  evidence: string;
  inputs: SinkInput[];
  /** The tool, route or exported function the sink sits in: `tool:run`, `route:POST /mcp`, `export:runGit`. */
  anchor?: string;
  /** Why the sink's code is not the server's own: the vendored package or generator. */
  vendored?: string;
  /** Options the call was given that change what it does (`shell: true`). */
  shell?: boolean;
  /** The call writes `data` from these traces to the file at `path` (fs.writeFile): for loads of downloaded files. */
  writes?: { pathKey: string; traces: Trace[] };
  /** For module-load sinks: a key of the path, to match a file written earlier. */
  pathKey?: string;
}

/** A setting in code that turns a protection off: TLS verification. */
export interface SettingHit {
  setting: "tls-verification-off";
  language: "js" | "python";
  location: Location;
  evidence: string;
  detail: string;
  vendored?: string;
}

/** An HTTP route of a recognised framework and the function that handles it. */
export interface HttpEntry {
  framework: "express" | "hono" | "fastify" | "koa" | "node:http" | "mcp-sdk" | "python";
  method: string;
  route: string;
  location: Location;
  /** The route hands the request to an MCP transport. */
  servesMcp: boolean;
}

/** A string literal of the server's code, with where it sits (hardcoded-secret reads these). */
export interface StringLiteral {
  path: string;
  line: number;
  value: string;
}

export interface AnalysedModule {
  path: string;
  language: "js" | "python";
  /** Set when the whole module is vendored or generated code: the reason. */
  vendored?: string;
}

export interface CodeFacts {
  /** The runtime modules that were analysed (tests, examples and declaration files left out). */
  modules: AnalysedModule[];
  /** The MCP surface: tools, prompts and resources the code defines. */
  tools: ToolDescriptor[];
  http: HttpEntry[];
  /** Every call of the sink catalogue, with where its inputs come from. */
  sinks: SinkHit[];
  settings: SettingHit[];
  transport: TransportFacts;
  /** String literals of 20 characters or more. */
  strings: StringLiteral[];
  /** The processes the Python modules start, with the command's words where the code fixes them (runtime-fetch-execute). */
  pythonCommands: PythonCommand[];
  /** Modules the analysis could not read, each named. */
  skipped: Skipped[];
}
