// Catalog benchmarks (issue 15), run by `npm run bench` through the built CLI, as a user would:
//   - the 20 corpus servers plus the 30 of eval/popular.txt, warm cache, 2 scans at once: servers per second;
//   - peak resident memory of a scan worker process;
//   - on BullMQ, one of two workers killed mid-run: the catalog still completes with every row.
// MCP_TRUST_BENCH_CATALOG=0 skips these (they scan 50 real packages, twice, from the registry).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "mcp-trust.js");

function serverList() {
  const lines = (file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
  const corpus = ["/work/shared/corpus/mcp-servers.txt", path.join(root, "test/fixtures/corpus/mcp-servers.txt")].find(existsSync);
  const popular = path.join(root, "eval/popular.txt");
  if (!corpus || !existsSync(popular)) return undefined;
  return [...new Set([...lines(corpus), ...lines(popular)])];
}

function rowsOf(out) {
  const file = path.join(out, "results.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Runs `mcp-trust catalog` and returns its wall time, its rows and the peak memory of its scan processes (its last stderr line). */
function catalog(list, out, cache, extra = []) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, "catalog", "--from", list, "--out", out, "--cache-dir", cache, ...extra], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`catalog exited ${result.status}: ${(result.stderr || "").trim().split("\n").pop()}`);
  const stderr = result.stderr ?? "";
  const peak = /peak memory (\d+) MB/.exec(stderr);
  const seconds = (label) => Number(new RegExp(`${label} ([\\d.]+) s`).exec(stderr)?.[1] ?? 0) * 1000;
  const own = seconds("listing") + seconds("versions") + seconds("summary") + seconds("site");
  return { ms, rows: rowsOf(out), peakRssMb: peak ? Number(peak[1]) : undefined, ownMs: own, scansMs: seconds("scans") };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  if (spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status !== 0) return undefined;
  const port = await freePort();
  const server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    const pong = spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" }).stdout?.trim();
    if (pong === "PONG") return { url: `redis://127.0.0.1:${port}`, stop: () => server.kill("SIGTERM") };
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill("SIGKILL");
  return undefined;
}

function startWorker(url, cache) {
  return spawn(process.execPath, [cli, "worker", "--queue", url, "--concurrency", "1", "--cache-dir", cache], { stdio: ["ignore", "ignore", "pipe"] });
}

async function killedWorkerRow(list, count, cache, work) {
  const redis = await startRedis();
  if (!redis) return [{ name: "catalog on BullMQ, one of two workers killed mid-run: skipped (no redis-server)", value: 0, target: 0, unit: "rows missing" }];
  const out = path.join(work, "queued");
  const workers = [startWorker(redis.url, cache), startWorker(redis.url, cache)];
  try {
    const started = performance.now();
    const coordinator = spawn(process.execPath, [cli, "catalog", "--from", list, "--out", out, "--cache-dir", cache, "--queue", redis.url], { stdio: ["ignore", "pipe", "pipe"] });
    const done = new Promise((resolve) => coordinator.once("exit", resolve));
    // Once a few rows are in, the first worker dies without warning, in the middle of its next scan.
    while (rowsOf(out).length < Math.min(5, count - 2)) await new Promise((r) => setTimeout(r, 200));
    workers[0].kill("SIGKILL");
    const code = await done;
    const rows = rowsOf(out);
    const keys = new Set(rows.map((r) => r.key));
    const ms = performance.now() - started;
    return [
      { name: `catalog on BullMQ, 2 workers, one killed after 5 rows: rows missing (exit ${code}, ${keys.size}/${count} rows, ${(ms / 1000).toFixed(0)} s)`, value: count - keys.size, target: 0, unit: "rows" },
    ];
  } finally {
    for (const w of workers) w.kill("SIGKILL");
    redis.stop();
  }
}

export async function bench() {
  if (process.env.MCP_TRUST_BENCH_CATALOG === "0") return [];
  const servers = serverList();
  if (!servers) {
    console.log("catalog bench skipped: no corpus list or eval/popular.txt");
    return [];
  }
  const work = mkdtempSync(path.join(tmpdir(), "mcp-trust-bench-catalog-"));
  try {
    const list = path.join(work, "servers.txt");
    writeFileSync(list, `${servers.join("\n")}\n`);
    const cache = path.join(work, "cache");
    let cold;
    try {
      cold = catalog(list, path.join(work, "cold"), cache, ["--concurrency", "2"]);
    } catch (error) {
      console.log(`catalog bench skipped: the registry cannot be reached (${String(error.message).split("\n")[0]})`);
      return [];
    }
    const warm = catalog(list, path.join(work, "warm"), cache, ["--concurrency", "2"]);
    const scanned = warm.rows.filter((r) => r.status !== "failed").length;
    const perScan = warm.rows.map((r) => r.durationMs).sort((a, b) => a - b);
    const sum = perScan.reduce((a, b) => a + b, 0);
    const median = perScan[perScan.length >> 1] ?? 0;
    const rate = warm.rows.length / (warm.ms / 1000);
    const rows = [
      { name: `catalog of ${servers.length} servers (corpus + eval/popular.txt), cold cache, 2 at once: servers/s`, value: Number((cold.rows.length / (cold.ms / 1000)).toFixed(2)), target: 3, unit: "servers/s", higherIsBetter: true },
      { name: `catalog of ${servers.length} servers, warm cache, 2 at once: servers/s (${scanned} scanned, median scan ${(median / 1000).toFixed(1)} s)`, value: Number(rate.toFixed(2)), target: 3, unit: "servers/s", higherIsBetter: true },
      // What the catalog adds around the scans: reading the list, version look-ups, the summaries and the site.
      { name: "catalog's own time around the scans (list, versions, summaries, site), warm", value: Math.round(warm.ownMs / warm.rows.length), target: 100, unit: "ms/server" },
      // Inside the scan phase, beyond the scans' own time: worker start-up, IPC, rows written, and the lane left idle at the end.
      { name: `scan phase beyond the scans' own time on 2 lanes (${(warm.scansMs / 1000).toFixed(0)} s, scans ${(sum / 1000).toFixed(0)} s)`, value: Math.max(0, Math.round((warm.scansMs - sum / 2) / warm.rows.length)), target: 100, unit: "ms/server" },
      { name: "peak RSS of a scan worker process", value: warm.peakRssMb ?? cold.peakRssMb ?? -1, target: 1024, unit: "MB" },
    ];
    rows.push(...(await killedWorkerRow(list, servers.length, cache, work)));
    return rows.map((r) => ({ ...r, ok: r.higherIsBetter ? r.value >= r.target : r.value <= r.target }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// `node bench/extra-catalog.mjs` runs just these rows.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const r of await bench()) console.log(`${r.ok ? "ok  " : "SLOW"} ${r.name}: ${r.value} ${r.unit} (target ${r.higherIsBetter ? "≥" : "≤"} ${r.target} ${r.unit})`);
}
