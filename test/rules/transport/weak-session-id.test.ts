import { weakSessionId } from "../../../src/rules/transport/weak-session-id.js";
import { ruleTest } from "../../helpers/rule-test.js";

const transport = (generator: string, before = ""): string => `import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
${before}
export const t = new StreamableHTTPServerTransport({ sessionIdGenerator: ${generator} });
`;

ruleTest(weakSessionId, {
  fires: [
    { name: "Math.random", files: { "src/s.ts": transport("() => Math.random().toString(36).slice(2)") }, count: 1, severity: "medium", expect: ([f]) => expect(f!.message).toContain("Math.random()") },
    { name: "Date.now through a named function", files: { "src/s.ts": transport("makeId", "function makeId() { return `s-${Date.now()}`; }") }, count: 1 },
    { name: "an incrementing counter", files: { "src/s.ts": transport("() => String(next++)", "let next = 1;") }, count: 1, expect: ([f]) => expect(f!.message).toContain("counter") },
    {
      name: "a hand-rolled session id in a hand-written JSON-RPC HTTP server",
      files: {
        "src/h.ts": `import http from "node:http";
http.createServer((req, res) => {
  const sessionId = Math.random().toString(16);
  res.setHeader("Mcp-Session-Id", sessionId);
  res.end(JSON.stringify({ jsonrpc: "2.0", id: 1, result: {} }));
}).listen(3000, "127.0.0.1");`,
      },
      count: 1,
    },
    { name: "minified options object", files: { "d.js": `const{StreamableHTTPServerTransport:T}=require("@modelcontextprotocol/sdk/server/streamableHttp.js");new T({sessionIdGenerator:()=>""+Date.now()})` }, count: 1 },
  ],
  quiet: [
    { name: "crypto.randomUUID", files: { "src/s.ts": transport("() => randomUUID()", `import { randomUUID } from "node:crypto";`) } },
    { name: "stateless (undefined)", files: { "src/s.ts": transport("undefined") } },
    { name: "Math.random for something else", files: { "src/s.ts": `export const jitter = Math.random() * 100;` } },
    {
      // n8n-mcp: a telemetry mutation id mixing the clock with randomUUID, in CommonJS output.
      name: "the clock mixed with crypto.randomUUID",
      files: { "src/s.ts": transport("() => `s_${Date.now()}_${(0, crypto_1.randomUUID)()}`", `const crypto_1 = require("node:crypto");`) },
    },
    {
      // n8n-mcp dist/scripts/test-telemetry-mutations.js: a telemetry record's sessionId in a script that serves nothing.
      name: "a sessionId field outside any MCP HTTP server",
      files: { "dist/scripts/telemetry.js": `const testMutation = { sessionId: 'test_session_' + Date.now(), toolName: 'x' };\nconsole.log(testMutation);` },
    },
  ],
});
