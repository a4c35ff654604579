import { commandInjection } from "../../../src/rules/code/command-injection.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { minified, pyServer, server } from "./cases.js";

const toolExec = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { exec } from "node:child_process";

const server = new McpServer({ name: "demo", version: "1.0.0" });
server.tool("ping", "Ping a host", { host: z.string() }, async ({ host }) => {
  const command = \`ping -c 1 \${host}\`;
  exec(command);
  return { content: [] };
});
`;

ruleTest(commandInjection, {
  fires: [
    {
      name: "exec of a template built from destructured tool arguments",
      files: server(toolExec),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: "src/index.ts", startLine: 8 });
        expect(f!.evidence).toBe("exec(command)");
        expect(f!.message).toContain('argument `host` of tool "ping"');
        expect(f!.message).toContain("src/index.ts:6");
      },
    },
    {
      name: "the same server minified into one line",
      files: minified(toolExec),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.location?.path).toBe("dist/index.js");
        expect(f!.evidence!.length).toBeLessThanOrEqual(120);
        expect(f!.evidence).toMatch(/^\w+\(/);
      },
    },
    {
      name: "namespace import and registerTool with the args object",
      files: server(`import * as cp from "child_process";
server.registerTool("run", { description: "Run", inputSchema: { cmd: z.string() } }, async (args) => {
  cp.execSync("git " + args.cmd);
});
`),
      count: 1,
      severity: "critical",
    },
    {
      name: "aliased destructured require and a spawn with shell: true",
      files: server(`const { spawn: run } = require("node:child_process");
server.tool("grep", "Search", {}, async ({ pattern }) => run("grep", ["-r", pattern], { shell: true }));
`),
      count: 1,
      severity: "critical",
    },
    {
      name: "promisify(exec) under another name, via a local helper function",
      files: server(`import { exec } from "child_process";
import util from "util";
const sh = util.promisify(exec);
function build(target) { return "make " + target; }
server.tool("make", "Build", {}, async (input) => { await sh(build(input.target)); });
`),
      count: 1,
      severity: "critical",
    },
    {
      name: "CallToolRequestSchema handler reading request.params.arguments",
      files: server(`import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { execSync } from "child_process";
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  return execSync(\`\${name} \${args.flags}\`).toString();
});
`),
      count: 1,
      severity: "critical",
    },
    {
      name: "HTTP request data into exec",
      files: server(`import { exec } from "child_process";
import express from "express";
const app = express();
app.get("/run", (req, res) => { exec("ls " + req.query.dir); });
`),
      count: 1,
      severity: "critical",
      expect: ([f]) => expect(f!.message).toContain("HTTP request data"),
    },
    {
      name: "the open package with a URL from a network response (high)",
      files: server(`import open from "open";
const meta = await (await fetch("https://auth.example.com/.well-known")).json();
await open(meta.authorization_endpoint);
`),
      count: 1,
      severity: "high",
    },
    {
      name: "exec of open with a device-code URL from the response, JSON.stringify does not stop $(…) (high)",
      files: server(`import { exec } from "node:child_process";
async function requestDeviceCode(host) {
  const resp = await fetch(\`https://\${host}/oauth/device/code\`, { method: "POST" });
  return await resp.json();
}
function openBrowser(url) {
  if (process.platform === "darwin") exec(\`open \${JSON.stringify(url)}\`);
  else exec(\`xdg-open \${JSON.stringify(url)}\`);
}
export async function authenticate(host) {
  const response = await requestDeviceCode(host);
  openBrowser(response.verification_uri_complete);
}
`),
      count: 2,
      severity: "high",
      expect: ([f]) => expect(f!.message).toContain("network response"),
    },
    {
      name: "open of the URL the MCP SDK passes to redirectToAuthorization (CVE-2025-6514 shape)",
      files: server(`import open from "open";
export class NodeOAuthClientProvider {
  async redirectToAuthorization(authorizationUrl: URL) {
    console.error(\`Please authorize: \${authorizationUrl.toString()}\`);
    await open(authorizationUrl.toString());
  }
}
`),
      count: 1,
      severity: "high",
      expect: ([f]) => expect(f!.message).toContain("network response"),
    },
    {
      name: "open of a tool argument (critical)",
      files: server(`import open from "open";
server.tool("browse", "Open a page", {}, async ({ url }) => { await open(url); });
`),
      count: 1,
      severity: "critical",
    },
    {
      name: "a command from a parameter nothing in the package fills (low: the analysis could not follow it)",
      files: server(`import { execSync } from "child_process";
export function build(dir: string) { return execSync(\`npm run build --prefix \${dir}\`); }
`),
      count: 1,
      severity: "low",
    },
    {
      name: "Python subprocess with shell=True from a FastMCP tool",
      files: pyServer(`import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP("demo")

@mcp.tool()
def run(cmd: str) -> str:
    """Run a command."""
    return subprocess.run(f"echo {cmd}", shell=True, capture_output=True).stdout
`),
      count: 1,
      severity: "critical",
      expect: ([f]) => expect(f!.location).toEqual({ path: "src/demo/server.py", startLine: 8 }),
    },
    {
      name: "Python os.system through an alias",
      files: pyServer(`import os as o
@mcp.tool()
def go(name: str):
    o.system("touch " + name)
`),
      count: 1,
      severity: "critical",
    },
  ],
  quiet: [
    {
      name: "a literal command",
      files: server(`import { execSync } from "child_process";\nconst GIT = "git";\nexecSync(\`\${GIT} status\`);\nexecSync("ls -la");\n`),
    },
    {
      name: "execFile with an argument array and no shell",
      files: server(`import { execFile } from "child_process";
server.tool("ping", "Ping", {}, async ({ host }) => { execFile("ping", ["-c", "1", "--", host]); });
`),
    },
    {
      name: "spawn with shell: false",
      files: server(`import { spawn } from "child_process";
server.tool("ping", "Ping", {}, async ({ host }) => { spawn("ping", [host], { shell: false }); });
`),
    },
    {
      name: "Python subprocess with an argument list",
      files: pyServer(`import subprocess
@mcp.tool()
def run(host: str):
    subprocess.run(["ping", "-c", "1", host])
`),
    },
    {
      name: "open of an OAuth URL the server builds from its configured origin",
      files: server(`import open from "open";
class GitLabOAuth {
  constructor(private config: { gitlabUrl: string; clientId: string }) {}
  async getAuthorizationUrl(state: string) {
    const params = new URLSearchParams();
    params.append("client_id", this.config.clientId);
    params.append("state", state);
    return \`\${this.config.gitlabUrl}/oauth/authorize?\${params.toString()}\`;
  }
  async login(state: string) {
    const authUrl = await this.getAuthorizationUrl(state);
    open(authUrl).catch(() => {});
  }
}
`),
    },
    {
      name: "open of the URL an auth library hands its openBrowser callback (MSAL)",
      files: server(`import open from "open";
const result = await app.acquireTokenInteractive({
  scopes,
  openBrowser: async (url) => { open(url); },
});
`),
    },
    {
      name: "redirectToAuthorization URL through strict-url-sanitise and a local helper (mcp-remote 0.15)",
      files: server(`import open from "open";
import { sanitizeUrl } from "strict-url-sanitise";
async function openBrowser(url2) {
  return await open(url2);
}
export class Provider {
  async redirectToAuthorization(authorizationUrl) {
    await openBrowser(sanitizeUrl(authorizationUrl.toString()));
  }
}
`),
    },
    {
      name: "a test file",
      files: { "package.json": "{}", "test/run.test.ts": `import { exec } from "child_process";\nexec(process.argv[2]);\n` },
    },
  ],
});
