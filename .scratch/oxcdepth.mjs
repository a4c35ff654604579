import { parseSync } from "oxc-parser";
import { kinds } from "./kinds.mjs";
const [kind, n] = process.argv.slice(2);
const ext = kind === "type" ? "a.ts" : "a.jsx";
const r = parseSync(ext, kinds[kind](Number(n)), { lang: kind === "type" ? "ts" : "jsx" });
console.log("ok", r.errors.length, r.errors[0]?.message ?? "");
