import { missingOriginValidation } from "../../../src/rules/transport/missing-origin-validation.js";
import { ruleTest } from "../../helpers/rule-test.js";

const expressServer = (extra: string, options = "{ sessionIdGenerator: () => randomUUID() }"): string => `import express from "express";
import { randomUUID } from "node:crypto";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
const app = express();
${extra}
app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport(${options});
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000, "127.0.0.1");
`;

ruleTest(missingOriginValidation, {
  fires: [
    {
      name: "StreamableHTTPServerTransport without DNS-rebinding protection",
      files: { "src/server.ts": expressServer("") },
      count: 1,
      severity: "high",
      expect: ([f]) => expect(f!.location).toEqual({ path: "src/server.ts", startLine: 7 }),
    },
    {
      name: "protection flag without allowed hosts does nothing",
      files: { "src/server.ts": expressServer("", "{ sessionIdGenerator: undefined, enableDnsRebindingProtection: true }") },
      count: 1,
    },
    {
      name: "a plain node http server proxying JSON-RPC",
      files: {
        "proxy.js": `const http = require("node:http");
http.createServer((req, res) => { res.end(JSON.stringify({ jsonrpc: "2.0", id: 1, result: {} })); }).listen(8080, "127.0.0.1");`,
      },
      count: 1,
    },
    {
      name: "aliased and minified: namespace import of the SDK transport",
      files: { "dist/s.js": `import*as m from"@modelcontextprotocol/sdk/server/sse.js";import e from"express";const a=e();a.get("/sse",(q,r)=>{new m.SSEServerTransport("/messages",r)});a.listen(1)` },
      count: 1,
    },
    {
      name: "the origin header is only echoed into CORS, never checked",
      files: { "src/server.ts": expressServer(`app.use((req, res, next) => { res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*"); next(); });`) },
      count: 1,
    },
    {
      name: "createMcpExpressApp on 0.0.0.0 without allowedHosts",
      files: { "src/server.ts": `import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";\nconst app = createMcpExpressApp({ host: "0.0.0.0" });\napp.listen(3000, "0.0.0.0");` },
      count: 1,
    },
    {
      // @upstash/context7-mcp 4.1.1: SDK v2's createMcpHandler is validation-free; only CORS headers are set.
      name: "SDK v2 createMcpHandler behind express with no Host or Origin guard",
      files: {
        "dist/index.js": `import { toNodeHandler } from "@modelcontextprotocol/node";
import { createMcpHandler } from "@modelcontextprotocol/server";
import express from "express";
async function main() {
  const app = express();
  app.use((req, res, next) => { res.setHeader("Access-Control-Allow-Origin", "*"); next(); });
  const handler = toNodeHandler(createMcpHandler(() => makeServer()));
  app.all("/mcp", (req, res) => handler(req, res, req.body));
  app.listen(3000);
}`,
      },
      count: 1,
      expect: ([f]) => expect(f!.location?.startLine).toBe(7),
    },
    {
      name: "a truthiness test of the origin header checks nothing",
      files: { "src/server.ts": expressServer(`app.use((req, res, next) => { if (req.headers.origin) res.setHeader("Access-Control-Allow-Origin", req.headers.origin); next(); });`) },
      count: 1,
    },
    {
      name: "a factory returns the app and the MCP route is added by its caller",
      files: {
        "src/server.js": `const express = require("express");
function makeApp() { const app = express(); app.use(express.json()); return app; }
const app = makeApp();
app.post("/mcp", (req, res) => res.json({ jsonrpc: "2.0", id: req.body.id, result: {} }));
app.listen(3000, "127.0.0.1");`,
      },
      count: 1,
    },
    {
      name: "Python: DNS-rebinding protection switched off",
      files: { "server.py": `from mcp.server.fastmcp import FastMCP\nfrom mcp.server.transport_security import TransportSecuritySettings\nmcp = FastMCP("x", transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False))\nmcp.run(transport="streamable-http")\n` },
      count: 1,
    },
  ],
  quiet: [
    {
      name: "transport options with protection and allowed hosts",
      files: { "src/server.ts": expressServer("", `{ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["127.0.0.1:3000"] }`) },
    },
    { name: "the SDK's hostHeaderValidation middleware", files: { "src/server.ts": expressServer(`import { hostHeaderValidation } from "@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js";\napp.use(hostHeaderValidation(["localhost"]));`) } },
    { name: "createMcpExpressApp with its localhost default", files: { "src/server.ts": `import { createMcpExpressApp as mk } from "@modelcontextprotocol/sdk/server/express.js";\nimport { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";\nconst app = mk();\napp.post("/mcp", (req, res) => new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }).handleRequest(req, res));` } },
    {
      name: "a hand-written origin check that answers 403",
      files: { "src/server.ts": expressServer(`const allowed = ["http://localhost:3000"];\napp.use((req, res, next) => { const origin = req.headers.origin; if (origin && !allowed.includes(origin)) return res.status(403).end(); next(); });`) },
    },
    { name: "a stdio server", files: { "src/index.ts": `import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";\nnew StdioServerTransport();` } },
    { name: "an express app that has nothing to do with MCP", files: { "web.js": `const express = require("express");\nconst app = express();\napp.get("/", (q, r) => r.send("hi"));\napp.listen(80);` } },
    {
      // @circleci/mcp-server-circleci 0.20.0: the middleware calls a helper module whose helpers test the lower-cased headers.
      name: "Host and Origin checked through local helper functions in another module",
      files: {
        "dist/transports/unified.js": expressServer(`import { validateRemoteRequest } from "../lib/auth/originValidation.js";\napp.use("/mcp", (req, res, next) => { if (!validateRemoteRequest(req, 3000)) { res.status(403).end(); return; } next(); });`),
        "dist/lib/auth/originValidation.js": `export function getAllowedHosts(port) { return new Set(["localhost", \`localhost:\${port}\`]); }
export function isHostAllowed(host, allowed) {
    return !!host?.trim() && allowed.has(host.trim().toLowerCase());
}
export function isOriginAllowed(origin, allowed) {
    if (!origin?.trim()) return true;
    return allowed.has(origin.trim().toLowerCase());
}
export function validateRemoteRequest(req, port) {
    return isHostAllowed(req.header('host'), getAllowedHosts(port)) && isOriginAllowed(req.header('origin'), new Set());
}`,
      },
    },
    {
      // mcp-remote 0.15.1: a bundle holding the SDK client (JSON-RPC literals) and a stdio proxy; its express app only takes the OAuth redirect.
      name: "an OAuth callback server in a bundle that speaks JSON-RPC elsewhere",
      files: {
        "dist/chunk.js": `import express from "express";
class Protocol { request(m) { return this.send({ jsonrpc: "2.0", method: m }); } }
async function setupOAuthCallbackServer(options) {
  const app = express();
  app.get(options.path, (req, res) => { options.events.emit("auth-code-received", req.query.code); res.send("ok"); });
  const server = app.listen(options.port);
  return { server };
}
export { Protocol, setupOAuthCallbackServer };`,
      },
    },
    {
      name: "SDK v2 localhost guards in front of createMcpHandler",
      files: {
        "src/index.ts": `import { createMcpHandler, hostHeaderValidationResponse, originValidationResponse, localhostAllowedHostnames, localhostAllowedOrigins } from "@modelcontextprotocol/server";
const handler = createMcpHandler(() => makeServer());
export default { fetch: (request: Request) => hostHeaderValidationResponse(request, localhostAllowedHostnames()) ?? originValidationResponse(request, localhostAllowedOrigins()) ?? handler.fetch(request) };`,
      },
    },
    { name: "Python FastMCP over HTTP on its localhost default", files: { "server.py": `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nmcp.run(transport="streamable-http")\n` } },
  ],
});
