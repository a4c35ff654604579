import type { RemoteEndpoint } from "../../../src/model.js";
import { runRules } from "../../../src/rules/engine.js";
import { REMOTE_ENDPOINT_DIMENSION, REMOTE_ENDPOINT_RULES } from "../../../src/rules/remote-endpoint/index.js";
import { ipOrTunnelEndpoint } from "../../../src/rules/remote-endpoint/ip-or-tunnel-endpoint.js";
import { noAuthMetadata } from "../../../src/rules/remote-endpoint/no-auth-metadata.js";
import { plainHttpEndpoint } from "../../../src/rules/remote-endpoint/plain-http-endpoint.js";
import { unverifiedOperator } from "../../../src/rules/remote-endpoint/unverified-operator.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { buildSnapshot } from "../../helpers/snapshot.js";

const remote = (url: string): RemoteEndpoint => ({ url, source: "server.json", location: { path: "server.json", startLine: 4 } });
const remotes = (...urls: string[]) => ({ remotes: urls.map(remote) });
const serverJson = (name: string, url: string): Record<string, string> => ({
  "server.json": JSON.stringify({ name, version: "1.0.0", remotes: [{ type: "streamable-http", url }] }, null, 2),
});

ruleTest(plainHttpEndpoint, {
  fires: [
    { name: "http:// on a public host", facts: remotes("http://mcp.example.com/mcp"), count: 1, severity: "medium" },
    { name: "from a real server.json", files: serverJson("com.example/x", "http://mcp.example.com/mcp"), count: 1, expect: ([f]) => expect(f!.location?.path).toBe("server.json") },
  ],
  quiet: [
    { name: "https", facts: remotes("https://mcp.example.com/mcp") },
    { name: "localhost over http", facts: remotes("http://localhost:3000/mcp", "http://127.0.0.1:8080/sse") },
  ],
});

ruleTest(ipOrTunnelEndpoint, {
  fires: [
    { name: "raw IPv4", facts: remotes("https://203.0.113.7/mcp"), count: 1, severity: "medium" },
    { name: "raw IPv6", facts: remotes("https://[2001:db8::1]/mcp"), count: 1 },
    { name: "ngrok and trycloudflare", facts: remotes("https://a1b2.ngrok-free.app/mcp", "https://x-y.trycloudflare.com/sse"), count: 2 },
  ],
  quiet: [{ name: "a named domain and loopback", facts: remotes("https://mcp.example.com/mcp", "http://127.0.0.1/mcp") }],
});

ruleTest(unverifiedOperator, {
  fires: [
    { name: "io.github namespace, unrelated domain", files: serverJson("io.github.acme/weather", "https://mcp.totally-other.com/mcp"), count: 1, severity: "low", expect: ([f]) => expect(f!.evidence).toBe("totally-other.com") },
    { name: "reverse-DNS namespace, another domain", files: serverJson("com.example/weather", "https://api.attacker.net/mcp"), count: 1 },
    { name: "shared hosting is the customer's subdomain", files: serverJson("io.github.acme/w", "https://someone-else.vercel.app/mcp"), count: 1 },
  ],
  quiet: [
    { name: "github owner is the domain's name", files: serverJson("io.github.acme/weather", "https://mcp.acme.dev/mcp") },
    { name: "reverse-DNS namespace on its own subdomain", files: serverJson("com.example/weather", "https://mcp.example.com/mcp") },
    {
      name: "repository owner matches the domain",
      files: { ...serverJson("io.github.someone/w", "https://api.stripe.com/mcp"), "package.json": JSON.stringify({ name: "x", repository: "git+https://github.com/stripe/agent-toolkit.git" }) },
    },
    { name: "nothing to compare against", facts: remotes("https://mcp.unrelated.com/mcp") },
  ],
});

ruleTest(noAuthMetadata, {
  fires: [
    {
      name: "the probe found no metadata",
      facts: { ...remotes("https://mcp.example.com/mcp"), probe: { transport: "http", command: "https://mcp.example.com/mcp", checks: [], tools: [], authMetadata: [{ origin: "https://mcp.example.com", ok: false, detail: "HTTP 404" }] } },
      count: 1,
      severity: "low",
      expect: ([f]) => expect(f!.location?.path).toBe("server.json"),
    },
  ],
  quiet: [
    { name: "not probed", facts: remotes("https://mcp.example.com/mcp") },
    { name: "metadata present", facts: { ...remotes("https://mcp.example.com/mcp"), probe: { transport: "http", command: "x", checks: [], tools: [], authMetadata: [{ origin: "https://mcp.example.com", ok: true, detail: "ok" }] } } },
  ],
});

test("the dimension is not-applicable without remotes", async () => {
  const run = runRules(REMOTE_ENDPOINT_RULES, [REMOTE_ENDPOINT_DIMENSION], await buildSnapshot({ files: { "index.js": "" } }));
  expect(run.statuses["remote-endpoint"]).toBe("not-applicable");
  const withRemote = runRules(REMOTE_ENDPOINT_RULES, [REMOTE_ENDPOINT_DIMENSION], await buildSnapshot({ facts: remotes("https://mcp.example.com/mcp") }));
  expect(withRemote.statuses["remote-endpoint"]).toBe("checked");
});
