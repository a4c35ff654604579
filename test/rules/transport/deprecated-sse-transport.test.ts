import { deprecatedSseTransport } from "../../../src/rules/transport/deprecated-sse-transport.js";
import { ruleTest } from "../../helpers/rule-test.js";

ruleTest(deprecatedSseTransport, {
  fires: [
    { name: "SSEServerTransport", files: { "src/server.ts": `import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";\nexport const t = (res: any) => new SSEServerTransport("/messages", res);` }, count: 1, severity: "low" },
    { name: "aliased through require destructuring", files: { "s.cjs": `const { SSEServerTransport: Old } = require("@modelcontextprotocol/sdk/server/sse.js");\nmodule.exports = (r) => new Old("/m", r);` }, count: 1 },
    { name: "minified namespace require", files: { "d.js": `var s=require("@modelcontextprotocol/sdk/server/sse.js");module.exports=r=>new s.SSEServerTransport("/m",r)` }, count: 1 },
    { name: "Python transport=\"sse\"", files: { "server.py": `from fastmcp import FastMCP\nmcp = FastMCP("x")\nmcp.run(transport="sse")\n` }, count: 1 },
  ],
  quiet: [
    { name: "Streamable HTTP", files: { "src/server.ts": `import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";\nnew StreamableHTTPServerTransport({ sessionIdGenerator: undefined });` } },
    { name: "Python streamable-http", files: { "server.py": `from fastmcp import FastMCP\nFastMCP("x").run(transport="streamable-http")\n` } },
  ],
});
