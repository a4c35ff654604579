/** Reads one JS/TS file's transport facts from its oxc AST: which MCP transports it builds, its HTTP servers, listens, stdout writes, header checks and session ids. */
import {
  identifierName,
  isFunctionNode,
  isNode,
  literalString,
  memberPropertyName,
  moduleBindings,
  parseJs,
  resolveImported,
  snippet,
  staticPath,
  unwrapExpression,
  walk,
  type AstNode,
  type ModuleBinding,
  type ParsedJs,
} from "../../facts/js-ast.js";
import type { SourceFile } from "../../model.js";
import type { CodeSite, FileTransportFacts, HostBinding, ListenSite } from "./transport-facts.js";

const SDK_MODULE = "@modelcontextprotocol/sdk";
const HTTP_TRANSPORTS = new Set(["StreamableHTTPServerTransport", "WebStandardStreamableHTTPServerTransport", "SSEServerTransport"]);
const STDOUT_CONSOLE_METHODS = new Set(["log", "info", "debug"]);
const SDK_HOST_VALIDATION = new Set(["hostHeaderValidation", "localhostHostValidation"]);
const MCP_ROUTE = /^\/(?:mcp|sse|messages?)(?:\/|$)/;
const COMPARISON_OPERATORS = new Set(["===", "!==", "==", "!="]);
const MEMBERSHIP_METHODS = new Set(["includes", "has", "test", "indexOf", "some", "startsWith", "endsWith", "match"]);

export function jsTransportFacts(file: SourceFile): FileTransportFacts {
  const parsed = parseJs(file);
  const facts: FileTransportFacts = emptyFacts(file.path, "js");
  const program = parsed.program as unknown as AstNode;
  const bindings = moduleBindings(parsed.program);
  facts.importsSdk = [...bindings.values()].some((b) => b.module.startsWith(SDK_MODULE));
  const declarations = variableInits(program);
  const site = (node: AstNode): CodeSite => ({ path: file.path, line: parsed.lineOf(node.start), evidence: snippet(parsed.textOf(node)) });
  const consoleAliases = new Set<string>();
  const stdoutAliases = new Set<string>();
  const headerVariables = new Set<string>();
  const headerReadsInTests: AstNode[] = [];
  let servesHttp = false;
  const listens: { node: AstNode; host: HostBinding }[] = [];

  walk(program, (node, parent, ancestors) => {
    switch (node.type) {
      case "VariableDeclarator":
        collectAliases(node, consoleAliases, stdoutAliases);
        checkSessionAssignment(identifierName(node.id), node.init, node, facts, site);
        if (isHeaderRead(node.init) && node.id && (node.id as AstNode).type === "Identifier") headerVariables.add((node.id as AstNode).name as string);
        break;
      case "AssignmentExpression": {
        const target = staticPath(node.left);
        if (target && /^(?:globalThis\.|global\.)?console\.(?:log|info|debug)$/.test(target)) facts.consoleRedirected = true;
        checkSessionAssignment(staticPath(node.left) ?? identifierName(node.left), node.right, node, facts, site);
        break;
      }
      case "NewExpression": {
        const name = sdkName(node.callee, bindings);
        const args = node.arguments as AstNode[];
        if (name === "StdioServerTransport") facts.stdio.push(site(node));
        if (name && HTTP_TRANSPORTS.has(name)) {
          const options = resolveObject(args[name === "SSEServerTransport" ? 2 : 0], declarations);
          const validated = options !== undefined && propertyIsTrue(options, "enableDnsRebindingProtection") &&
            (hasProperty(options, "allowedHosts") || hasProperty(options, "allowedOrigins"));
          facts.httpTransports.push({ ...site(node), kind: name === "SSEServerTransport" ? "sse" : "streamable-http", validated });
          if (name === "SSEServerTransport") facts.sseTransports.push(site(node));
          if (options) checkSessionGenerator(options, declarations, facts, site);
        }
        break;
      }
      case "CallExpression": {
        const callee = unwrapExpression(node.callee);
        const args = node.arguments as AstNode[];
        const name = sdkName(callee, bindings);
        if (name === "createMcpExpressApp") {
          servesHttp = true;
          facts.httpServers.push(site(node));
          const options = resolveObject(args[0], declarations);
          const host = options ? literalString(propertyValue(options, "host")) : undefined;
          const unprotectedHost = host !== undefined && isAllInterfaces(host) && !(options && hasProperty(options, "allowedHosts"));
          if (!unprotectedHost) facts.originValidation.push(site(node));
        }
        if (name && SDK_HOST_VALIDATION.has(name)) facts.originValidation.push(site(node));
        const imported = resolveImported(callee, bindings);
        if (isHttpServerFactory(imported, callee)) {
          servesHttp = true;
          facts.httpServers.push(site(node));
        }
        if (isStdoutWrite(callee, consoleAliases, stdoutAliases)) facts.stdoutWrites.push({ ...site(node), consoleMethod: consoleMethodOf(callee, consoleAliases) });
        if (callee && memberPropertyName(callee) === "listen") listens.push({ node, host: listenHost(args, declarations) });
        const route = literalString(args[0]);
        if (route !== undefined && MCP_ROUTE.test(route) && /^(?:get|post|all|use|delete)$/.test(memberPropertyName(callee) ?? "")) facts.mcpRoute = true;
        if (isHeaderRead(node) && inTest(node, parent, ancestors)) headerReadsInTests.push(node);
        break;
      }
      case "MemberExpression":
        if (isHeaderRead(node) && inTest(node, parent, ancestors)) headerReadsInTests.push(node);
        break;
      case "Identifier":
        if (headerVariables.has(node.name as string) && inTest(node, parent, ancestors)) headerReadsInTests.push(node);
        break;
      case "Literal":
        if (node.value === "jsonrpc") facts.speaksJsonRpc = true;
        break;
      case "Property":
        if (literalString(node.key) === "jsonrpc" || identifierName(node.key) === "jsonrpc") facts.speaksJsonRpc = true;
        if (!node.computed && isNode(node.value)) checkSessionAssignment(identifierName(node.key), node.value, node, facts, site);
        break;
    }
    return undefined;
  });

  // A header read only counts as validation once the variables holding it are known, so the walk collects them first.
  for (const node of headerReadsInTests) facts.originValidation.push(site(node));
  facts.servesHttp = servesHttp;
  facts.listens = listens.map(({ node, host }): ListenSite => ({ ...site(node), host }));
  return facts;
}

export function emptyFacts(path: string, language: "js" | "python"): FileTransportFacts {
  return {
    path,
    language,
    importsSdk: false,
    speaksJsonRpc: false,
    mcpRoute: false,
    servesHttp: false,
    consoleRedirected: false,
    stdio: [],
    stdoutWrites: [],
    httpTransports: [],
    httpServers: [],
    sseTransports: [],
    listens: [],
    originValidation: [],
    originValidationDisabled: [],
    weakSessionIds: [],
  };
}

/** The SDK export a callee names: through an import binding (aliases included), else the callee's own last name (bundles). */
function sdkName(callee: unknown, bindings: ReadonlyMap<string, ModuleBinding>): string | undefined {
  const imported = resolveImported(callee, bindings);
  if (imported && imported.module.startsWith(SDK_MODULE)) return imported.imported;
  const path = staticPath(callee);
  return path?.slice(path.lastIndexOf(".") + 1);
}

function isHttpServerFactory(imported: ModuleBinding | undefined, callee: AstNode | undefined): boolean {
  if (imported && ["http", "https", "http2"].includes(imported.module) && /^create(?:Secure)?Server$/.test(imported.imported)) return true;
  if (imported && imported.module === "express" && (imported.imported === "default" || imported.imported === "*")) return true;
  // `require("express")()` and `express.default()` in bundles.
  const inner = unwrapExpression(callee);
  return inner?.type === "CallExpression" && identifierName(inner.callee) === "require" && literalString((inner.arguments as AstNode[])[0]) === "express";
}

/** `const log = console.log`, `const { log } = console`, `const out = process.stdout`. */
function collectAliases(declarator: AstNode, consoleAliases: Set<string>, stdoutAliases: Set<string>): void {
  const id = declarator.id as AstNode;
  const init = staticPath(declarator.init);
  if (id.type === "Identifier") {
    const name = id.name as string;
    const method = init?.match(/^(?:globalThis\.|global\.)?console\.(\w+)$/)?.[1];
    if (method && STDOUT_CONSOLE_METHODS.has(method)) consoleAliases.add(name);
    if (init === "process.stdout" || init === "process.stdout.write") stdoutAliases.add(name);
  } else if (id.type === "ObjectPattern" && (init === "console" || init === "globalThis.console")) {
    for (const property of id.properties as AstNode[]) {
      const key = identifierName(property.key);
      const local = identifierName(property.value);
      if (key && local && STDOUT_CONSOLE_METHODS.has(key)) consoleAliases.add(local);
    }
  } else if (id.type === "ObjectPattern" && init === "process") {
    for (const property of id.properties as AstNode[]) {
      const local = identifierName(property.value);
      if (identifierName(property.key) === "stdout" && local) stdoutAliases.add(local);
    }
  }
}

function isStdoutWrite(callee: AstNode | undefined, consoleAliases: ReadonlySet<string>, stdoutAliases: ReadonlySet<string>): boolean {
  const path = staticPath(callee);
  if (!path) return false;
  const bare = path.replace(/^(?:globalThis|global|window)\./, "");
  const [first, second, third] = bare.split(".");
  if (first === "console" && second !== undefined && STDOUT_CONSOLE_METHODS.has(second) && third === undefined) return true;
  if (bare === "process.stdout.write") return true;
  if (first !== undefined && consoleAliases.has(first) && second === undefined) return true;
  return first !== undefined && stdoutAliases.has(first) && (second === "write" || second === undefined);
}

function consoleMethodOf(callee: AstNode | undefined, consoleAliases: ReadonlySet<string>): boolean {
  const path = staticPath(callee) ?? "";
  return /(?:^|\.)console\.\w+$/.test(path) || consoleAliases.has(path);
}

/** `req.headers.origin`, `req.headers["host"]`, `req.get("Origin")`, `req.header("host")`, `headers.get("origin")`. */
function isHeaderRead(node: unknown): boolean {
  const n = unwrapExpression(node);
  if (!n) return false;
  if (n.type === "MemberExpression") {
    const property = memberPropertyName(n)?.toLowerCase();
    return (property === "origin" || property === "host") && memberPropertyName(n.object) === "headers";
  }
  if (n.type === "CallExpression") {
    const method = memberPropertyName(n.callee);
    const header = literalString((n.arguments as AstNode[])[0])?.toLowerCase();
    return (method === "get" || method === "header" || method === "getHeader") && (header === "origin" || header === "host");
  }
  return false;
}

/** True when the node is compared or tested: an if/ternary condition, an equality, or an allow-list look-up. */
function inTest(node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[]): boolean {
  if (!parent) return false;
  if (parent.type === "BinaryExpression" && COMPARISON_OPERATORS.has(parent.operator as string)) return true;
  if (parent.type === "CallExpression" && parent.callee !== node && MEMBERSHIP_METHODS.has(memberPropertyName(parent.callee) ?? "")) return true;
  if (parent.type === "MemberExpression" && parent.object === node) {
    const grand = ancestors[ancestors.length - 2];
    if (grand?.type === "CallExpression" && MEMBERSHIP_METHODS.has(memberPropertyName(grand.callee) ?? "")) return true;
  }
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    const child = ancestors[i + 1] ?? node;
    if ((a.type === "IfStatement" || a.type === "ConditionalExpression") && a.test === child) return true;
    if (a.type === "UnaryExpression" && a.operator === "!") continue;
    if (a.type === "LogicalExpression") continue;
    if (a.type !== "ParenthesizedExpression" && a.type !== "ChainExpression") break;
  }
  return false;
}

/** The host a `.listen(...)` call binds: `listen(port)`, `listen(port, host)`, `listen({ port, host })`. */
function listenHost(args: readonly AstNode[], declarations: ReadonlyMap<string, AstNode>): HostBinding {
  const first = unwrapExpression(args[0]);
  if (first?.type === "ObjectExpression") {
    const host = propertyValue(first, "host");
    return host === undefined ? "omitted" : hostOf(host, declarations);
  }
  const second = unwrapExpression(args[1]);
  if (!second || isFunctionNode(second)) return "omitted";
  if (second.type === "Literal" && typeof second.value === "number") return "omitted";
  return hostOf(second, declarations);
}

/** What a host expression evaluates to by default: an env var with a fallback is judged by its fallback. */
function hostOf(node: unknown, declarations: ReadonlyMap<string, AstNode>, depth = 0): HostBinding {
  const n = unwrapExpression(node);
  if (!n || depth > 4) return "unknown";
  const literal = literalString(n);
  if (literal !== undefined) return isAllInterfaces(literal) ? "all" : "local";
  if (n.type === "Identifier") {
    const init = declarations.get(n.name as string);
    return init ? hostOf(init, declarations, depth + 1) : "unknown";
  }
  if (n.type === "LogicalExpression" && (n.operator === "||" || n.operator === "??")) return hostOf(n.right, declarations, depth + 1);
  return "unknown";
}

export function isAllInterfaces(host: string): boolean {
  return host === "0.0.0.0" || host === "::" || host === "[::]" || host === "";
}

/** `sessionIdGenerator: () => ...` in transport options: weak when it draws on Math.random, the clock or a counter. */
function checkSessionGenerator(
  options: AstNode,
  declarations: ReadonlyMap<string, AstNode>,
  facts: FileTransportFacts,
  site: (node: AstNode) => CodeSite,
): void {
  const value = propertyValue(options, "sessionIdGenerator");
  if (!value) return;
  const body = identifierName(value) ? declarations.get(identifierName(value)!) : value;
  const weakness = body ? weakRandomness(body) : undefined;
  if (weakness && !facts.weakSessionIds.some((s) => s.line === site(value).line)) facts.weakSessionIds.push({ ...site(value), weakness });
}

function checkSessionAssignment(
  name: string | undefined,
  value: unknown,
  node: AstNode,
  facts: FileTransportFacts,
  site: (node: AstNode) => CodeSite,
): void {
  if (!name || !isNode(value)) return;
  const last = name.slice(name.lastIndexOf(".") + 1);
  if (!/^(?:mcp)?session_?id$/i.test(last) && !/SessionId$/.test(last) && last !== "sessionIdGenerator") return;
  const weakness = weakRandomness(value);
  if (weakness && !facts.weakSessionIds.some((s) => s.line === site(node).line)) facts.weakSessionIds.push({ ...site(node), weakness });
}

/** Names the weak source an expression (or function) draws on: Math.random, Date.now, a counter. */
function weakRandomness(root: AstNode): string | undefined {
  let found: string | undefined;
  walk(root, (node) => {
    if (found) return false;
    const path = node.type === "CallExpression" ? staticPath(node.callee) : undefined;
    if (path === "Math.random") found = "Math.random()";
    else if (path === "Date.now" || path === "performance.now") found = `${path}()`;
    else if (node.type === "NewExpression" && identifierName(node.callee) === "Date") found = "new Date()";
    else if (node.type === "UpdateExpression") found = "an incrementing counter";
    else if (node.type === "CallExpression" && /(?:randomUUID|randomBytes|getRandomValues|nanoid|uuid|v4)$/i.test(path ?? "")) return false;
    return undefined;
  });
  return found;
}

/** Initialisers of `const x = ...` and function declarations by name, to follow one step of indirection. */
function variableInits(program: AstNode): Map<string, AstNode> {
  const out = new Map<string, AstNode>();
  walk(program, (node) => {
    if (node.type === "VariableDeclarator" && (node.id as AstNode).type === "Identifier" && isNode(node.init)) out.set((node.id as AstNode).name as string, node.init);
    if (node.type === "FunctionDeclaration" && isNode(node.id)) out.set((node.id as AstNode).name as string, node);
    return undefined;
  });
  return out;
}

function resolveObject(node: unknown, declarations: ReadonlyMap<string, AstNode>): AstNode | undefined {
  let n = unwrapExpression(node);
  if (n?.type === "Identifier") n = unwrapExpression(declarations.get(n.name as string));
  return n?.type === "ObjectExpression" ? n : undefined;
}

function propertyValue(object: AstNode, key: string): AstNode | undefined {
  for (const property of object.properties as AstNode[]) {
    if (property.type !== "Property") continue;
    const name = property.computed ? literalString(property.key) : identifierName(property.key) ?? literalString(property.key);
    if (name === key) return property.value as AstNode;
  }
  return undefined;
}

function hasProperty(object: AstNode, key: string): boolean {
  return propertyValue(object, key) !== undefined;
}

function propertyIsTrue(object: AstNode, key: string): boolean {
  const value = unwrapExpression(propertyValue(object, key));
  // Minifiers write `true` as `!0`.
  return (value?.type === "Literal" && value.value === true) ||
    (value?.type === "UnaryExpression" && value.operator === "!" && (value.argument as AstNode).type === "Literal" && (value.argument as AstNode).value === 0);
}

export type { ParsedJs };
