// `npm run bench`: each performance figure beside its target. Not a test: figures depend on the machine.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateRepo } from "./generate-repo.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const rows = [];

function scanOnce(target, cacheDir, offline) {
  const out = execFileSync(process.execPath, [path.join(here, "scan-once.mjs"), target, cacheDir, offline ? "offline" : "online"], { encoding: "utf8" });
  return JSON.parse(out);
}

function row(name, value, target, unit) {
  rows.push({ name, value, target, unit, ok: value <= target });
}

const work = mkdtempSync(path.join(tmpdir(), "mcp-trust-bench-"));
try {
  const repo = path.join(work, "repo");
  const cache = path.join(work, "cache");
  await generateRepo(repo, cache);
  scanOnce(repo, cache, true); // warm the file system cache
  const local = scanOnce(repo, cache, true);
  row(`(a) offline scan, ${local.dependencies} locked packages, 500 files, warm cache`, local.ms, 1500, "ms");
  row("(a) peak RSS", local.maxRssMb, 300, "MB");

  const npmCache = path.join(work, "npm-cache");
  try {
    const cold = scanOnce("npm:@modelcontextprotocol/server-filesystem", npmCache, false);
    row(`(b) scan npm:@modelcontextprotocol/server-filesystem cold (${cold.dependencies} deps)`, cold.ms, 10000, "ms");
    const warm = scanOnce("npm:@modelcontextprotocol/server-filesystem", npmCache, false);
    row("(b) scan npm:@modelcontextprotocol/server-filesystem warm", warm.ms, 2000, "ms");
  } catch (error) {
    console.log(`(b) skipped: the registry scan failed (${String(error.message).split("\n")[0]})`);
  }
  for (const extra of await extraBenches()) rows.push(extra);
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const r of rows) console.log(`${r.ok ? "ok  " : "SLOW"} ${r.name}: ${r.value} ${r.unit} (target ${r.higherIsBetter ? "at least " : ""}${r.target} ${r.unit})`);

/** Benchmarks other parts add (bench/extra-*.mjs export `bench(): Promise<row[]>`). */
async function extraBenches() {
  const { readdirSync } = await import("node:fs");
  const out = [];
  for (const file of readdirSync(here).filter((f) => /^extra-.*\.mjs$/.test(f)).sort()) {
    const mod = await import(path.join(here, file));
    out.push(...(await mod.bench()));
  }
  return out;
}
