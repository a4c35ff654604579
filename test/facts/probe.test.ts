import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import nock from "nock";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UnavailableError } from "../../src/errors.js";
import { readManifest } from "../../src/facts/manifest.js";
import { killTree, runProbe, serverCommand } from "../../src/facts/probe.js";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const probeFixture = (name: string) => {
  const root = path.join(fixtures, name);
  return runProbe({ root, manifest: readManifest(root)!, timeoutMs: 30_000 });
};

test("a conformant SDK server passes every check and lists its tools", async () => {
  const result = await probeFixture("probe-good-stdio-server");
  expect(result.checks.filter((c) => !c.passed)).toEqual([]);
  expect(result.checks.map((c) => c.name)).toEqual([
    "initialize",
    "version negotiation",
    "version negotiation asking for 2025-06-18",
    "unknown version 2099-01-01 gets a supported one",
    "server/discover (2026-07-28) gets an answer",
    "tools/list schemas",
    "unknown method gets a JSON-RPC error",
    "bad params get a JSON-RPC error",
    "stdout is JSON-RPC only",
  ]);
  expect(result.protocolVersion).toBe("2025-11-25");
  const detail = Object.fromEntries(result.checks.map((c) => [c.name, c.detail]));
  expect(detail["version negotiation asking for 2025-06-18"]).toBe("server chose 2025-06-18, the version asked for");
  expect(detail["unknown version 2099-01-01 gets a supported one"]).toBe("server offered 2025-11-25");
  expect(detail["server/discover (2026-07-28) gets an answer"]).toBe("not implemented: error -32601 (method not found)");
  expect(result.tools).toEqual([expect.objectContaining({ name: "echo", description: "Echoes text back" })]);
  expect(result.command).toMatch(/^node server\.mjs$/);
}, 60_000);

test("a broken server fails the schema, malformed-request, server/discover and stdout checks", async () => {
  const result = await probeFixture("probe-bad-stdio-server");
  const failed = Object.fromEntries(result.checks.filter((c) => !c.passed).map((c) => [c.name, c.detail]));
  expect(Object.keys(failed).sort()).toEqual([
    "bad params get a JSON-RPC error", "server/discover (2026-07-28) gets an answer", "stdout is JSON-RPC only", "tools/list schemas", "unknown method gets a JSON-RPC error",
  ]);
  expect(failed["stdout is JSON-RPC only"]).toContain("Bad server v0.1 starting...");
  expect(failed["tools/list schemas"]).toContain('run: inputSchema.type is "string"');
  // Silence to discover, and its banner is the only thing it wrote.
  expect(failed["server/discover (2026-07-28) gets an answer"]).toBe('no JSON-RPC answer within the time limit (stdout had 1 non-JSON-RPC line(s), first: "Bad server v0.1 starting...")');
  expect(result.protocolVersion).toBe("2025-06-18");
  // It only speaks 2025-06-18: asked for it, or for an unknown revision, it answers 2025-06-18, which the spec allows.
  const passed = Object.fromEntries(result.checks.filter((c) => c.passed).map((c) => [c.name, c.detail]));
  expect(passed["version negotiation asking for 2025-06-18"]).toBe("server chose 2025-06-18, the version asked for");
  expect(passed["unknown version 2099-01-01 gets a supported one"]).toBe("server offered 2025-06-18");
}, 60_000);

test("a server that echoes any requested version and answers server/discover with a non-object fails negotiation", async () => {
  const result = await probeFixture("probe-echo-version-stdio-server");
  const failed = Object.fromEntries(result.checks.filter((c) => !c.passed).map((c) => [c.name, c.detail]));
  expect(failed).toEqual({
    "unknown version 2099-01-01 gets a supported one": "server echoed 2099-01-01, a revision it cannot support",
    "server/discover (2026-07-28) gets an answer": "the answer has neither a result object nor an error",
  });
  expect(result.protocolVersion).toBe("2025-11-25");
}, 60_000);

test("a tree with no bin and no server.json package cannot be probed (skipped, not failed)", async () => {
  await expect(runProbe({ root: fixtures })).rejects.toBeInstanceOf(UnavailableError);
});

test("server.json's npm package runs through its runtime hint with its arguments", () => {
  const serverJson = {
    path: "server.json",
    text: "",
    data: { packages: [{ registryType: "npm", identifier: "@acme/mcp", version: "1.2.3", runtimeHint: "npx", packageArguments: [{ type: "positional", value: "/data" }, { type: "named", name: "--mode", value: "ro" }] }] },
  };
  expect(serverCommand({ root: "/nowhere", serverJson })).toEqual({ command: "npx", args: ["-y", "@acme/mcp@1.2.3", "/data", "--mode", "ro"] });
});

/** Whether a process id is still running (signal 0 only checks); a zombie waiting for its reaper counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

// By outcome: the child and its own child are gone. Which signal ended them depends on how loaded the machine is.
test("killTree ends a child that ignores SIGTERM, and the child's children", async () => {
  const script = "const { spawn } = require('node:child_process'); process.on('SIGTERM', () => {}); const c = spawn(process.execPath, ['-e', \"process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)\"], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000)";
  const child = spawn(process.execPath, ["-e", script], { detached: true, stdio: ["ignore", "pipe", "ignore"] });
  const grandchild = await new Promise<number>((resolve) => child.stdout!.once("data", (chunk: Buffer) => resolve(Number(String(chunk).trim()))));
  await killTree(child);
  expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
  expect(alive(child.pid!)).toBe(false);
  // The grandchild is in the same process group; the kernel reaps it a moment after the group's SIGKILL.
  for (let tries = 0; alive(grandchild) && tries < 100; tries++) await new Promise((r) => setTimeout(r, 50));
  expect(alive(grandchild)).toBe(false);
}, 30_000);

describe("HTTP probe", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.writeHead(req.headers.origin === "https://attacker.example" && req.url === "/strict" ? 403 : 200, { "content-type": "application/json" }).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("403 to a foreign Origin passes, 200 fails", async () => {
    expect((await runProbe({ root: fixtures, url: `${base}/strict` })).checks[0]).toMatchObject({ passed: true });
    const open = await runProbe({ root: fixtures, url: `${base}/open` });
    expect(open.checks[0]).toMatchObject({ name: "foreign Origin/Host rejected", passed: false });
    expect(open.checks[0]!.detail).toContain("HTTP 200");
  });
});

test("RFC 9728 metadata is fetched for each https remote's origin", async () => {
  nock("https://good.example").get("/.well-known/oauth-protected-resource").reply(200, { resource: "https://good.example/mcp", authorization_servers: ["https://auth.example"] });
  nock("https://bare.example").get("/.well-known/oauth-protected-resource").reply(404);
  nock("https://127.0.0.1:1").post("/").reply(403);
  const remote = (url: string) => ({ url, source: "server.json" as const, location: { path: "server.json" } });
  try {
    const result = await runProbe({ root: fixtures, url: "https://127.0.0.1:1/", remotes: [remote("https://good.example/mcp"), remote("https://bare.example/mcp"), remote("http://plain.example/mcp")] });
    expect(result.authMetadata).toEqual([
      { origin: "https://good.example", ok: true, detail: "resource and authorization_servers present" },
      { origin: "https://bare.example", ok: false, detail: "HTTP 404" },
    ]);
  } finally {
    nock.cleanAll();
  }
});
