/** Reads one Python file's transport facts with ast-grep: FastMCP run() transports, HTTP apps, hosts, prints to stdout and transport security settings. */
import { type ParsedPython, pyArguments, pyLine, pyStringValue, type SgNode } from "./python-ast.js";
import { snippet } from "./ast.js";
import { emptyFacts, isAllInterfaces } from "./js-transport-sites.js";
import type { CodeSite, FileTransportFacts } from "./transport-facts.js";

const MCP_MODULE = /^(?:mcp|fastmcp)(?:\.|$)/;
/** Objects whose run() is an event loop or an ASGI server, not FastMCP's. */
const NON_MCP_RUNNERS = new Set(["asyncio", "anyio", "trio", "uvicorn", "app", "loop"]);
const HTTP_TRANSPORT_NAMES = new Set(["sse", "streamable-http", "streamable_http", "http"]);

export function pythonTransportFacts(parsed: ParsedPython): FileTransportFacts {
  const { root, file } = parsed;
  const facts = emptyFacts(file.path, "python");
  const site = (node: SgNode): CodeSite => ({ path: file.path, line: pyLine(node), evidence: snippet(node.text()) });
  facts.importsSdk = root
    .findAll({ rule: { any: [{ kind: "import_statement" }, { kind: "import_from_statement" }] } })
    .some((n) => n.children().some((c) => (c.kind() === "dotted_name" || c.kind() === "aliased_import") && MCP_MODULE.test(c.text())) || MCP_MODULE.test(n.field("module_name")?.text() ?? ""));
  if (!facts.importsSdk) {
    // print() only pollutes a stdio server; without the SDK imported here the file is not one.
    collectPrints(root, facts, site);
    return facts;
  }

  let hostAllInterfaces: CodeSite | undefined;
  let securitySettings = false;
  for (const call of root.findAll({ rule: { kind: "call" } })) {
    const fn = call.field("function");
    if (!fn) continue;
    const name = fn.text();
    const last = name.slice(name.lastIndexOf(".") + 1);
    const object = fn.kind() === "attribute" ? fn.field("object")?.text() : undefined;
    const { positional, keywords: kwargs } = pyArguments(call);
    const host = pyStringValue(kwargs.get("host"));
    if (host !== undefined) {
      const listen = { ...site(call), host: isAllInterfaces(host) ? ("all" as const) : ("local" as const) };
      facts.listens.push(listen);
      if (listen.host === "all") hostAllInterfaces ??= listen;
    }
    if (last === "run" && object !== undefined && !NON_MCP_RUNNERS.has(object)) {
      const transport = pyStringValue(kwargs.get("transport") ?? positional[0]);
      if (transport === undefined && (kwargs.has("transport") || positional.length > 0)) continue;
      if (transport === undefined || transport === "stdio") facts.stdio.push(site(call));
      else if (HTTP_TRANSPORT_NAMES.has(transport)) addHttpTransport(facts, site(call), transport === "sse" ? "sse" : "streamable-http");
    } else if (last === "run_stdio_async" || last === "stdio_server") {
      facts.stdio.push(site(call));
    } else if (last === "run_sse_async" || last === "sse_app" || last === "SseServerTransport") {
      addHttpTransport(facts, site(call), "sse");
    } else if (last === "run_streamable_http_async" || last === "streamable_http_app" || last === "http_app" || last === "StreamableHTTPSessionManager") {
      addHttpTransport(facts, site(call), "streamable-http");
    } else if (last === "TransportSecuritySettings") {
      const enabled = kwargs.get("enable_dns_rebinding_protection")?.text();
      if (enabled === "False") facts.originValidationDisabled.push(site(call));
      else {
        securitySettings = true;
        facts.originValidation.push(site(call));
      }
    }
  }
  collectPrints(root, facts, site);
  // mcp ≥ 1.23 turns DNS-rebinding protection on for a localhost host by itself; an all-interfaces host or an explicit False turns it off.
  const unprotected = facts.originValidationDisabled.length > 0 || (hostAllInterfaces !== undefined && !securitySettings);
  for (const transport of facts.httpTransports) transport.validated = !unprotected;
  facts.servesHttp = facts.httpTransports.length > 0;
  return facts;
}

function addHttpTransport(facts: FileTransportFacts, at: CodeSite, kind: "sse" | "streamable-http"): void {
  facts.httpTransports.push({ ...at, kind, validated: true });
  if (kind === "sse") facts.sseTransports.push(at);
}

/** `print(...)` without `file=`, and `sys.stdout.write(...)`: both go to stdout. */
function collectPrints(root: SgNode, facts: FileTransportFacts, site: (node: SgNode) => CodeSite): void {
  for (const call of root.findAll({ rule: { kind: "call" } })) {
    const name = call.field("function")?.text();
    if (name === "print" && !pyArguments(call).keywords.has("file")) facts.stdoutWrites.push({ ...site(call), consoleMethod: false, httpModeOnly: false, beforeExit: false });
    else if (name === "sys.stdout.write") facts.stdoutWrites.push({ ...site(call), consoleMethod: false, httpModeOnly: false, beforeExit: false });
  }
}
