import { kinds, pyKinds } from "./kinds.mjs";
import { measureNesting } from "../build/analysis/parse-guard.js";
for (const [k, f] of Object.entries(kinds)) {
  const lang = ["type","generics","asexpr","union"].includes(k) ? "ts" : "js";
  const m = measureNesting(f(1000), lang);
  const per = m.depth / 1000;
  console.log(k.padEnd(12), lang, "per-level", per.toFixed(2), "-> refused from n =", Math.ceil(1000 / per * 1.0001));
}
for (const [k, f] of Object.entries(pyKinds)) {
  const m = measureNesting(f(1000), "python");
  const per = m.depth / 1000;
  console.log(("py-" + k).padEnd(12), "per-level", per.toFixed(2), "-> refused from n =", Math.ceil(500 / per));
}
