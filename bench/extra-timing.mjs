// Bench rows moved out of `npm test` (timed assertions fail on a loaded machine): typosquat lookups and warm packument-cache reads.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const build = process.env.MCP_TRUST_BUILD ? pathToFileURL(`${process.env.MCP_TRUST_BUILD}/`) : new URL("../build/", import.meta.url);

/** The same deterministic sample the typosquat tests use: near-misses of popular names and unrelated names. */
function sampleNames(count) {
  let state = 1;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0), state / 2 ** 32);
  const alphabet = "abcdefghijklmnopqrstuvwxyz-";
  const mutate = (name, edits) => {
    let out = name;
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * out.length);
      const letter = alphabet[Math.floor(next() * alphabet.length)];
      out = next() < 0.5 ? out.slice(0, at) + letter + out.slice(at + 1) : out.slice(0, at) + letter + out.slice(at);
    }
    return out;
  };
  const bases = ["lodash", "express", "@modelcontextprotocol/sdk", "typescript", "eslint-plugin-react", "zod"];
  return Array.from({ length: count }, (_, n) => (n % 3 === 0 ? `unrelated-${n}-${mutate("package-name", 3)}` : mutate(bases[n % 6], 1 + (n % 3))));
}

async function typosquatRow() {
  const { popularNameIndex } = await import(new URL("rules/supply-chain/typosquat.js", build).href);
  const { readReferenceData } = await import(new URL("facts/reference-data.js", build).href);
  const index = popularNameIndex(readReferenceData().popularNpm);
  const names = sampleNames(1500);
  for (let round = 0; round < 3; round++) for (const name of names) index.imitationOf(name); // warm up the JIT
  const started = performance.now();
  for (const name of names) index.imitationOf(name);
  return { name: "typosquat: 1,500 names against the popular list", value: Math.round(performance.now() - started), target: 100, unit: "ms" };
}

async function packumentCacheRow() {
  const { createPackumentCache } = await import(new URL("facts/registry-cache.js", build).href);
  const dir = mkdtempSync(path.join(tmpdir(), "mcp-trust-bench-cache-"));
  try {
    const registry = "https://registry.npmjs.org/";
    const cache = createPackumentCache(dir, registry);
    const names = Array.from({ length: 1500 }, (_, i) => (i % 3 === 0 ? `@scope-${i}/pkg-${i}` : `pkg-${i}`));
    const versions = Object.fromEntries(["1.0.0", "1.1.0", "1.2.0"].map((v) => [v, { published: "2024-01-01T00:00:00.000Z", integrity: `sha512-${v}` }]));
    await Promise.all(names.map((name) => cache.write(name, { registry, fetchedAt: Date.now(), fact: { name, distTags: { latest: "1.2.0" }, created: "2024-01-01T00:00:00.000Z", versions } })));
    const started = performance.now();
    const read = await Promise.all(names.map((name) => cache.read(name)));
    const ms = Math.round(performance.now() - started);
    if (read.some((entry) => !entry)) throw new Error("a cache entry did not read back");
    return { name: "packument cache: 1,500 warm entries read", value: ms, target: 1500, unit: "ms" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench() {
  const rows = [await typosquatRow(), await packumentCacheRow()];
  return rows.map((r) => ({ ...r, ok: r.value <= r.target }));
}
