import { bindsAllInterfaces } from "../../../src/rules/transport/binds-all-interfaces.js";
import { ruleTest } from "../../helpers/rule-test.js";

const server = (listen: string): string => `import express from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
const app = express();
app.post("/mcp", (req, res) => new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }).handleRequest(req, res));
${listen}
`;

ruleTest(bindsAllInterfaces, {
  fires: [
    { name: "listen(port) with no host", files: { "src/server.ts": server("app.listen(3000);") }, count: 1, severity: "medium", expect: ([f]) => expect(f!.location?.startLine).toBe(5) },
    { name: "0.0.0.0 as the fallback of an env var", files: { "src/server.ts": server(`const HOST = process.env.HOST || "0.0.0.0";\napp.listen(3000, HOST, () => {});`) }, count: 1 },
    { name: "listen({ port, host: '::' })", files: { "src/server.ts": server(`app.listen({ port: 3000, host: "::" });`) }, count: 1 },
    { name: "minified, callback instead of host", files: { "d.js": `const e=require("express"),{StreamableHTTPServerTransport:S}=require("@modelcontextprotocol/sdk/server/streamableHttp.js"),a=e();a.post("/mcp",(q,r)=>new S({}).handleRequest(q,r));a.listen(8080,()=>{})` }, count: 1 },
    { name: "Python FastMCP on 0.0.0.0", files: { "server.py": `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nmcp.run(transport="sse", host="0.0.0.0", port=8000)\n` }, count: 1 },
  ],
  quiet: [
    { name: "localhost", files: { "src/server.ts": server(`app.listen(3000, "127.0.0.1");`) } },
    { name: "env var with a localhost default", files: { "src/server.ts": server(`const host = process.env.HOST ?? "localhost";\napp.listen(3000, host);`) } },
    { name: "host only from the environment", files: { "src/server.ts": server(`app.listen(3000, process.env.HOST);`) } },
    { name: "a non-MCP express app", files: { "web.js": `const app = require("express")();\napp.listen(3000);` } },
    { name: "Python FastMCP with its default host", files: { "server.py": `from mcp.server.fastmcp import FastMCP\nFastMCP("x").run(transport="sse")\n` } },
  ],
});
