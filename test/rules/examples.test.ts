/** Every rule's documented examples run through the real pipeline: the one that should fire fires, the quiet one stays quiet. */
import { minimatch } from "minimatch";
import { parseConfig } from "../../src/config.js";
import { diff } from "../../src/diff.js";
import type { Finding, Rule, Snapshot } from "../../src/model.js";
import { toFinding } from "../../src/rules/engine.js";
import type { RuleExample } from "../../src/rules/example-files.js";
import { EXAMPLE_NOW } from "../../src/rules/example-files.js";
import { RULE_EXAMPLES } from "../../src/rules/examples.js";
import { RULES } from "../../src/rules/index.js";
import { buildReport } from "../../src/scan.js";
import { publishedFacts } from "../helpers/published.js";
import { buildSnapshot } from "../helpers/snapshot.js";

/** Rules whose examples need facts no file holds (attestations, odd tar headers, a live probe): shown on the page, tested by the rule's own tests. */
const DESCRIBED_ONLY = [
  // Its firing file is 50,000 levels deep: described on the page, run by test/analysis/deep-nesting.test.ts.
  "code/unanalysable-code",
  "package-verification/tarball-unsafe-entry",
  "package-verification/tarball-unexpected-executable",
  "package-verification/no-provenance",
  "package-verification/provenance-mismatch",
  "package-verification/signature-invalid",
  "remote-endpoint/no-auth-metadata",
  "transport/conformance-failure",
];

async function snapshotOf(example: RuleExample, files: Record<string, string>): Promise<Snapshot> {
  let facts: Partial<Snapshot> = {};
  if (example.published) {
    facts = await publishedFacts({ source: files, published: example.published.files, ...(example.published.registryManifest ? { registryManifest: example.published.registryManifest } : {}) });
    facts.skipped = [];
  }
  if (example.git && facts.packedSource) facts.packedSource = { ...facts.packedSource, gitTags: example.git.tags ?? [], ...(example.git.remote ? { gitRemote: example.git.remote } : {}) };
  const config = files[".github/mcp-trust.yml"];
  return buildSnapshot({
    files,
    ...(config ? { config: parseConfig(config, ".github/mcp-trust.yml") } : {}),
    ...(example.registry?.packuments ? { packuments: example.registry.packuments } : {}),
    ...(example.registry?.advisories ? { advisories: example.registry.advisories } : {}),
    facts,
    now: new Date(EXAMPLE_NOW),
  });
}

/** The rule's findings on the example: from the rule itself, or from a delta for a rule that judges a change. */
async function findingsOf(rule: Rule, example: RuleExample): Promise<Finding[]> {
  if (example.base) {
    const [base, head] = await Promise.all([snapshotOf(example, example.base), snapshotOf(example, example.files)]);
    return diff(buildReport(base, 0), buildReport(head, 0)).newFindings.filter((f) => f.ruleId === rule.id);
  }
  return rule.check(await snapshotOf(example, example.files)).map((d) => toFinding(rule, d));
}

describe("documented rule examples", () => {
  test("every rule has an example that fires and one that does not, and no example belongs to no rule", () => {
    const missing = RULES.filter((r) => !RULE_EXAMPLES[r.id]).map((r) => r.id);
    expect(missing).toEqual([]);
    expect(Object.keys(RULE_EXAMPLES).filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });

  test("only the rules listed here describe facts instead of showing files that run", () => {
    const described = Object.entries(RULE_EXAMPLES).filter(([, e]) => e.fires.context || e.quiet.context).map(([id]) => id);
    expect(described.sort()).toEqual([...DESCRIBED_ONLY].sort());
  });

  const runnable = RULES.filter((r) => RULE_EXAMPLES[r.id] && !DESCRIBED_ONLY.includes(r.id));
  test.each(runnable.map((r) => [r.id, r] as const))("%s: fires, stays quiet, and its ignore snippet matches", async (_id, rule) => {
    const examples = RULE_EXAMPLES[rule.id]!;
    const fired = await findingsOf(rule, examples.fires);
    expect(fired.length).toBeGreaterThan(0);
    expect(await findingsOf(rule, examples.quiet)).toEqual([]);
    const by = examples.ignoreBy;
    const matched = fired.some((f) => ("package" in by ? f.package?.name === by.package : f.location !== undefined && minimatch(f.location.path, by.path, { dot: true })));
    expect(matched).toBe(true);
  });
});
