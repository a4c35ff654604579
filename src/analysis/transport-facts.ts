/** The transport facts of a whole tree, read once per scan from its parsed JS/TS (oxc) and Python (ast-grep) modules. */
import type { ParsedJs } from "./ast.js";
import { cliOnlyFunctions } from "./cli-branch-calls.js";
import type { ParsedPython } from "./python-ast.js";
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
  /** The write sits in a function that only runs in a CLI branch returning before the stdio server starts. */
  cliOnly?: boolean;
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

/** Transport facts of the parsed runtime modules (tests and examples already left out). */
export function collectTransportFacts(js: readonly ParsedJs[], python: readonly ParsedPython[]): TransportFacts {
  const files: FileTransportFacts[] = [];
  for (const parsed of js) files.push(jsTransportFacts(parsed));
  for (const parsed of python) files.push(pythonTransportFacts(parsed));
  const stdioProcessPaths = stdioProcessFiles(files);
  // A subcommand (`if (argv[0] === "auth") { await auth(); return; }`) prints instead of running the server.
  const cliOnly = cliOnlyFunctions(js.filter((p) => stdioProcessPaths.has(p.file.path)));
  for (const file of files) {
    for (const write of file.stdoutWrites) if (write.functionName && cliOnly(write.path, write.functionName)) write.cliOnly = true;
  }
  return { files, usesStdio: files.some((f) => f.stdio.length > 0), stdioProcessPaths };
}

/** A file that serves MCP over HTTP: it builds an MCP HTTP transport, or an HTTP server whose scope speaks MCP or JSON-RPC. */
export function servesMcpOverHttp(file: FileTransportFacts): boolean {
  return file.httpTransports.length > 0 || file.mcpHttpServers.length > 0;
}
