import { invalidToolName } from "../../../src/rules/transport/invalid-tool-name.js";
import type { ToolDescriptor } from "../../../src/model.js";
import { ruleTest } from "../../helpers/rule-test.js";

const tool = (name: string, line = 1, path = "src/index.ts"): ToolDescriptor => ({ kind: "tool", name, location: { path, startLine: line } });
const probe = (names: string[]) => ({ transport: "stdio" as const, command: "node index.js", checks: [], tools: names.map((name) => ({ name })) });

ruleTest(invalidToolName, {
  fires: [
    { name: "a space and a slash", facts: { tools: [tool("get weather/now")] }, count: 1, severity: "low", expect: ([f]) => expect(f!.message).toContain('a space, "/"') },
    { name: "longer than 128 characters", facts: { tools: [tool("a".repeat(129))] }, count: 1 },
    { name: "registered twice in one file", facts: { tools: [tool("search", 3), tool("search", 9)] }, count: 1, expect: ([f]) => expect(f!.message).toContain("first at line 3") },
    { name: "from the live probe's tools/list", facts: { tools: [], probe: probe(["ok", "bad:name", "ok"]) }, count: 2 },
    {
      name: "from real registrations in code",
      files: { "src/index.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nconst s = new McpServer({ name: "x", version: "1" });\ns.tool("read file", "Reads a file", async () => ({ content: [] }));\n` },
      count: 1,
    },
  ],
  quiet: [
    { name: "dotted, dashed and underscored names", facts: { tools: [tool("files.read_text-v2"), tool("search")] } },
    { name: "the same tool in a source and its built copy", facts: { tools: [tool("search", 3, "src/index.ts"), tool("search", 40, "dist/index.js")] } },
    { name: "a prompt may have other names", facts: { tools: [{ kind: "prompt", name: "Summarise text", location: { path: "a.ts" } }] } },
  ],
});
