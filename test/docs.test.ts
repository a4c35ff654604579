/** docs/rules/ and the config schema's rule ids are generated from the rules: they must match what the rules say now. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withRuleIds } from "../src/report/config-schema.js";
import { ruleDocsPath, ruleDocsUrl } from "../src/report/rule-docs.js";
import { renderRuleDocs } from "../src/report/rule-pages.js";
import { buildSarif } from "../src/report/sarif.js";
import { RULES } from "../src/rules/index.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIX = "run `npm run docs` to regenerate";

describe("docs/rules", () => {
  const generated = renderRuleDocs();

  test(`every page matches the rule's metadata and examples (${FIX})`, () => {
    const drifted = [...generated].filter(([file, text]) => !existsSync(path.join(ROOT, file)) || readFileSync(path.join(ROOT, file), "utf8") !== text).map(([file]) => file);
    expect(drifted).toEqual([]);
  });

  test(`no page is left for a rule that is gone (${FIX})`, () => {
    const onDisk = readdirSync(path.join(ROOT, "docs/rules"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
    expect(onDisk.filter((f) => !generated.has(f))).toEqual([]);
  });

  test("each rule's page is where the comment, annotations, text output and SARIF link to", () => {
    for (const rule of RULES) {
      const file = ruleDocsPath(rule.id)!;
      expect(generated.has(file)).toBe(true);
      expect(ruleDocsUrl(rule.id)).toMatch(new RegExp(`/blob/main/${file.replace(/[.]/g, "\\.")}$`));
      const page = generated.get(file)!;
      for (const section of ["## Why it matters", "## How to fix it", "## Example: it fires", "## Example: it stays quiet", "## Accepting a finding", `  - rule: ${rule.id}`]) expect(page).toContain(section);
    }
    const sarifRules = buildSarif([], { tool: { name: "mcp-trust", version: "0" } }).runs[0]!.tool.driver.rules;
    for (const r of sarifRules) expect(r.helpUri).toBe(ruleDocsUrl(r.id));
  });
});

describe("schema/config.schema.json", () => {
  test(`lists every rule id for ignore.rule (${FIX})`, () => {
    const text = readFileSync(path.join(ROOT, "schema/config.schema.json"), "utf8");
    expect(text).toBe(withRuleIds(text));
  });
});
