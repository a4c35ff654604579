import { readFileSync } from "node:fs";
import { parseAdvisories, parsePopularList, parseTriage } from "../../src/eval/lists.js";
import { judgeFindings } from "../../src/eval/precision.js";
import { scorePair, summariseRecall } from "../../src/eval/recall.js";
import { renderEval } from "../../src/eval/render.js";
import { seriousShares } from "../../src/eval/shares.js";
import { crash, finding, ok, pair } from "./fixtures.js";

test("the printout leads with recall, fixed flagged, precision and the shares beside the study", () => {
  const pairs = [scorePair(pair(), ok("srv@1.0.0", [finding("code/command-injection", "high")]), ok("srv@1.0.1", [])), scorePair(pair(), crash("x@1.0.0"), ok("x@1.0.1", []))];
  const popular = [ok("p@1.0.0", [finding("code/ssrf", "high")]), crash("q@1.0.0")];
  const text = renderEval({
    heading: "eval",
    recall: summariseRecall(pairs),
    pairs,
    precision: judgeFindings(popular, [], (spec) => spec.replace(/@[^@]*$/, "")),
    shares: seriousShares(popular),
    popular,
  });
  expect(text).toContain("Recall over 2 advisory pairs: 1/2 = 50.0% (caught 1, missed 0, crashed or timed out 1)");
  expect(text).toContain("Fixed versions still flagged for their advisory's rule: 0 of 2 scanned");
  expect(text).toContain("Precision of high/critical findings on the popular list: 0/0 = n/a (1 findings, 0 false, 1 need triage and are not counted)");
  expect(text).toMatch(/code\s+100\.0%\s+1\/1\s+1\.6%\s+62\.50x/);
  expect(text).toContain("q@1.0.0: crashed (exit 3");
  expect(text).toContain("code/ssrf\tp\tdist/index.js:10\t");
});

test("the lists in eval/ parse", () => {
  const read = (name: string) => readFileSync(new URL(`../../eval/${name}`, import.meta.url), "utf8");
  expect(parsePopularList(read("popular.txt"), "popular.txt")).toHaveLength(30);
  expect(parseAdvisories(read("advisories.tsv"), "advisories.tsv").length).toBeGreaterThanOrEqual(20);
  expect(() => parseTriage(read("triage.tsv"), "triage.tsv")).not.toThrow();
});
