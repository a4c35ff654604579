import { collectRemotes } from "../../src/facts/remotes.js";
import { buildSnapshot } from "../helpers/snapshot.js";

const readme = `# Weather MCP

Add this to your client config:

\`\`\`json
{
  "mcpServers": {
    "weather": { "url": "https://mcp.weather.example/mcp", "type": "http" },
    // comments and trailing commas are common in READMEs
    "legacy": { "serverUrl": "https://old.weather.example/sse", "type": "sse", },
    "proxied": { "command": "npx", "args": ["-y", "mcp-remote", "https://abc.ngrok-free.app/mcp"] },
    "local": { "command": "node", "args": ["dist/index.js"] }
  }
}
\`\`\`

\`\`\`bash
npx something https://not-a-config.example
\`\`\`
`;

test("reads server.json remotes and README mcpServers blocks with their lines", () => {
  const serverJson = {
    path: "server.json",
    text: `{\n  "name": "io.github.acme/weather",\n  "remotes": [\n    { "type": "streamable-http", "url": "https://mcp.acme.dev/mcp" }\n  ]\n}`,
    data: { name: "io.github.acme/weather", remotes: [{ type: "streamable-http", url: "https://mcp.acme.dev/mcp" }] },
  };
  const remotes = collectRemotes(serverJson, [{ path: "README.md", text: readme }, { path: "docs/guide.md", text: readme }]);
  expect(remotes).toEqual([
    { url: "https://mcp.acme.dev/mcp", transport: "streamable-http", source: "server.json", location: { path: "server.json", startLine: 4 } },
    { url: "https://mcp.weather.example/mcp", transport: "streamable-http", source: "readme", location: { path: "README.md", startLine: 8 } },
    { url: "https://old.weather.example/sse", transport: "sse", source: "readme", location: { path: "README.md", startLine: 10 } },
    { url: "https://abc.ngrok-free.app/mcp", source: "readme", location: { path: "README.md", startLine: 11 } },
  ]);
});

test("a stdio-only server has no remotes, and the snapshot carries them", async () => {
  expect(collectRemotes(undefined, [{ path: "README.md", text: "```json\n{\"mcpServers\":{\"x\":{\"command\":\"npx\",\"args\":[\"x\"]}}}\n```" }])).toEqual([]);
  const snapshot = await buildSnapshot({ files: { "README.md": readme } });
  expect(snapshot.remotes?.map((r) => r.url)).toHaveLength(3);
});
