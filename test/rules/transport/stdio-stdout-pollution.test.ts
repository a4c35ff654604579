import { stdioStdoutPollution } from "../../../src/rules/transport/stdio-stdout-pollution.js";
import { ruleTest } from "../../helpers/rule-test.js";

const stdioServer = (body: string): string => `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
const server = new McpServer({ name: "x", version: "1.0.0" });
${body}
await server.connect(new StdioServerTransport());
`;

ruleTest(stdioStdoutPollution, {
  fires: [
    {
      name: "console.log in a stdio server",
      files: { "src/index.ts": stdioServer(`console.log("server started");`) },
      count: 1,
      severity: "medium",
      expect: ([f]) => expect(f!.location).toEqual({ path: "src/index.ts", startLine: 4 }),
    },
    {
      name: "process.stdout.write and console.info in another module of the same server",
      files: { "src/index.ts": stdioServer(""), "src/log.ts": `export const log = (m: string) => { process.stdout.write(m); console.info(m); };` },
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
      name: "Python FastMCP default run() with a bare print",
      files: { "server.py": `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nprint("starting")\nif __name__ == "__main__":\n    mcp.run()\n` },
      count: 1,
      expect: ([f]) => expect(f!.location?.startLine).toBe(3),
    },
  ],
  quiet: [
    { name: "console.error only", files: { "src/index.ts": stdioServer(`console.error("server started");`) } },
    { name: "an HTTP-only server may log to stdout", files: { "src/index.ts": `import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";\nconsole.log("listening");\nnew StreamableHTTPServerTransport({ sessionIdGenerator: undefined });` } },
    { name: "console.log redirected to stderr", files: { "src/index.ts": stdioServer(`console.log = console.error;\nconsole.log("hi");`) } },
    { name: "a test file", files: { "src/index.ts": stdioServer(""), "test/index.test.ts": `console.log("x")` } },
    { name: "Python print to stderr, sse transport", files: { "server.py": `import sys\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nprint("a", file=sys.stderr)\nmcp.run()\n` } },
    { name: "Python print in an HTTP server", files: { "server.py": `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nprint("a")\nmcp.run(transport="streamable-http")\n` } },
  ],
});
