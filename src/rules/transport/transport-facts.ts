/** The transport facts of a whole tree, read once per snapshot from its JS/TS (oxc) and Python (ast-grep) files, shared by the transport rules. */
import { runtimeSourceFiles } from "../../facts/js-ast.js";
import { runtimePythonFiles } from "../../facts/python-ast.js";
import type { Snapshot, SourceFile } from "../../model.js";
import { jsTransportFacts } from "./js-transport-sites.js";
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
  /** `console.log = ...`: the file sends console.log somewhere other than stdout. */
  consoleRedirected: boolean;
  stdio: CodeSite[];
  stdoutWrites: (CodeSite & { consoleMethod: boolean })[];
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
}

const memo = new WeakMap<readonly SourceFile[], TransportFacts>();

/** Transport facts of the snapshot's runtime sources (tests and examples left out), computed once per file list. */
export function transportFacts(snapshot: Snapshot): TransportFacts {
  const cached = memo.get(snapshot.files);
  if (cached) return cached;
  const files: FileTransportFacts[] = [];
  for (const file of runtimeSourceFiles(snapshot.files)) files.push(jsTransportFacts(file));
  for (const file of runtimePythonFiles(snapshot.files)) files.push(pythonTransportFacts(file));
  const facts: TransportFacts = { files, usesStdio: files.some((f) => f.stdio.length > 0) };
  memo.set(snapshot.files, facts);
  return facts;
}

/** A file that serves MCP over HTTP: it builds an MCP HTTP transport, or an HTTP server in a file that speaks MCP or JSON-RPC. */
export function servesMcpOverHttp(file: FileTransportFacts): boolean {
  if (file.httpTransports.length > 0) return true;
  return file.servesHttp && (file.importsSdk || file.speaksJsonRpc || file.mcpRoute);
}
