import { readFileSync } from "node:fs";
import { measureNesting, guardLanguageOf } from "../build/analysis/parse-guard.js";
const [file, every] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const lines = text.split("\n");
let prev = 0;
for (let l = 1; l <= lines.length; l += Number(every ?? 1)) {
  const m = measureNesting(lines.slice(0, l).join("\n") + "\n", guardLanguageOf(file));
  if (m.depth > prev) { console.log(l, m.depth, JSON.stringify(lines[l-1]).slice(0, 120)); prev = m.depth; }
}
