/** The transport facts of a whole tree, read once per snapshot from its JS/TS (oxc) and Python (ast-grep) files, shared by the transport rules. */
import { runtimeSourceFiles } from "../../facts/js-ast.js";
import { runtimePythonFiles } from "../../facts/python-ast.js";
import type { Snapshot, SourceFile } from "../../model.js";
import { jsTransportFacts } from "./js-transport-sites.js";
import { stdioProcessFiles } from "./module-graph.js";
import { pythonTransportFacts } from "./python-transport-sites.js";

export interface CodeSite {
  path: string;
  line: number;
  evidence: string;
}

/** What a listen call binds by default: every interface, a local one, the default (omitted), or not knowable from the code. */
export type HostBinding = "all" | "local" | "omitted" | "unknown";

export interface ListenSite extends CodeSite {
  host: HostBinding;
}

export interface StdoutWrite extends CodeSite {
  consoleMethod: boolean;
  /** The innermost code around the write that builds an HTTP server or transport builds no stdio one: it runs in HTTP mode only. */
  httpModeOnly: boolean;
  /** A `process.exit()` follows in the same statement list: CLI output (help, version) printed before the process ends. */
  beforeExit: boolean;
  /** The top-level named function whose own body holds the write (not a nested callback), to follow who calls it. */
  functionName?: string;
}

export interface FileTransportFacts {
  path: string;
  language: "js" | "python";
  importsSdk: boolean;
  /** A "jsonrpc" literal or key: the file speaks or proxies JSON-RPC itself. */
  speaksJsonRpc: boolean;
  /** An express-style route on /mcp, /sse or /messages. */
  mcpRoute: boolean;
  /** The file builds an HTTP server: express(), http.createServer, createMcpExpressApp, or a FastMCP HTTP app. */
  servesHttp: boolean;
  /** HTTP servers whose own scope (enclosing function, or the module) shows MCP: a JSON-RPC literal, an MCP route or transport. */
  mcpHttpServers: CodeSite[];
  /** Relative module specifiers the file loads (import, export-from, require, import()), to follow the stdio process's modules. */
  relativeImports: string[];
  /** `console.log = ...`: the file sends console.log somewhere other than stdout. */
  consoleRedirected: boolean;
  stdio: CodeSite[];
  stdoutWrites: StdoutWrite[];
  httpTransports: (CodeSite & { kind: "streamable-http" | "sse"; validated: boolean })[];
  httpServers: CodeSite[];
  sseTransports: CodeSite[];
  listens: ListenSite[];
  /** Evidence the server checks Origin/Host: SDK options or middleware, or a header compared in the code. */
  originValidation: CodeSite[];
  /** Explicitly switched-off protection (`enable_dns_rebinding_protection=False`). */
  originValidationDisabled: CodeSite[];
  weakSessionIds: (CodeSite & { weakness: string })[];
}

export interface TransportFacts {
  files: FileTransportFacts[];
  /** The server talks stdio (an SDK stdio transport, or FastMCP's default run()). */
  usesStdio: boolean;
  /** Paths of the JS files loaded by a process that starts a stdio transport (see stdioProcessFiles). */
  stdioProcessPaths: ReadonlySet<string>;
}

const memo = new WeakMap<readonly SourceFile[], TransportFacts>();

/** Transport facts of the snapshot's runtime sources (tests and examples left out), computed once per file list. */
export function transportFacts(snapshot: Snapshot): TransportFacts {
  const cached = memo.get(snapshot.files);
  if (cached) return cached;
  const files: FileTransportFacts[] = [];
  for (const file of runtimeSourceFiles(snapshot.files)) files.push(jsTransportFacts(file));
  for (const file of runtimePythonFiles(snapshot.files)) files.push(pythonTransportFacts(file));
  const facts: TransportFacts = { files, usesStdio: files.some((f) => f.stdio.length > 0), stdioProcessPaths: stdioProcessFiles(files) };
  memo.set(snapshot.files, facts);
  return facts;
}

/** A file that serves MCP over HTTP: it builds an MCP HTTP transport, or an HTTP server whose scope speaks MCP or JSON-RPC. */
export function servesMcpOverHttp(file: FileTransportFacts): boolean {
  return file.httpTransports.length > 0 || file.mcpHttpServers.length > 0;
}
