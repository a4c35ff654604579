/**
 * docs/rules/<dimension>/<rule>.md and docs/rules/README.md, generated from each rule's metadata (title, rationale,
 * remediation, severity) and its documented examples (src/rules/<dimension>/examples.ts). `npm run docs` writes them;
 * a test fails when the files on disk drift from what this renders.
 */
import type { RootContent } from "mdast";
import { stringify } from "yaml";
import { DIMENSIONS, type Rule } from "../model.js";
import type { RuleExample, RuleExamples } from "../rules/example-files.js";
import { RULE_EXAMPLES } from "../rules/examples.js";
import { RULES } from "../rules/index.js";
import { SEVERITY_WEIGHT } from "../score.js";
import { DIMENSION_LABEL } from "./labels.js";
import * as md from "./md.js";
import { ruleDocsPath } from "./rule-docs.js";

const GENERATED = "Generated from the rule's metadata and examples (npm run docs); edit those, not this page.";

const LANGUAGE: Record<string, string> = { json: "json", ts: "ts", js: "js", mjs: "js", cjs: "js", yml: "yaml", yaml: "yaml", py: "python", toml: "toml", md: "markdown" };

function languageOf(file: string): string | undefined {
  const ext = file.split(".").pop() ?? "";
  return LANGUAGE[ext];
}

function filesBlock(files: Record<string, string>): RootContent[] {
  return Object.entries(files).flatMap(([file, text]) => [md.paragraph(md.code(file)), md.codeBlock(text.trimEnd(), languageOf(file))]);
}

function exampleSection(heading: string, example: RuleExample): RootContent[] {
  const nodes: RootContent[] = [md.heading(2, md.plain(heading)), md.paragraph(md.emphasis(md.plain(capitalise(example.title))))];
  if (example.context) nodes.push(md.paragraph(md.plain(example.context)));
  if (example.base) {
    nodes.push(md.paragraph(md.strong(md.plain("Before")), md.plain(" (the base of the pull request):")), ...filesBlock(example.base));
    nodes.push(md.paragraph(md.strong(md.plain("After")), md.plain(" (its head):")), ...filesBlock(example.files));
  } else nodes.push(...filesBlock(example.files));
  if (example.registry?.packuments || example.registry?.advisories) {
    const said: Record<string, unknown> = {};
    if (example.registry.packuments)
      said["packuments"] = Object.fromEntries(Object.entries(example.registry.packuments).map(([name, p]) => [name, { versions: p.versions }]));
    if (example.registry.advisories) said["advisories"] = example.registry.advisories;
    nodes.push(md.paragraph(md.plain("What the registry says:")), md.codeBlock(stringify(said, { lineWidth: 0 }).trimEnd(), "yaml"));
  }
  if (example.published) {
    nodes.push(md.paragraph(md.plain("The published tarball holds:")), ...filesBlock(example.published.files));
    if (example.published.registryManifest)
      nodes.push(md.paragraph(md.plain("and the registry's version manifest says:")), md.codeBlock(JSON.stringify(example.published.registryManifest, null, 2), "json"));
  }
  if (example.git) {
    const parts = [`tags: ${example.git.tags?.length ? example.git.tags.join(", ") : "none"}`, ...(example.git.remote ? [`origin: ${example.git.remote}`] : [])];
    nodes.push(md.paragraph(md.plain(`The git checkout: ${parts.join("; ")}.`)));
  }
  return nodes;
}

function ignoreSection(rule: Rule, examples: RuleExamples): RootContent[] {
  const entry = { rule: rule.id, ...examples.ignoreBy, reason: "reviewed: say why it is acceptable here", until: "2027-06-30" };
  return [
    md.heading(2, md.plain("Accepting a finding")),
    md.paragraph(
      md.plain("When a finding is reviewed and acceptable, list it under "),
      md.code("ignore:"),
      md.plain(" in "),
      md.code(".github/mcp-trust.yml"),
      md.plain(". It is then shown as ignored, with its reason, and neither deducts nor fails the gate; after "),
      md.code("until"),
      md.plain(" it applies again and the report says so. Every report and pull request comment offers this block filled in for each finding."),
    ),
    md.codeBlock(stringify({ ignore: [entry] }, { lineWidth: 0 }).trimEnd(), "yaml"),
  ];
}

export function renderRulePage(rule: Rule, examples: RuleExamples): string {
  const weight = SEVERITY_WEIGHT[rule.severity];
  const cost =
    weight === 0
      ? "It deducts nothing: it is information."
      : `A finding deducts ${weight} points from the dimension's score, each further one of this rule half the one before${rule.severity === "critical" ? "; a critical finding also caps the dimension and the overall score at 40" : ""}.`;
  const facts: [string, string][] = [
    ["Dimension", `${DIMENSION_LABEL[rule.dimension]} (${rule.dimension})`],
    ["Severity", rule.severity],
    ...(rule.ecosystems?.length ? ([["Ecosystems", rule.ecosystems.join(", ")]] as [string, string][]) : []),
    ["Scoring", cost],
  ];
  return md.render([
    md.heading(1, md.code(rule.id)),
    md.paragraph(md.strong(md.plain(rule.title))),
    md.list(facts.map(([k, v]) => [md.strong(md.plain(`${k}:`)), md.plain(` ${v}`)])),
    md.heading(2, md.plain("What it finds")),
    md.paragraph(md.plain(`${rule.title}. It fires, for example, on ${examples.fires.title}.`)),
    md.heading(2, md.plain("Why it matters")),
    md.paragraph(md.plain(rule.rationale)),
    md.heading(2, md.plain("How to fix it")),
    md.paragraph(md.plain(rule.remediation)),
    ...exampleSection("Example: it fires", examples.fires),
    ...exampleSection("Example: it stays quiet", examples.quiet),
    ...ignoreSection(rule, examples),
    md.paragraph(md.emphasis(md.plain(GENERATED))),
  ]);
}

export function renderRuleIndex(): string {
  const nodes: RootContent[] = [
    md.heading(1, md.plain("mcp-trust rules (ruleset 1)")),
    md.paragraph(md.plain("One page per rule: what it finds, why it matters, how to fix it, an example that fires and one that does not, and how to accept a reviewed finding.")),
  ];
  for (const dimension of DIMENSIONS) {
    const rules = RULES.filter((r) => r.dimension === dimension);
    if (rules.length === 0) continue;
    nodes.push(md.heading(2, md.plain(DIMENSION_LABEL[dimension])));
    nodes.push(
      md.table(
        ["Rule", "Severity", "What it finds"],
        rules.map((r) => [[md.link(`${r.id}.md`, md.code(r.id))], [md.plain(r.severity)], [md.plain(r.title)]]),
      ),
    );
  }
  nodes.push(md.paragraph(md.emphasis(md.plain("Generated by `npm run docs`; do not edit by hand."))));
  return md.render(nodes);
}

/** Every generated docs file, path → content; a rule without examples is an error (the examples test names it). */
export function renderRuleDocs(): Map<string, string> {
  const files = new Map<string, string>([["docs/rules/README.md", renderRuleIndex()]]);
  for (const rule of RULES) {
    const examples = RULE_EXAMPLES[rule.id];
    const file = ruleDocsPath(rule.id);
    if (!examples || !file) throw new Error(`${rule.id} has no documented examples: add them to src/rules/${rule.dimension}/examples.ts`);
    files.set(file, renderRulePage(rule, examples));
  }
  return files;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
