import { measureNesting } from "../build/analysis/parse-guard.js";
const [lang, ...texts] = process.argv.slice(2);
for (const t of texts) console.log(JSON.stringify(t), measureNesting(t.replace(/\\n/g, "\n"), lang));
