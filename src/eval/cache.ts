/** The eval harness's per-spec result cache: one JSON file a spec, valid only for the build that produced it. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../atomic-write.js";
import type { ScanOutcome } from "./outcome.js";

interface CacheEntry {
  buildId: string;
  outcome: ScanOutcome;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * What a cached result depends on: the compiled CLI and its data files. A rule change rebuilds build/ and so
 * invalidates every entry; a rerun with the same build reuses them.
 */
export function buildId(root: string): string {
  const hash = createHash("sha256");
  // The harness's own code (build/eval) does not change what a scan finds, so editing it keeps the cache.
  const own = path.join(root, "build", "eval") + path.sep;
  const files = [...listFiles(path.join(root, "build")), ...listFiles(path.join(root, "data"))]
    .filter((f) => !f.endsWith(".map") && !f.startsWith(own))
    .sort();
  for (const file of files) {
    hash.update(`\0${path.relative(root, file)}\0${statSync(file).size}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function entryPath(dir: string, spec: string): string {
  return path.join(dir, `${spec.replace(/[^\w.@-]+/g, "_")}.json`);
}

export function readCached(dir: string, spec: string, build: string): ScanOutcome | undefined {
  const file = entryPath(dir, spec);
  if (!existsSync(file)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(file, "utf8")) as CacheEntry;
    return entry.buildId === build && entry.outcome?.spec === spec ? entry.outcome : undefined;
  } catch {
    return undefined; // a damaged entry is rescanned
  }
}

/** Keeps only what the harness reads, so the cache stays small. */
function slim(outcome: ScanOutcome): ScanOutcome {
  if (outcome.status !== "ok") return outcome;
  const { target, findings, dimensions } = outcome.report;
  return { ...outcome, report: { target, findings, dimensions } };
}

export function writeCached(dir: string, spec: string, build: string, outcome: ScanOutcome): void {
  mkdirSync(dir, { recursive: true });
  const entry: CacheEntry = { buildId: build, outcome: slim(outcome) };
  writeFileAtomic(entryPath(dir, spec), `${JSON.stringify(entry)}\n`);
}
