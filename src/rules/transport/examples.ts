/** The transport rules' documented examples (docs/rules/transport/), each run by test/rules/examples.test.ts. */
import { mcpServer, packageJson, packageLock, type RuleExamples } from "../example-files.js";

const httpServer = (setup: string, listen = `app.listen(3000, "127.0.0.1");`, options = "{ sessionIdGenerator: () => randomUUID() }"): Record<string, string> => ({
  "package.json": packageJson({ type: "module" }),
  "src/server.ts": `import express from "express";
import { randomUUID } from "node:crypto";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
${setup}app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport(${options});
  await transport.handleRequest(req, res, req.body);
});
${listen}
`,
});
const PROTECTED = "{ sessionIdGenerator: () => randomUUID(), enableDnsRebindingProtection: true, allowedHosts: [\"127.0.0.1:3000\"] }";
const sdkLocked = (version: string): Record<string, string> => {
  const dependencies = { "@modelcontextprotocol/sdk": "^1.0.0" };
  return { "package.json": packageJson({ dependencies }), "package-lock.json": packageLock(dependencies, { "@modelcontextprotocol/sdk": { version } }) };
};
const stdio = (body: string): Record<string, string> => mcpServer(`\nconst server = new McpServer({ name: "my-mcp-server", version: "1.0.0" });\n${body}\nawait server.connect(new StdioServerTransport());\n`);

export const TRANSPORT_EXAMPLES: Record<string, RuleExamples> = {
  "transport/stdio-stdout-pollution": {
    fires: { title: "console.log in a stdio server", files: stdio(`console.log("server started");`) },
    quiet: { title: "logs to stderr", files: stdio(`console.error("server started");`) },
    ignoreBy: { path: "src/index.ts" },
  },
  "transport/missing-origin-validation": {
    fires: { title: "Streamable HTTP without DNS-rebinding protection", files: httpServer("") },
    quiet: { title: "the transport validates Host against an allow-list", files: httpServer("", `app.listen(3000, "127.0.0.1");`, PROTECTED) },
    ignoreBy: { path: "src/server.ts" },
  },
  "transport/binds-all-interfaces": {
    fires: { title: "listen(port) with no host binds every interface", files: httpServer("", "app.listen(3000);", PROTECTED) },
    quiet: { title: "bound to loopback", files: httpServer("", `app.listen(3000, "127.0.0.1");`, PROTECTED) },
    ignoreBy: { path: "src/server.ts" },
  },
  "transport/deprecated-sse-transport": {
    fires: {
      title: "the HTTP+SSE transport",
      files: { "package.json": packageJson({ type: "module" }), "src/server.ts": `import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";\n\nexport const transportFor = (res: any) => new SSEServerTransport("/messages", res);\n` },
    },
    quiet: {
      title: "Streamable HTTP",
      files: { "package.json": packageJson({ type: "module" }), "src/server.ts": `import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";\n\nexport const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });\n` },
    },
    ignoreBy: { path: "src/server.ts" },
  },
  "transport/outdated-sdk": {
    fires: { title: "the SDK locked below 1.24.0", files: sdkLocked("1.17.0") },
    quiet: { title: "locked at 1.26.0", files: sdkLocked("1.26.0") },
    ignoreBy: { package: "@modelcontextprotocol/sdk" },
  },
  "transport/weak-session-id": {
    fires: { title: "session ids from Math.random", files: httpServer("", `app.listen(3000, "127.0.0.1");`, `{ sessionIdGenerator: () => Math.random().toString(36).slice(2), enableDnsRebindingProtection: true, allowedHosts: ["127.0.0.1:3000"] }`) },
    quiet: { title: "crypto.randomUUID", files: httpServer("", `app.listen(3000, "127.0.0.1");`, PROTECTED) },
    ignoreBy: { path: "src/server.ts" },
  },
  "transport/conformance-failure": {
    fires: {
      title: "a server that prints a banner on stdout",
      files: stdio(`process.stderr.write("ready\\n");`),
      context: "`--probe` started the server; line 1 of its stdout was `Server v1 ready`, not JSON-RPC. The rule's own tests build the probe's result; this page describes it.",
    },
    quiet: { title: "every check passed", files: stdio(""), context: "initialize, version negotiation, tools/list and malformed-request errors all passed. The rule's own tests build the probe's result; this page describes it." },
    ignoreBy: { path: "package.json" },
  },
  "transport/invalid-tool-name": {
    fires: { title: "a tool name with a space and a slash", files: stdio(`server.tool("get weather/now", "Current weather", {}, async () => ({ content: [] }));`) },
    quiet: { title: "dotted, dashed and underscored names", files: stdio(`server.tool("weather.get_current-v2", "Current weather", {}, async () => ({ content: [] }));`) },
    ignoreBy: { path: "src/index.ts" },
  },
};
