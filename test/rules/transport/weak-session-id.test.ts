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
    { name: "a hand-rolled session id variable", files: { "src/h.ts": `export function open() { const sessionId = Math.random().toString(16); return sessionId; }` }, count: 1 },
    { name: "minified options object", files: { "d.js": `const{StreamableHTTPServerTransport:T}=require("@modelcontextprotocol/sdk/server/streamableHttp.js");new T({sessionIdGenerator:()=>""+Date.now()})` }, count: 1 },
  ],
  quiet: [
    { name: "crypto.randomUUID", files: { "src/s.ts": transport("() => randomUUID()", `import { randomUUID } from "node:crypto";`) } },
    { name: "stateless (undefined)", files: { "src/s.ts": transport("undefined") } },
    { name: "Math.random for something else", files: { "src/s.ts": `export const jitter = Math.random() * 100;` } },
  ],
});
