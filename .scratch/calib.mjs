import { readdirSync, readFileSync, statSync, lstatSync } from "node:fs";
import path from "node:path";
import { measureNesting, guardLanguageOf } from "../build/analysis/parse-guard.js";
const roots = process.argv.slice(2);
const results = [];
let bytes = 0, files = 0; const t0 = Date.now();
const walk = (dir) => { let es; try { es = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of es) { const p = path.join(dir, e.name); if (e.isDirectory()) walk(p); else if (e.isFile()) { const lang = guardLanguageOf(p); if (!lang || /\.d\.[cm]?ts$/.test(p)) continue; const st = statSync(p); if (st.size > 6*1024*1024) continue; const text = readFileSync(p, "utf8"); bytes += text.length; files++; const m = measureNesting(text, lang); results.push([m.depth, m.line, p]); } } };
for (const r of roots) walk(r);
results.sort((a, b) => b[0] - a[0]);
console.log(files, "files", (bytes/1e6).toFixed(1), "MB", Date.now() - t0, "ms");
for (const r of results.slice(0, 25)) console.log(r.join("  "));
