/** Scores the advisory pairs: is the vulnerable version flagged at high+ for its rule, and is the fixed one still flagged. */
import type { AdvisoryPair } from "./lists.js";
import { failureText, isSerious, type ReportFinding, type ScanOutcome } from "./outcome.js";

export type PairVerdict = "caught" | "missed" | "crashed";

export interface PairResult {
  pair: AdvisoryPair;
  verdict: PairVerdict;
  /** The high+ findings of the advisory's rule on the vulnerable version (what caught it). */
  hits: ReportFinding[];
  /** When missed: findings of the rule below high, or other high+ findings in the dimension (the near misses). */
  nearMisses: ReportFinding[];
  /** Whether the fixed version is still flagged at high+ for the rule; undefined when its scan has no report. */
  fixedFlagged: boolean | undefined;
  fixedHits: ReportFinding[];
  /** Why a scan has no report, when one has none. */
  vulnerableFailure?: string;
  fixedFailure?: string;
}

function ruleHits(pair: AdvisoryPair, findings: readonly ReportFinding[]): ReportFinding[] {
  return findings.filter((f) => pair.rules.includes(f.ruleId) && f.dimension === pair.dimension && isSerious(f));
}

function nearMisses(pair: AdvisoryPair, findings: readonly ReportFinding[]): ReportFinding[] {
  const sameRule = findings.filter((f) => pair.rules.includes(f.ruleId) && !f.ignored);
  const sameDimension = findings.filter((f) => f.dimension === pair.dimension && isSerious(f) && !pair.rules.includes(f.ruleId));
  return [...sameRule, ...sameDimension];
}

export function scorePair(pair: AdvisoryPair, vulnerable: ScanOutcome, fixed: ScanOutcome): PairResult {
  const result: PairResult = { pair, verdict: "crashed", hits: [], nearMisses: [], fixedFlagged: undefined, fixedHits: [] };
  if (vulnerable.status === "ok") {
    result.hits = ruleHits(pair, vulnerable.report.findings);
    result.verdict = result.hits.length > 0 ? "caught" : "missed";
    if (result.verdict === "missed") result.nearMisses = nearMisses(pair, vulnerable.report.findings);
  } else {
    result.vulnerableFailure = failureText(vulnerable);
  }
  if (fixed.status === "ok") {
    result.fixedHits = ruleHits(pair, fixed.report.findings);
    result.fixedFlagged = result.fixedHits.length > 0;
  } else {
    result.fixedFailure = failureText(fixed);
  }
  return result;
}

export interface RecallSummary {
  pairs: number;
  caught: number;
  missed: number;
  crashed: number;
  /** caught / pairs: a crash or time-out is a miss. */
  recall: number;
  fixedScanned: number;
  fixedFlagged: number;
}

export function summariseRecall(results: readonly PairResult[]): RecallSummary {
  const count = (verdict: PairVerdict) => results.filter((r) => r.verdict === verdict).length;
  const caught = count("caught");
  return {
    pairs: results.length,
    caught,
    missed: count("missed"),
    crashed: count("crashed"),
    recall: results.length === 0 ? 0 : caught / results.length,
    fixedScanned: results.filter((r) => r.fixedFlagged !== undefined).length,
    fixedFlagged: results.filter((r) => r.fixedFlagged === true).length,
  };
}
