// Regenerates the rule catalogue block in README.md from the built rules' metadata (`npm run readme`).
import { readFileSync, writeFileSync } from "node:fs";
import { withCatalogue } from "../build/report/catalogue.js";

const file = new URL("../README.md", import.meta.url);
writeFileSync(file, withCatalogue(readFileSync(file, "utf8")));
