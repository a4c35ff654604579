import { spawn, type ChildProcess } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { freePort } from "../helpers/net.js";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { APP_ID, throwawayPrivateKey } from "../helpers/github-app.js";

/**
 * Starts the App the way `npm start` does (probot's own `probot run <app>`), on loopback with a throwaway key,
 * with the GitHub API pointed at a closed port so every GitHub call fails at once.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SECRET = "start-test-secret";
let child: ChildProcess | undefined;
let outDir: string | undefined;
let baseUrl = "";
let output = "";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

async function waitForPing(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    if (child?.exitCode !== null) throw new Error(`the app exited (${child?.exitCode}):\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app did not answer /ping in time:\n${output}`);
}

beforeAll(async () => {
  // The compiled layout of `npm run build` (build/ mirrors src/), one level below the repository root so
  // package.json and data/ resolve as they do from build/; esbuild only strips types, in well under a second.
  outDir = mkdtempSync(path.join(REPO_ROOT, ".app-start-test-"));
  await build({
    entryPoints: sourceFiles(path.join(REPO_ROOT, "src")),
    outdir: outDir,
    outbase: path.join(REPO_ROOT, "src"),
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
  });
  const [port, closedPort] = await Promise.all([freePort(), freePort()]);
  baseUrl = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, [path.join(REPO_ROOT, "node_modules/probot/bin/probot.js"), "run", path.join(outDir, "app/index.js")], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env["PATH"] ?? "",
      HOME: process.env["HOME"] ?? "",
      APP_ID: String(APP_ID),
      PRIVATE_KEY: throwawayPrivateKey(),
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      // probot's GitHub Enterprise settings move the API base URL: here, to a port nothing listens on.
      GHE_HOST: `127.0.0.1:${closedPort}`,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForPing(Date.now() + 60_000);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function deliver(body: string, secret: string): Promise<Response> {
  return fetch(`${baseUrl}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": randomUUID(),
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    },
    body,
  });
}

const ping = JSON.stringify({
  zen: "Keep it logically awesome.",
  hook_id: 1,
  hook: { type: "App", id: 1, active: true, events: ["push"], config: { content_type: "json", url: "http://127.0.0.1/" } },
});

test("a signed ping webhook is accepted", async () => {
  const res = await deliver(ping, SECRET);
  expect(res.status).toBe(200);
});

test("a ping signed with another secret is refused", async () => {
  const res = await deliver(ping, "forged");
  expect(res.status).toBe(400);
});

// A hang would show as the test's own time-out; how fast it answers is not asserted (a loaded machine is slow).
test("with GitHub unreachable the badge answers grey unknown", async () => {
  for (const format of ["svg", "json"]) {
    const res = await fetch(`${baseUrl}/badge/octo/server.${format}`);
    const body = await res.text();
    expect(res.status).toBe(200);
    if (format === "svg") {
      expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      expect(body).toContain(">unknown<");
      expect(body).toContain("#9f9f9f");
    } else {
      expect(JSON.parse(body)).toEqual({ schemaVersion: 1, label: "MCP Trust", message: "unknown", color: "lightgrey" });
    }
  }
});
