/** The remote-endpoint rules' documented examples (docs/rules/remote-endpoint/), each run by test/rules/examples.test.ts. */
import { packageJson, type RuleExamples } from "../example-files.js";

const serverJson = (name: string, url: string, extra: Record<string, string> = {}): Record<string, string> => ({
  "server.json": `${JSON.stringify({ name, version: "1.0.0", remotes: [{ type: "streamable-http", url }] }, null, 2)}\n`,
  ...extra,
});

export const REMOTE_ENDPOINT_EXAMPLES: Record<string, RuleExamples> = {
  "remote-endpoint/plain-http-endpoint": {
    fires: { title: "a remote over plain http", files: serverJson("com.example/weather", "http://mcp.example.com/mcp") },
    quiet: { title: "the same remote over https", files: serverJson("com.example/weather", "https://mcp.example.com/mcp") },
    ignoreBy: { path: "server.json" },
  },
  "remote-endpoint/ip-or-tunnel-endpoint": {
    fires: { title: "a remote behind an ngrok tunnel", files: serverJson("com.example/weather", "https://a1b2c3.ngrok-free.app/mcp") },
    quiet: { title: "a named domain", files: serverJson("com.example/weather", "https://mcp.example.com/mcp") },
    ignoreBy: { path: "server.json" },
  },
  "remote-endpoint/unverified-operator": {
    fires: { title: "an io.github namespace whose remote is on an unrelated domain", files: serverJson("io.github.acme/weather", "https://mcp.totally-other.com/mcp") },
    quiet: { title: "the GitHub owner is the domain's name", files: serverJson("io.github.acme/weather", "https://mcp.acme.dev/mcp", { "package.json": packageJson({ mcpName: "io.github.acme/weather" }) }) },
    ignoreBy: { path: "server.json" },
  },
  "remote-endpoint/no-auth-metadata": {
    fires: {
      title: "a remote with no OAuth protected-resource metadata",
      files: serverJson("com.example/weather", "https://mcp.example.com/mcp"),
      context: "`--probe` asked https://mcp.example.com/.well-known/oauth-protected-resource and got a 404. The rule's own tests build the probe's result; this page describes it.",
    },
    quiet: {
      title: "metadata served",
      files: serverJson("com.example/weather", "https://mcp.example.com/mcp"),
      context: "The probe found RFC 9728 metadata naming the authorization server. The rule's own tests build the probe's result; this page describes it.",
    },
    ignoreBy: { path: "server.json" },
  },
};
