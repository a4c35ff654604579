import { readFileSync } from "node:fs";
import { measureNesting } from "./pg-trace.mjs";
console.log(measureNesting(readFileSync(process.argv[2], "utf8").split("\n").slice(0, Number(process.argv[3])).join("\n"), "python"));
