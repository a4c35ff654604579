#!/usr/bin/env node
// Regenerates the typosquat rule's reference lists from a tab-separated npm package list:
// data/popular-npm.txt (the most downloaded names, the ones squatters imitate) and
// data/established-npm-scopes.txt (scopes with enough downloads to be established organisations;
// only a scope's owner can publish under it, so names under these are never judged).
//
// Usage: node scripts/build-popular-npm.mjs <npm.tsv> [--date YYYY-MM-DD] [--count N] [--scope-downloads N]
// The input's first line names its columns; the columns used are `name` and `downloads_a_month`.
import { createReadStream, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: "string", default: new Date().toISOString().slice(0, 10) },
    count: { type: "string", default: "5000" },
    "scope-downloads": { type: "string", default: "100000" },
    "established-downloads": { type: "string", default: "250000" },
    data: { type: "string", default: fileURLToPath(new URL("../data/", import.meta.url)) },
  },
});
const input = positionals[0];
const count = Number(values.count);
const scopeDownloads = Number(values["scope-downloads"]);
if (!input || !Number.isInteger(count) || count <= 0 || !(scopeDownloads > 0) || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error("usage: node scripts/build-popular-npm.mjs <npm.tsv> [--date YYYY-MM-DD] [--count N] [--scope-downloads N] [--data dir]");
  process.exit(2);
}

const lines = createInterface({ input: createReadStream(input, "utf8"), crlfDelay: Infinity });
let nameColumn = -1;
let downloadsColumn = -1;
const rows = [];
for await (const line of lines) {
  const cells = line.split("\t");
  if (nameColumn < 0) {
    nameColumn = cells.indexOf("name");
    downloadsColumn = cells.findIndex((c) => c.startsWith("downloads"));
    if (nameColumn < 0 || downloadsColumn < 0) {
      console.error(`${input}: the first line must name a "name" and a "downloads..." column`);
      process.exit(2);
    }
    continue;
  }
  const name = cells[nameColumn]?.trim();
  const downloads = Number(cells[downloadsColumn]);
  // Rows with no download count are left out rather than counted as zero.
  if (name && cells[downloadsColumn]?.trim() && Number.isFinite(downloads)) rows.push({ name, downloads });
}

// Most downloads first; ties by name so the output is the same on every run.
rows.sort((a, b) => b.downloads - a.downloads || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const names = [...new Set(rows.map((r) => r.name))].slice(0, count);

const source = "# Source: the tool library's npm package list (npm.tsv: name, version, downloads_a_month, summary).";
const built = `# Built: ${values.date}, by scripts/build-popular-npm.mjs.`;
writeList(
  "popular-npm.txt",
  [
    "# Popular npm packages: the names the supply-chain/typosquat rule protects.",
    source,
    built,
    `# Chosen: the ${names.length} names with the most monthly downloads, most downloaded first (ties by name).`,
  ],
  names,
);

const scopeTotals = new Map();
for (const { name, downloads } of rows) {
  const scope = /^(@[^/]+)\//.exec(name)?.[1];
  if (scope) scopeTotals.set(scope, (scopeTotals.get(scope) ?? 0) + downloads);
}
const scopes = [...scopeTotals].filter(([, total]) => total >= scopeDownloads).map(([scope]) => scope).sort();
writeList(
  "established-npm-scopes.txt",
  [
    "# Established npm scopes: the supply-chain/typosquat rule never judges a name under one of these,",
    "# because only a scope's owner can publish under it.",
    source,
    built,
    `# Chosen: the ${scopes.length} scopes whose packages add up to at least ${scopeDownloads} downloads a month, sorted by name.`,
  ],
  scopes,
);

// Typosquats live off stray installs and rarely reach these numbers; a name this widely used is a
// package in its own right (uri-templates vs url-template), not an imitation.
const establishedDownloads = Number(values["established-downloads"]);
const popular = new Set(names);
const established = [...new Set(rows.filter((r) => r.downloads >= establishedDownloads && !r.name.startsWith("@") && !popular.has(r.name)).map((r) => r.name))].sort();
writeList(
  "established-npm-names.txt",
  [
    "# Established npm packages: names the supply-chain/typosquat rule never flags, though they are not",
    "# among the popular names it protects, because they are used widely in their own right.",
    source,
    built,
    `# Chosen: unscoped names with at least ${establishedDownloads} downloads a month outside the popular list, sorted by name.`,
  ],
  established,
);

function writeList(file, header, lines) {
  const out = path.join(values.data, file);
  writeFileSync(out, `${header.join("\n")}\n${lines.join("\n")}\n`);
  console.log(`wrote ${lines.length} entries to ${out}`);
}
