import { readFileSync } from "node:fs";
import { withCatalogue } from "../src/report/catalogue.js";
import { RULES } from "../src/rules/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  test("its rule catalogue matches the rules' metadata (run `npm run readme` to regenerate)", () => {
    expect(readme).toBe(withCatalogue(readme));
  });

  test("the catalogue says which ecosystems each dependency rule covers", () => {
    expect(readme).toContain("| Rule | Severity | Ecosystems | What it finds | Fix |");
    expect(readme).toMatch(/\| \[`supply-chain\/typosquat`\]\(docs\/rules\/supply-chain\/typosquat.md\) \| high \| npm, PyPI \|/);
    for (const rule of RULES.filter((r) => r.dimension === "supply-chain")) expect(rule.ecosystems?.length).toBeGreaterThan(0);
  });

  test("lists every rule id", () => {
    for (const rule of RULES) expect(readme).toContain(`\`${rule.id}\``);
  });

  test("starts with the two quick-start commands", () => {
    const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
    const commands = quickStart.split("\n").filter((line) => line.startsWith("npm ci"));
    expect(commands).toEqual([
      "npm ci && npx mcp-trust scan npm:@modelcontextprotocol/server-filesystem",
      "npm ci && npm test",
    ]);
  });
});
