/** Writes the catalog site: index.html, servers/<slug>.html, badges/<slug>.svg, rules/<rule>.html; each file atomically. */
import path from "node:path";
import { writeFileAtomic } from "../../atomic-write.js";
import type { CatalogRow, ResultsIndex } from "../../catalog/results.js";
import { readRows } from "../../catalog/results.js";
import type { CatalogSummary } from "../../catalog/summary.js";
import type { Rule } from "../../model.js";
import { RULES } from "../../rules/index.js";
import { ruleDocsUrl } from "../rule-docs.js";
import { badgeFor, renderIndex, renderRulePage, renderServerPage, ruleSlug, serverSlug } from "./pages.js";

export interface SiteInput {
  resultsFile: string;
  /** The servers of this catalog (its list), in list order. */
  keys: readonly string[];
  index: ResultsIndex;
  summary: CatalogSummary;
  siteDir: string;
  /** Where a rule's full documentation (with examples) lives online; default: docs/rules/ in the project's repository. */
  docsUrl?: (rule: Rule) => string | undefined;
}

export async function writeSite(input: SiteInput): Promise<{ pages: number }> {
  const { index, siteDir } = input;
  const wanted = new Set(input.keys);
  const rules = new Map(RULES.map((r) => [r.id, r]));
  let pages = 0;
  // The second pass reads each current row again in full; the first (indexResults) kept only digests.
  const currentLines = new Set<number>();
  for (const key of wanted) {
    const digest = index.current.get(key);
    if (digest) currentLines.add(digest.line);
  }
  await readRows(input.resultsFile, (row: CatalogRow, line) => {
    if (!currentLines.has(line)) return;
    const slug = serverSlug(row.key);
    const previous = index.previous.get(row.key);
    writeFileAtomic(path.join(siteDir, "servers", `${slug}.html`), renderServerPage({ row, ...(previous ? { previous } : {}), rules }));
    if (row.report) writeFileAtomic(path.join(siteDir, "badges", `${slug}.svg`), badgeFor(row.report));
    pages++;
  });
  const docsUrl = input.docsUrl ?? ((rule: Rule) => ruleDocsUrl(rule.id));
  for (const rule of RULES) writeFileAtomic(path.join(siteDir, "rules", `${ruleSlug(rule.id)}.html`), renderRulePage(rule, docsUrl(rule)));
  const rows = input.keys.flatMap((key) => {
    const digest = index.current.get(key);
    if (!digest) return [];
    const previous = index.previous.get(key);
    return [{ digest, ...(previous ? { previous } : {}) }];
  });
  writeFileAtomic(path.join(siteDir, "index.html"), renderIndex({ summary: input.summary, rows }));
  return { pages };
}
