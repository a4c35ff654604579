/** Reads one JS/TS file's transport facts from its oxc AST: which MCP transports it builds, its HTTP servers, listens, stdout writes, header checks and session ids. */
import {
  identifierName,
  isFunctionNode,
  isNode,
  literalString,
  memberPropertyName,
  moduleBindings,
  requiredModule,
  resolveImported,
  snippet,
  staticPath,
  unwrapExpression,
  walk,
  type AstNode,
  type ModuleBinding,
  type ParsedJs,
} from "./ast.js";
import type { CodeSite, FileTransportFacts, HostBinding, ListenSite } from "./transport-facts.js";

/** The v1 SDK and the v2 split packages (server, node, express, hono ...). */
const SDK_MODULE = /^@modelcontextprotocol\/(?:sdk|server|node|express|hono|fastify)(?:\/|$)/;
/** SDK imports that only a server uses: v1's server/ paths and the v2 server-side packages. */
const SDK_SERVER_MODULE = /^@modelcontextprotocol\/(?:sdk\/server|server|node|express|hono|fastify)(?:\/|$)/;
const HTTP_TRANSPORTS = new Set([
  "StreamableHTTPServerTransport",
  "WebStandardStreamableHTTPServerTransport",
  "NodeStreamableHTTPServerTransport",
  "SSEServerTransport",
]);
const STDOUT_CONSOLE_METHODS = new Set(["log", "info", "debug"]);
/** The SDK's Host/Origin guards: v1's express middleware and v2's middleware and web-standard validators. */
const SDK_HOST_VALIDATION = new Set([
  "hostHeaderValidation",
  "localhostHostValidation",
  "originValidation",
  "localhostOriginValidation",
  "hostHeaderValidationResponse",
  "originValidationResponse",
  "validateHostHeader",
  "validateOriginHeader",
]);
const PROCESS_EXIT = /^(?:globalThis\.)?process\d*\.exit$/;
const MCP_ROUTE = /^\/(?:mcp|sse|messages?)(?:\/|$)/;
const COMPARISON_OPERATORS = new Set(["===", "!==", "==", "!="]);
const MEMBERSHIP_METHODS = new Set(["includes", "has", "test", "indexOf", "some", "startsWith", "endsWith", "match"]);

export function jsTransportFacts(parsed: ParsedJs): FileTransportFacts {
  const file = parsed.file;
  const facts: FileTransportFacts = emptyFacts(file.path, "js");
  const program = parsed.program as unknown as AstNode;
  const bindings = moduleBindings(parsed.program);
  facts.importsSdk = [...bindings.values()].some((b) => SDK_MODULE.test(b.module));
  const importsSdkServer = [...bindings.values()].some((b) => SDK_SERVER_MODULE.test(b.module));
  const declarations = variableInits(program);
  const site = (node: AstNode): CodeSite => ({ path: file.path, line: parsed.lineOf(node.start), evidence: snippet(parsed.textOf(node)) });
  const consoleAliases = new Set<string>();
  const stdoutAliases = new Set<string>();
  const headerVariables = new Set<string>();
  const headerReadsInTests: AstNode[] = [];
  const headersPassedToHelpers: HelperArgument[] = [];
  let servesHttp = false;
  const listens: { node: AstNode; host: HostBinding }[] = [];
  // Offsets of code that builds an MCP HTTP transport or server, of stdio transports, and of MCP evidence (JSON-RPC, routes, transports).
  const httpOffsets: number[] = [];
  const stdioOffsets: number[] = [];
  const mcpEvidenceOffsets: number[] = [];
  const servers: { node: AstNode; scope: AstNode | undefined }[] = [];
  const writes: { node: AstNode; ancestors: AstNode[]; consoleMethod: boolean }[] = [];
  const headerUse = (node: AstNode, ancestors: readonly AstNode[]): void => {
    const use = headerCheck(node, ancestors);
    if (use === true) headerReadsInTests.push(node);
    else if (use) headersPassedToHelpers.push({ ...use, at: node });
  };

  walk(program, (node, parent, ancestors) => {
    switch (node.type) {
      case "VariableDeclarator":
        collectAliases(node, consoleAliases, stdoutAliases);
        checkSessionAssignment(identifierName(node.id), node.init, node, facts, site);
        if (isHeaderRead(node.init) && node.id && (node.id as AstNode).type === "Identifier") headerVariables.add((node.id as AstNode).name as string);
        break;
      case "ImportDeclaration":
      case "ExportAllDeclaration":
      case "ExportNamedDeclaration":
      case "ImportExpression":
        addRelativeImport(facts, literalString(node.source));
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
        if (name === "StdioServerTransport") {
          facts.stdio.push(site(node));
          stdioOffsets.push(node.start);
        }
        if (name && HTTP_TRANSPORTS.has(name)) {
          httpOffsets.push(node.start);
          mcpEvidenceOffsets.push(node.start);
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
        addRelativeImport(facts, requiredModule(node));
        if (name === "serveStdio") {
          facts.stdio.push(site(node));
          stdioOffsets.push(node.start);
        }
        // v2's createMcpHandler serves Streamable HTTP and is validation-free by design: the caller must guard it.
        if (name === "createMcpHandler") {
          facts.httpTransports.push({ ...site(node), kind: "streamable-http", validated: false });
          httpOffsets.push(node.start);
          mcpEvidenceOffsets.push(node.start);
        }
        if (/^handle(?:Request|PostMessage)$/.test(memberPropertyName(callee) ?? "")) mcpEvidenceOffsets.push(node.start);
        if (name === "createMcpExpressApp") {
          servesHttp = true;
          facts.httpServers.push(site(node));
          mcpEvidenceOffsets.push(node.start);
          servers.push({ node, scope: serverScope(node, parent, ancestors) });
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
          servers.push({ node, scope: serverScope(node, parent, ancestors) });
        }
        if (isStdoutWrite(callee, consoleAliases, stdoutAliases)) writes.push({ node, ancestors: [...ancestors], consoleMethod: consoleMethodOf(callee, consoleAliases) });
        if (callee && memberPropertyName(callee) === "listen") listens.push({ node, host: listenHost(args, declarations) });
        const route = literalString(args[0]);
        if (route !== undefined && MCP_ROUTE.test(route) && /^(?:get|post|all|use|delete)$/.test(memberPropertyName(callee) ?? "")) {
          facts.mcpRoute = true;
          mcpEvidenceOffsets.push(node.start);
        }
        if (isHeaderRead(node)) headerUse(node, ancestors);
        break;
      }
      case "MemberExpression":
        if (isHeaderRead(node)) headerUse(node, ancestors);
        break;
      case "Identifier":
        if (headerVariables.has(node.name as string)) headerUse(node, ancestors);
        break;
      case "Literal":
        if (node.value === "jsonrpc") {
          facts.speaksJsonRpc = true;
          mcpEvidenceOffsets.push(node.start);
        }
        break;
      case "Property":
        if (literalString(node.key) === "jsonrpc" || identifierName(node.key) === "jsonrpc") {
          facts.speaksJsonRpc = true;
          mcpEvidenceOffsets.push(node.start);
        }
        if (!node.computed && isNode(node.value)) checkSessionAssignment(identifierName(node.key), node.value, node, facts, site);
        break;
    }
    return undefined;
  });

  // A header read only counts as validation once the variables holding it are known, so the walk collects them first.
  for (const node of headerReadsInTests) facts.originValidation.push(site(node));
  for (const use of headersPassedToHelpers) if (helperTestsParameter(use, declarations, 0)) facts.originValidation.push(site(use.at));
  const within = (scope: AstNode, offsets: readonly number[]): boolean => offsets.some((o) => o >= scope.start && o < scope.end);
  const fileShowsMcp = importsSdkServer || mcpEvidenceOffsets.length > 0;
  for (const { node, scope } of servers) {
    if (!(scope === undefined ? fileShowsMcp : importsSdkServer || within(scope, mcpEvidenceOffsets))) continue;
    facts.mcpHttpServers.push(site(node));
    httpOffsets.push(node.start);
  }
  for (const { node, ancestors, consoleMethod } of writes) {
    // The innermost code around the write that serves MCP over HTTP decides: without a stdio transport there, it is HTTP-mode code.
    // (An HTTP server that is not MCP, such as an OAuth callback listener, says nothing about the mode.)
    const httpScope = [...ancestors].reverse().find((a) => within(a, httpOffsets));
    const httpModeOnly = httpScope !== undefined && !within(httpScope, stdioOffsets);
    const functionName = topLevelFunctionName(ancestors);
    facts.stdoutWrites.push({ ...site(node), consoleMethod, httpModeOnly, beforeExit: exitFollows(node, ancestors), ...(functionName ? { functionName } : {}) });
  }
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
    mcpHttpServers: [],
    relativeImports: [],
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
  if (imported && SDK_MODULE.test(imported.module)) return imported.imported;
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

/** A header value passed to a local function: the function's name and the argument's position. */
interface HelperArgument {
  callee: string;
  index: number;
  at: AstNode;
}

/**
 * How a header value is used: true when it is compared or looked up in an allow-list (after trims, lower-casing,
 * `new URL(...)`), a HelperArgument when it is handed to a named function that may do the check, else undefined.
 * Truthiness alone (`if (origin)`) checks nothing.
 */
function headerCheck(node: AstNode, ancestors: readonly AstNode[]): true | Omit<HelperArgument, "at"> | undefined {
  let current = node;
  let i = ancestors.length - 1;
  for (;;) {
    const parent = ancestors[i];
    if (!parent) return undefined;
    const grand = ancestors[i - 1];
    if (TRANSPARENT_PARENTS.has(parent.type)) {
      current = parent;
      i -= 1;
    } else if (parent.type === "MemberExpression" && parent.object === current) {
      const method = grand?.type === "CallExpression" && grand.callee === parent;
      if (method && MEMBERSHIP_METHODS.has(memberPropertyName(parent) ?? "")) return true;
      // `origin.trim().toLowerCase()`, `new URL(origin).hostname`: still the header's value.
      current = method ? grand : parent;
      i -= method ? 2 : 1;
    } else if (parent.type === "NewExpression" && identifierName(parent.callee) === "URL") {
      current = parent;
      i -= 1;
    } else break;
  }
  const parent = ancestors[i]!;
  if (parent.type === "BinaryExpression" && COMPARISON_OPERATORS.has(parent.operator as string)) return true;
  if (parent.type === "SwitchStatement" && parent.discriminant === current) return true;
  if (parent.type === "CallExpression" && parent.callee !== current) {
    if (MEMBERSHIP_METHODS.has(memberPropertyName(parent.callee) ?? "")) return true;
    const callee = identifierName(parent.callee);
    if (callee) return { callee, index: (parent.arguments as AstNode[]).indexOf(current) };
  }
  return undefined;
}

const TRANSPARENT_PARENTS = new Set(["ParenthesizedExpression", "ChainExpression", "TSNonNullExpression", "TSAsExpression"]);

/** True when the local function a header is passed to compares or looks up that parameter (following one more helper). */
function helperTestsParameter(use: Omit<HelperArgument, "at">, declarations: ReadonlyMap<string, AstNode>, depth: number): boolean {
  const fn = unwrapExpression(declarations.get(use.callee));
  if (!fn || !isFunctionNode(fn) || depth > 2) return false;
  const parameter = identifierName((fn.params as AstNode[])[use.index]);
  if (!parameter) return false;
  let tested = false;
  walk(fn.body, (node, _parent, ancestors) => {
    if (tested) return false;
    if (node.type !== "Identifier" || node.name !== parameter) return undefined;
    const check = headerCheck(node, ancestors);
    tested = check === true || (check !== undefined && check.callee !== use.callee && helperTestsParameter(check, declarations, depth + 1));
    return undefined;
  });
  return tested;
}

/** The name of the innermost function around a node when it is a module-level `function f` or `const f = () => ...`. */
function topLevelFunctionName(ancestors: readonly AstNode[]): string | undefined {
  let index = -1;
  for (let i = ancestors.length - 1; i >= 0; i--) if (isFunctionNode(ancestors[i]!)) { index = i; break; }
  const fn = ancestors[index];
  if (!fn) return undefined;
  const outer = ancestors.slice(0, index).filter((a) => a.type !== "Program" && a.type !== "ExportNamedDeclaration");
  if (fn.type === "FunctionDeclaration" && outer.length === 0) return identifierName(fn.id);
  const [declaration, declarator, ...rest] = outer;
  return declaration?.type === "VariableDeclaration" && declarator?.type === "VariableDeclarator" && declarator.init === fn && rest.length === 0
    ? identifierName(declarator.id)
    : undefined;
}

/** A `process.exit()` after the write in the same statement list or comma sequence: the output ends the process. */
function exitFollows(write: AstNode, ancestors: readonly AstNode[]): boolean {
  let child = write;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a.type === "SequenceExpression") {
      const rest = (a.expressions as AstNode[]).slice((a.expressions as AstNode[]).indexOf(child) + 1);
      if (rest.some(isProcessExit)) return true;
    } else if (a.type === "ExpressionStatement") {
      const container = ancestors[i - 1];
      const list = (container?.type === "SwitchCase" ? container.consequent : container?.body) as unknown;
      if (!Array.isArray(list)) return false;
      const exits = exitBeforeWaiting((list as AstNode[]).slice(list.indexOf(a) + 1));
      // `tools.forEach((t) => { console.log(t.name); }); process.exit(0);`: keep climbing out of an inline callback.
      if (exits || container?.type !== "BlockStatement" || !isInlineCallback(ancestors[i - 2], ancestors[i - 3])) return exits;
      child = ancestors[i - 3]!;
      i -= 3;
      continue;
    } else if (isFunctionNode(a) && isInlineCallback(a, ancestors[i - 1])) {
      // An expression-bodied callback: `tools.forEach((t) => console.log(t.name))`.
      child = ancestors[i - 1]!;
      i -= 1;
      continue;
    } else if (!TRANSPARENT_PARENTS.has(a.type) && a.type !== "AwaitExpression" && a.type !== "LogicalExpression") {
      return false;
    }
    child = a;
  }
  return false;
}

/**
 * The statements reach `process.exit()` through plain synchronous statements only: an `await`, a declaration or a
 * branch in between could run the server first (`console.log("up"); await main(); process.exit(0)` still pollutes).
 */
function exitBeforeWaiting(statements: readonly AstNode[]): boolean {
  for (const statement of statements) {
    if (statement.type === "ExpressionStatement" && isProcessExit(statement.expression)) return true;
    if (statement.type === "ReturnStatement") return isProcessExit(statement.argument);
    if (statement.type !== "ExpressionStatement" || unwrapExpression(statement.expression)?.type === "AwaitExpression") return false;
  }
  return false;
}

/** A function written as an argument of the call that runs it (forEach, map ...). */
function isInlineCallback(fn: AstNode | undefined, call: AstNode | undefined): boolean {
  return fn !== undefined && isFunctionNode(fn) && call?.type === "CallExpression" && (call.arguments as AstNode[]).includes(fn);
}

function isProcessExit(node: unknown): boolean {
  const n = unwrapExpression(node);
  if (n?.type === "SequenceExpression") return (n.expressions as AstNode[]).some(isProcessExit);
  return n?.type === "CallExpression" && PROCESS_EXIT.test(staticPath(n.callee) ?? "");
}

/**
 * Where to look for MCP evidence about an HTTP server: the enclosing function, or undefined for the whole module
 * (top-level servers, and factories that return the server for their caller to wire up).
 */
function serverScope(node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[]): AstNode | undefined {
  const fn = [...ancestors].reverse().find(isFunctionNode);
  if (!fn) return undefined;
  if (parent?.type === "ReturnStatement" || fn.body === node) return undefined;
  const name = parent?.type === "VariableDeclarator" ? identifierName(parent.id) : undefined;
  let returned = false;
  if (name) walk(fn.body, (n) => {
    if (n.type === "ReturnStatement" && identifierName(n.argument) === name) returned = true;
    return !returned && (n === fn || !isFunctionNode(n));
  });
  return returned ? undefined : fn;
}

function addRelativeImport(facts: FileTransportFacts, specifier: string | undefined): void {
  if (specifier !== undefined && /^\.\.?(?:\/|$)/.test(specifier)) facts.relativeImports.push(specifier);
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

/** Names the weak source an expression (or function) draws on: Math.random, Date.now, a counter; none when a CSPRNG call supplies the entropy. */
function weakRandomness(root: AstNode): string | undefined {
  let found: string | undefined;
  let strong = false;
  walk(root, (node) => {
    if (strong) return false;
    const path = node.type === "CallExpression" ? staticPath(node.callee) : undefined;
    if (path === "Math.random") found = "Math.random()";
    else if (path === "Date.now" || path === "performance.now") found = `${path}()`;
    else if (node.type === "NewExpression" && identifierName(node.callee) === "Date") found = "new Date()";
    else if (node.type === "UpdateExpression") found = "an incrementing counter";
    else if (node.type === "CallExpression" && /(?:randomUUID|randomBytes|getRandomValues|nanoid|uuid|v4)$/i.test(path ?? calleePath(node))) strong = true;
    return undefined;
  });
  return strong ? undefined : found;
}

/** The callee path of a call, looking through `(0, crypto_1.randomUUID)()`, TypeScript's CommonJS call form. */
function calleePath(call: AstNode): string {
  const callee = unwrapExpression(call.callee);
  const last = callee?.type === "SequenceExpression" ? (callee.expressions as AstNode[]).at(-1) : undefined;
  return staticPath(last) ?? "";
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
