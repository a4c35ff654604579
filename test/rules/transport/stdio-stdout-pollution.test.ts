import { stdioStdoutPollution } from "../../../src/rules/transport/stdio-stdout-pollution.js";
import { ruleTest } from "../../helpers/rule-test.js";

const stdioServer = (body: string): string => `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
const server = new McpServer({ name: "x", version: "1.0.0" });
${body}
await server.connect(new StdioServerTransport());
`;

/** @sentry/mcp-server's shape: an `auth` subcommand module whose output functions the entry runs before it starts stdio. */
const authModule = `async function authCommand(argv) {
  switch (argv[0]) {
    case "status": return status();
    default: console.error("unknown");
  }
}
async function status() {
  console.log("Authenticated as someone");
}
export { authCommand };
`;
const authEntry = (afterConnect: string): string => `import { authCommand } from "./auth.js";
import { startStdio } from "./stdio.js";
async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "auth") {
    await authCommand(args.slice(1));
    return;
  }
  await startStdio(server);
  ${afterConnect}
}
main().catch(() => process.exit(1));
`;
const stdioModule = `import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
export async function startStdio(server) { await server.connect(new StdioServerTransport()); }
`;
const authCjs = `async function status() { console.log("Authenticated as someone"); }
async function authCommand(argv) { if (argv[0] === "status") return status(); }
Object.defineProperty(exports, "authCommand", { enumerable: true, get: function () { return authCommand; } });
`;
const authCjsEntry = `const require_auth = require("./auth.cjs");
const require_stdio = require("./stdio.cjs");
async function main() {
  if (process.argv[2] === "auth") {
    await require_auth.authCommand(process.argv.slice(3));
    return;
  }
  require_stdio.startStdio(server).catch(() => process.exit(1));
}
main();
`;
const stdioCjs = `const sdk = require("@modelcontextprotocol/sdk/server/stdio.js");
async function startStdio(server) { await server.connect(new sdk.StdioServerTransport()); }
exports.startStdio = startStdio;
`;

ruleTest(stdioStdoutPollution, {
  fires: [
    {
      name: "an auth subcommand's function that the entry also calls after the stdio transport connects",
      files: { "dist/index.js": authEntry(`await authCommand(["status"]);`), "dist/auth.js": authModule, "dist/stdio.js": stdioModule },
      count: 1,
      expect: ([f]) => expect(f!.location).toEqual({ path: "dist/auth.js", startLine: 8 }),
    },
    {
      name: "a subcommand branch that does not return, so the server starts after it",
      files: { "dist/index.js": authEntry("").replace("    return;\n", ""), "dist/auth.js": authModule, "dist/stdio.js": stdioModule },
      count: 1,
    },
    {
      name: "the subcommand function also handed out as a callback",
      files: { "dist/index.js": authEntry(`process.on("SIGUSR2", authCommand);`), "dist/auth.js": authModule, "dist/stdio.js": stdioModule },
      count: 1,
    },
    {
      name: "console.log in a stdio server",
      files: { "src/index.ts": stdioServer(`console.log("server started");`) },
      count: 1,
      severity: "medium",
      expect: ([f]) => expect(f!.location).toEqual({ path: "src/index.ts", startLine: 4 }),
    },
    {
      name: "process.stdout.write and console.info in another module of the same server",
      files: { "src/index.ts": stdioServer(`import { log } from "./log.js";`), "src/log.ts": `export const log = (m: string) => { process.stdout.write(m); console.info(m); };` },
      count: 2,
    },
    {
      name: "aliased: const { log: say } = console; and an imported transport under another name",
      files: {
        "index.js": `import { StdioServerTransport as T } from "@modelcontextprotocol/sdk/server/stdio.js";
const { log: say } = console;
say("ready");
new T();`,
      },
      count: 1,
    },
    {
      name: "minified bundle",
      files: { "dist/index.js": `const a=require("@modelcontextprotocol/sdk/server/stdio.js");function b(){console.log("up")}b();new a.StdioServerTransport;` },
      count: 1,
    },
    {
      // mcp-remote 0.15.1: the stdio proxy loads a bundle whose OAuth callback express app does not make it HTTP-mode code.
      name: "a bundled SDK client's console.debug, in a module that also runs an OAuth callback server",
      files: {
        "dist/proxy.js": `import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";\nimport { Client } from "./chunk.js";\nnew StdioServerTransport();`,
        "dist/chunk.js": `import express from "express";
export class Client { async listTools() { console.debug("Client.listTools() called but server does not advertise tools"); return { jsonrpc: "2.0" }; } }
export function callbackServer() { const app = express(); app.get("/oauth/callback", (q, r) => r.send("ok")); return app.listen(0); }`,
      },
      count: 1,
      expect: ([f]) => expect(f!.location).toEqual({ path: "dist/chunk.js", startLine: 2 }),
    },
    {
      name: "a callback's write is not excused by an exit outside the callback's own call",
      files: { "src/index.ts": stdioServer(`tools.forEach((tool) => { console.log(tool.name); });\nif (failed) process.exit(1);`) },
      count: 1,
    },
    {
      // chrome-devtools-mcp: the module that loads this bundle is over the scan's size limit, so the graph cannot prove it unused.
      name: "a module nothing readable loads, when a stdio module loads a file the scan did not read",
      files: {
        "build/bin/main.js": `import { StdioServerTransport } from "../third_party/index.js";\nnew StdioServerTransport();`,
        "build/third_party/lighthouse-bundle.js": `export function printGraph(g) { console.log(g); }`,
      },
      count: 1,
    },
    {
      name: "a banner before the awaited server run, even with an exit after it",
      files: { "src/index.ts": stdioServer(`async function main() { await server.connect(new StdioServerTransport()); }\nconsole.log("starting");\nawait main();\nprocess.exit(0);`) },
      count: 1,
    },
    {
      name: "a logger shared by the stdio and HTTP modes of one file",
      files: {
        "src/index.ts": `import express from "express";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
const log = (m: string) => console.log(m);
if (process.env.MODE === "http") { const app = express(); app.post("/mcp", (q, r) => new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }).handleRequest(q, r)); app.listen(1, "127.0.0.1"); }
else { log("starting stdio"); await server.connect(new StdioServerTransport()); }`,
      },
      count: 1,
      expect: ([f]) => expect(f!.location?.startLine).toBe(4),
    },
    {
      name: "Python FastMCP default run() with a bare print",
      files: { "server.py": `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nprint("starting")\nif __name__ == "__main__":\n    mcp.run()\n` },
      count: 1,
      expect: ([f]) => expect(f!.location?.startLine).toBe(3),
    },
  ],
  quiet: [
    {
      // @sentry/mcp-server 0.36.0: \`sentry-mcp auth status\` prints from dist/auth-*.js, and main() returns before startStdio().
      name: "an auth subcommand that runs and returns before the stdio transport starts (ESM)",
      files: { "dist/index.js": authEntry(""), "dist/auth.js": authModule, "dist/stdio.js": stdioModule },
    },
    {
      name: "the subcommand declared with export async function",
      files: { "dist/index.js": authEntry(""), "dist/auth.js": authModule.replace("async function authCommand", "export async function authCommand").replace("export { authCommand };", ""), "dist/stdio.js": stdioModule },
    },
    {
      name: "the same subcommand in bundler CommonJS output (namespace require, defineProperty exports)",
      files: { "dist/index.cjs": authCjsEntry, "dist/auth.cjs": authCjs, "dist/stdio.cjs": stdioCjs },
    },
    { name: "console.error only", files: { "src/index.ts": stdioServer(`console.error("server started");`) } },
    { name: "an HTTP-only server may log to stdout", files: { "src/index.ts": `import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";\nconsole.log("listening");\nnew StreamableHTTPServerTransport({ sessionIdGenerator: undefined });` } },
    { name: "console.log redirected to stderr", files: { "src/index.ts": stdioServer(`console.log = console.error;\nconsole.log("hi");`) } },
    { name: "a test file", files: { "src/index.ts": stdioServer(""), "test/index.test.ts": `console.log("x")` } },
    {
      // @sentry/mcp-server, mcp-remote, server-everything: help, version and usage text printed right before the process exits.
      name: "help and version text followed by process.exit",
      files: {
        "src/index.ts": stdioServer(`if (process.argv.includes("--help")) {\n  console.log("usage: server [--port]");\n  process.exit(0);\n}\nswitch (mode) { case "stdio": break; default: console.log("Available transports:"); process.exit(1); }`),
        // tavily-mcp build/index.js: --list-tools prints each tool from a forEach callback, then exits.
        "src/list.ts": `import "./index.js";\nexport function listTools(tools: { name: string }[]) {\n  console.log("Available tools:");\n  tools.forEach((tool) => {\n    console.log(tool.name);\n  });\n  tools.map((t) => console.log(t.name));\n  process.exit(0);\n}`,
        "dist/cli.js": `const{StdioServerTransport:T}=require("@modelcontextprotocol/sdk/server/stdio.js");if(a.version)process.stdout.write(v+"\\n"),process.exit(0);new T;`,
      },
    },
    {
      // @notionhq/notion-mcp-server scripts/start-server.ts: banners inside the branch that starts the HTTP transport.
      name: "banners in the HTTP branch of a file that also starts stdio",
      files: {
        "src/start.ts": `import express from "express";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
export async function start(transport: string) {
  if (transport === "stdio") {
    await proxy.connect(new StdioServerTransport());
  } else if (transport === "http") {
    const app = express();
    app.post("/mcp", async (req, res) => { const t = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }); await t.handleRequest(req, res, req.body); });
    app.listen(3000, "127.0.0.1", () => { console.log("MCP Server listening on 3000"); console.log("Endpoint: /mcp"); });
  }
}`,
      },
    },
    {
      // @modelcontextprotocol/server-everything: the launcher imports one transport module per mode; the HTTP one logs to stdout.
      name: "an HTTP-only transport module next to the stdio one",
      files: {
        "dist/index.js": `const mode = process.argv[2] || "stdio";\nif (mode === "stdio") await import("./transports/stdio.js"); else await import("./transports/streamableHttp.js");`,
        "dist/transports/stdio.js": `import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";\nawait server.connect(new StdioServerTransport());`,
        "dist/transports/streamableHttp.js": `import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";\nimport express from "express";\nconst app = express();\napp.post("/mcp", (q, r) => { console.log("Received MCP POST request"); new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }).handleRequest(q, r); });\napp.listen(3001);`,
      },
    },
    {
      // @zereight/mcp-gitlab build/scripts/*, n8n-mcp dist/scripts/*: generators shipped in the package that no server module loads.
      name: "a build script that the stdio server never loads",
      files: {
        "build/index.js": `import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";\nimport { tools } from "./tools/registry.js";\nnew StdioServerTransport();`,
        "build/tools/registry.js": `export const tools = [];`,
        "build/scripts/generate-tool-docs.js": `import { tools } from "../tools/registry.js";\nconsole.log(\`generated docs for \${tools.length} tools\`);`,
      },
    },
    { name: "Python print to stderr, sse transport", files: { "server.py": `import sys\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nprint("a", file=sys.stderr)\nmcp.run()\n` } },
    { name: "Python print in an HTTP server", files: { "server.py": `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nprint("a")\nmcp.run(transport="streamable-http")\n` } },
  ],
});
