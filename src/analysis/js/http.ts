/**
 * HTTP entry points: routes and middleware of express, hono, fastify, koa and node:http servers, each with the function
 * that handles it. A handler's request parameter is the only thing that counts as HTTP request data (`http-request`).
 */
import type { HttpEntry } from "../code-facts.js";
import { type AstNode, isFunctionNode, literalString, memberPropertyName, unwrapExpression } from "../ast.js";
import type { ParamRole } from "./flow.js";
import { type FunctionIR, type ModuleIR, type ScopeIR, callsNamed } from "./module.js";
import type { Program } from "./program.js";
import type { SValue, Values } from "./values.js";

type Framework = HttpEntry["framework"];

export interface HttpHandler {
  framework: Framework;
  method: string;
  route: string;
  /** The app or server value the route is registered on, to group middleware with routes. */
  app: AstNode | undefined;
  middleware: boolean;
  call: AstNode;
  module: ModuleIR;
}

export interface HttpSurface {
  entries: HttpEntry[];
  handlers: Map<FunctionIR, HttpHandler>;
}

const ROUTE_METHODS = ["get", "post", "put", "delete", "patch", "all", "options", "head", "use", "route", "on"];
const FRAMEWORK_MODULES: Record<string, Framework> = {
  express: "express",
  hono: "hono",
  "@hono/node-server": "hono",
  fastify: "fastify",
  koa: "koa",
  "@koa/router": "koa",
  "koa-router": "koa",
  "@modelcontextprotocol/sdk/server/express.js": "express",
  "@modelcontextprotocol/sdk/server/express": "express",
  "@modelcontextprotocol/express": "express",
  "@modelcontextprotocol/hono": "hono",
  "@modelcontextprotocol/fastify": "fastify",
  http: "node:http",
  https: "node:http",
  http2: "node:http",
};
const MCP_ROUTE = /^\/(?:mcp|sse|messages?)(?:\/|$)/;

export class HttpReader {
  readonly surface: HttpSurface = { entries: [], handlers: new Map() };

  constructor(
    private readonly program: Program,
    private readonly values: Values,
  ) {}

  read(): HttpSurface {
    for (const module of this.program.modules) {
      const imported = this.frameworksImported(module);
      for (const method of ROUTE_METHODS) for (const call of callsNamed(module, method)) this.route(module, call.node, call.scope, method, imported);
      for (const call of callsNamed(module, "createServer")) this.nodeServer(module, call.node, call.scope);
    }
    return this.surface;
  }

  paramRole(fn: FunctionIR, index: number): ParamRole | undefined {
    const handler = this.surface.handlers.get(fn);
    if (!handler || index !== 0) return undefined;
    return { origin: "http-request", source: `the request of ${handler.middleware ? "middleware" : "route"} ${handler.method} ${handler.route}` };
  }

  private frameworksImported(module: ModuleIR): Framework | undefined {
    for (const i of module.imports) {
      const framework = FRAMEWORK_MODULES[i.specifier.replace(/^node:/, "")];
      if (framework && framework !== "node:http") return framework;
    }
    return undefined;
  }

  /** `app.get("/x", handler)`, `app.use(middleware)`, `app.route({ method, url, handler })` on a recognised app. */
  private route(module: ModuleIR, call: AstNode, scope: ScopeIR, method: string, imported: Framework | undefined): void {
    const callee = unwrapExpression(call.callee);
    if (callee?.type !== "MemberExpression") return;
    const args = call.arguments as AstNode[];
    if (args.length === 0) return;
    const app = this.appOf(callee.object as AstNode, scope);
    const path = literalString(args[0]);
    let framework = app;
    if (!framework) {
      // An app the analysis cannot resolve (a parameter, a class field): routes still read as routes in a module that imports a framework.
      if (!imported || path === undefined || !path.startsWith("/") || method === "on") return;
      framework = imported;
    }
    if (method === "on") {
      if (framework !== "node:http" || literalString(args[0]) !== "request") return;
      for (const fn of this.functionsIn(args.slice(1), scope)) this.add(fn, { framework, method: "*", route: "*", app: callee.object as AstNode, middleware: false, call, module });
      return;
    }
    if (method === "route" && framework === "fastify") {
      for (const v of this.values.of(args[0], scope)) {
        if (v.k !== "obj") continue;
        const url = this.values.member([v], "url", 0);
        const verb = this.values.member([v], "method", 0);
        for (const h of this.values.member([v], "handler", 0)) {
          if (h.k === "fn") this.add(h.fn, { framework, method: verb[0]?.k === "str" ? verb[0].v.toUpperCase() : "*", route: url[0]?.k === "str" ? url[0].v : "*", app: callee.object as AstNode, middleware: false, call, module });
        }
      }
      return;
    }
    const handlers = this.functionsIn(path !== undefined ? args.slice(1) : args, scope);
    for (const fn of handlers) {
      this.add(fn, {
        framework,
        method: method === "use" ? "USE" : method.toUpperCase(),
        route: path ?? "*",
        app: callee.object as AstNode,
        middleware: method === "use",
        call,
        module,
      });
    }
  }

  /** `http.createServer(handler)` / `https.createServer(options, handler)`. */
  private nodeServer(module: ModuleIR, call: AstNode, scope: ScopeIR): void {
    const callee = this.values.of(call.callee, scope);
    if (!callee.some((v) => v.k === "ext" && (v.module === "http" || v.module === "https" || v.module === "http2") && v.path.at(-1) === "createServer")) return;
    for (const fn of this.functionsIn(call.arguments as AstNode[], scope)) this.add(fn, { framework: "node:http", method: "*", route: "*", app: call, middleware: false, call, module });
  }

  private add(fn: FunctionIR, handler: HttpHandler): void {
    if (this.surface.handlers.has(fn)) return;
    this.surface.handlers.set(fn, handler);
    this.surface.entries.push({
      framework: handler.framework,
      method: handler.method,
      route: handler.route,
      location: { path: handler.module.path, startLine: handler.module.parsed.lineOf(handler.call.start) },
      servesMcp: MCP_ROUTE.test(handler.route) || servesMcp(fn),
    });
  }

  private functionsIn(args: AstNode[], scope: ScopeIR): FunctionIR[] {
    const out: FunctionIR[] = [];
    for (const arg of args) {
      const n = unwrapExpression(arg);
      if (!n) continue;
      if (isFunctionNode(n)) {
        const fn = scope.module.functionByNode.get(n);
        if (fn) out.push(fn);
        continue;
      }
      for (const v of this.values.of(n, scope)) if (v.k === "fn") out.push(v.fn);
    }
    return out;
  }

  /** The framework of an app value: express(), express.Router(), new Hono(), fastify(), new Koa(), createMcpExpressApp(). */
  appOf(node: AstNode, scope: ScopeIR): Framework | undefined {
    for (const v of this.values.of(node, scope)) {
      const framework = frameworkOf(v);
      if (framework) return framework;
    }
    return undefined;
  }
}

export function frameworkOf(v: SValue): Framework | undefined {
  if (v.k !== "ext") return undefined;
  const framework = FRAMEWORK_MODULES[v.module];
  if (!framework) return undefined;
  // Only a constructed or called app: `express()`, `express.Router()`, `new Hono()`, `createMcpExpressApp()`.
  if (!v.path.includes("()") && !v.path.includes("new")) return undefined;
  if (framework === "node:http") return v.path.includes("createServer") ? "node:http" : undefined;
  return framework;
}

/** A handler that hands the request to an MCP transport (handleRequest / handlePostMessage), directly or one call down. */
function servesMcp(fn: FunctionIR): boolean {
  const text = fn.module.parsed.textOf(fn.node);
  return text.length < 20000 && /\.handle(?:Request|PostMessage)\s*\(/.test(text);
}

export { memberPropertyName };
