#!/usr/bin/env node
// Regenerates the typosquat rule's PyPI lists from a tab-separated PyPI package list:
// data/popular-pypi.txt (the best-ranked names, the ones squatters imitate) and data/established-pypi-names.txt
// (the rest of the ranked names: used widely in their own right, so never flagged as imitations).
// Names are written PEP 503 normalised (lower case, runs of -, _ and . as one -), the way PyPI compares them.
//
// Usage: node scripts/build-popular-pypi.mjs <pypi.tsv> [--date YYYY-MM-DD] [--count N] [--data dir]
// The input's first line names its columns; the columns used are `name` and the one starting with `rank`.
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
    data: { type: "string", default: fileURLToPath(new URL("../data/", import.meta.url)) },
  },
});
const input = positionals[0];
const count = Number(values.count);
if (!input || !Number.isInteger(count) || count <= 0 || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error("usage: node scripts/build-popular-pypi.mjs <pypi.tsv> [--date YYYY-MM-DD] [--count N] [--data dir]");
  process.exit(2);
}

const normalise = (name) => name.trim().toLowerCase().replace(/[-_.]+/g, "-");
const lines = createInterface({ input: createReadStream(input, "utf8"), crlfDelay: Infinity });
let nameColumn = -1;
let rankColumn = -1;
let rankHeader = "";
const rows = [];
for await (const line of lines) {
  const cells = line.split("\t");
  if (nameColumn < 0) {
    nameColumn = cells.indexOf("name");
    rankColumn = cells.findIndex((c) => c.startsWith("rank"));
    rankHeader = cells[rankColumn] ?? "";
    if (nameColumn < 0 || rankColumn < 0) {
      console.error(`${input}: the first line must name a "name" and a "rank..." column`);
      process.exit(2);
    }
    continue;
  }
  const name = cells[nameColumn]?.trim();
  const rank = Number(cells[rankColumn]);
  // Unranked rows (most of PyPI) are left out.
  if (name && cells[rankColumn]?.trim() && Number.isFinite(rank) && rank > 0) rows.push({ name: normalise(name), rank });
}

// Best rank first; ties by name so the output is the same on every run.
rows.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const ranked = [...new Set(rows.map((r) => r.name))];
const popular = ranked.slice(0, count);
const established = ranked.slice(count).sort();

const source = `# Source: the tool library's PyPI package list (pypi.tsv: name, version, month, ${rankHeader}, summary).`;
const built = `# Built: ${values.date}, by scripts/build-popular-pypi.mjs.`;
writeList(
  "popular-pypi.txt",
  [
    "# Popular PyPI packages: the names the supply-chain/typosquat rule protects for Python dependencies.",
    source,
    built,
    `# Chosen: the ${popular.length} best-ranked names by downloads, best first, PEP 503 normalised.`,
  ],
  popular,
);
writeList(
  "established-pypi-names.txt",
  [
    "# Established PyPI packages: names the supply-chain/typosquat rule never flags, though they are not among the",
    "# popular names it protects, because they rank among the most downloaded in their own right.",
    source,
    built,
    `# Chosen: the ${established.length} ranked names after the first ${count}, sorted by name, PEP 503 normalised.`,
  ],
  established,
);

function writeList(file, header, names) {
  const out = path.join(values.data, file);
  writeFileSync(out, `${header.join("\n")}\n${names.join("\n")}\n`);
  console.log(`wrote ${names.length} entries to ${out}`);
}
