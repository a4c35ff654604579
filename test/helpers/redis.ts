/**
 * Redis for the BullMQ integration tests: the server `.ci/run` started (MCP_TRUST_TEST_REDIS_URL), or one started here
 * on a free port when redis-server is installed; otherwise undefined and a line saying why the tests skip.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { freePort } from "./net.js";
import { Redis } from "ioredis";

export interface TestRedis {
  url: string;
  /** A name no other test uses (queue names, key prefixes). */
  unique(prefix: string): string;
  stop(): Promise<void>;
}

async function ping(url: string, attempts: number): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on("error", () => {});
    try {
      await client.connect();
      if ((await client.ping()) === "PONG") return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      client.disconnect();
    }
  }
  return false;
}

export async function startRedis(): Promise<TestRedis | undefined> {
  const unique = (prefix: string): string => `${prefix}-${randomBytes(4).toString("hex")}`;
  const given = process.env["MCP_TRUST_TEST_REDIS_URL"];
  if (given) {
    if (await ping(given, 20)) return { url: given, unique, stop: async () => {} };
    console.log(`BullMQ tests skipped: MCP_TRUST_TEST_REDIS_URL=${given} does not answer`);
    return undefined;
  }
  if (spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status !== 0) {
    console.log("BullMQ tests skipped: no redis-server (apt-get install redis-server, or run .ci/run, which starts one)");
    return undefined;
  }
  const port = await freePort();
  const server: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  if (!(await ping(url, 50))) {
    server.kill("SIGKILL");
    console.log(`BullMQ tests skipped: redis-server did not start on port ${port}`);
    return undefined;
  }
  return {
    url,
    unique,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}
