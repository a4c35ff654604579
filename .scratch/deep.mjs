import { parseSync } from "oxc-parser";
const kinds = {
  arrays: (n) => "x = " + "[".repeat(n) + "]".repeat(n),
  parens: (n) => "x = " + "(".repeat(n) + "1" + ")".repeat(n),
  template: (n) => "x = " + "`${".repeat(n) + "1" + "}`".repeat(n),
  ternary: (n) => "x = " + "a ? b : ".repeat(n) + "c",
  functions: (n) => "function f(){".repeat(n) + "}".repeat(n),
  objects: (n) => "x = " + "{a:".repeat(n) + "1" + "}".repeat(n),
  type: (n) => "type T = " + "Array<".repeat(n) + "string" + ">".repeat(n),
  unary: (n) => "x = " + "!".repeat(n) + "1",
  binary: (n) => "x = " + "1+".repeat(n) + "1",
  blocks: (n) => "{".repeat(n) + "}".repeat(n),
  calls: (n) => "x = " + "f(".repeat(n) + ")".repeat(n),
  members: (n) => "x = a" + ".b".repeat(n),
  arrows: (n) => "x = " + "()=>".repeat(n) + "1",
  ifs: (n) => "if(a)".repeat(n) + ";",
  newexpr: (n) => "x = " + "new ".repeat(n) + "A",
};
const [kind, n, file] = process.argv.slice(2);
const text = kinds[kind](Number(n));
const r = parseSync(file ?? "a.ts", text, { lang: (file??"a.ts").endsWith(".ts") ? "ts" : "jsx" });
// walk recursion as JS does
let depth = 0, max = 0;
const visit = (node, d) => { if (d > max) max = d; for (const k in node) { const v = node[k]; if (v && typeof v === "object") { if (Array.isArray(v)) v.forEach((c) => c && typeof c === "object" && visit(c, d+1)); else visit(v, d+1); } } };
try { visit(r.program, 0); } catch (e) { console.log("walk", e.message); }
console.log(kind, n, "ok errors", r.errors.length, "depth", max);
