// Regenerates docs/rules/ and the rule ids in schema/config.schema.json from the built rules' metadata (`npm run docs`).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withRuleIds } from "../build/report/config-schema.js";
import { renderRuleDocs } from "../build/report/rule-pages.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const docs = path.join(root, "docs", "rules");
const files = renderRuleDocs();
// Pages of rules that no longer exist go.
for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
  const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
  if (!files.has(rel)) rmSync(path.join(root, rel));
}
for (const [rel, text] of files) {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}
const schema = path.join(root, "schema", "config.schema.json");
writeFileSync(schema, withRuleIds(readFileSync(schema, "utf8")));
console.log(`wrote ${files.size} pages under docs/rules/ and the rule ids of schema/config.schema.json`);
