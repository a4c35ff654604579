import { readFileSync } from "node:fs";
import { measureNesting, guardLanguageOf } from "../build/analysis/parse-guard.js";
for (const f of process.argv.slice(2)) { const t = readFileSync(f, "utf8"); measureNesting(t, guardLanguageOf(f)); const t0 = performance.now(); const m = measureNesting(t, guardLanguageOf(f)); console.log(f, (t.length/1e6).toFixed(1), "MB", (performance.now()-t0).toFixed(0), "ms", m); }
