/**
 * No secret leaves in any output: a canary planted in the environment, in the scanned tree (a token in code and in
 * a tool description, credentials in the lockfile, the repository URL and server.json remotes) and in the registry
 * URL is looked for in every format the CLI writes, on stdout, stderr and --output files.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compileSources, runCompiledCli, type CompiledSources } from "../helpers/compiled-sources.js";
import { writeTree } from "../helpers/snapshot.js";

const TREE_TOKEN = "ghp_Zq8Xv2Lm5Np7Rt9Wb3Yc6Hd1Kf4Gj0Ms2Ua5E";
const CANARIES = [TREE_TOKEN, "canary-env-7f3a9e2b1c", "canary-repo-pass-77", "canary-lock-pass-88", "canary-query-key-99", "canary-remote-pass-66", "canary-reg-token-42"];

let compiled: CompiledSources;
let root: string;
let out: string;

beforeAll(async () => {
  compiled = await compileSources();
  out = mkdtempSync(path.join(tmpdir(), "mcp-trust-canary-out-"));
  root = writeTree({
    "package.json": JSON.stringify({ name: "canary-server", version: "1.0.0", repository: { type: "git", url: "https://x-access-token:canary-repo-pass-77@github.com/o/r.git" }, dependencies: { zod: "3.25.76" } }),
    "package-lock.json": JSON.stringify({
      name: "canary-server", version: "1.0.0", lockfileVersion: 3, requires: true,
      packages: {
        "": { name: "canary-server", version: "1.0.0", dependencies: { zod: "3.25.76" } },
        "node_modules/zod": { version: "3.25.76", resolved: "https://user:canary-lock-pass-88@registry.example.com/zod/-/zod-3.25.76.tgz", integrity: "sha512-gzUt/qt81nXsFGKIFcC3YnfEAx5NkunCfnDlvuBSSFS02bcXu4Lmea0AFIUwbLWxWPx3d9p8S5QoaujKcNQxcQ==" },
      },
    }),
    "server.json": JSON.stringify({ name: "io.github.o/canary", version: "1.0.0", remotes: [{ type: "streamable-http", url: "https://api.example.com/mcp?api_key=canary-query-key-99" }, { type: "sse", url: "http://admin:canary-remote-pass-66@203.0.113.7:8080/sse" }] }),
    "src/index.js": [
      `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";`,
      `const server = new McpServer({ name: "canary", version: "1.0.0" });`,
      `const token = "${TREE_TOKEN}";`,
      `server.tool("deploy", "Deploys with ${TREE_TOKEN} as the credential", {}, async () => ({ content: [] }));`,
      "",
    ].join("\n"),
  });
}, 60_000);

afterAll(() => {
  compiled?.remove();
  for (const dir of [root, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const env = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", CANARY_TOKEN: "canary-env-7f3a9e2b1c" };
// A registry with credentials that nothing listens on: every registry error quotes its URL.
const registry = ["--registry", "http://reguser:canary-reg-token-42@127.0.0.1:9/"];

test.each(["json", "text", "markdown", "sarif"])("scan --format %s writes no canary, on stdout, stderr or --output", async (format) => {
  const stdoutRun = await runCompiledCli(compiled, ["scan", root, "--format", format, ...registry], { env });
  const file = path.join(out, `report.${format}`);
  const fileRun = await runCompiledCli(compiled, ["scan", root, "--format", format, "--output", file, ...registry], { env });
  const outputs = [stdoutRun.stdout, stdoutRun.stderr, fileRun.stdout, fileRun.stderr, readFileSync(file, "utf8")];
  expect(stdoutRun.signal).toBeNull();
  // The scan saw the planted secrets (so the test can fail): the token is reported, masked.
  expect(stdoutRun.stdout).toContain("hardcoded-secret");
  for (const output of outputs) for (const canary of CANARIES) expect(output).not.toContain(canary);
}, 180_000);

test("diff --format json writes no canary", async () => {
  const run = await runCompiledCli(compiled, ["diff", root, root, "--format", "json", ...registry], { env });
  expect(run.stdout.length).toBeGreaterThan(100);
  for (const canary of CANARIES) {
    expect(run.stdout).not.toContain(canary);
    expect(run.stderr).not.toContain(canary);
  }
}, 180_000);

test("an error line masks the registry's credentials and the environment's secrets", async () => {
  const run = await runCompiledCli(compiled, ["scan", "npm:canary-does-not-exist", ...registry], { env });
  expect(run.code).toBe(2);
  for (const canary of CANARIES) expect(run.stderr).not.toContain(canary);
}, 180_000);
