/** Share of scanned servers with a serious (high/critical) finding per dimension, beside the seed study's figures. */
import { DIMENSIONS, type Dimension } from "../model.js";
import { isSerious, type ScanOutcome } from "./outcome.js";

/**
 * The seed study (scans of 10,000+ public MCP servers, quoted in the project brief): share of servers with a high or
 * critical finding in each dimension. A published figure, not a tunable: it changes only if the study is redone.
 */
export const STUDY_SERIOUS_SHARE: Readonly<Record<Dimension, number>> = {
  "supply-chain": 0.318,
  "package-verification": 0.04,
  code: 0.016,
  "remote-endpoint": 0,
  transport: 0.027,
};

export interface DimensionShare {
  dimension: Dimension;
  servers: number;
  withSerious: number;
  share: number;
  study: number;
  /** share / study; undefined when the study's figure is 0 (any share is then infinitely far or equal). */
  ratio: number | undefined;
}

export function seriousShares(outcomes: readonly ScanOutcome[]): DimensionShare[] {
  const scanned = outcomes.filter((o) => o.status === "ok");
  return DIMENSIONS.map((dimension) => {
    const withSerious = scanned.filter((o) => o.report.findings.some((f) => f.dimension === dimension && isSerious(f))).length;
    const share = scanned.length === 0 ? 0 : withSerious / scanned.length;
    const study = STUDY_SERIOUS_SHARE[dimension];
    return { dimension, servers: scanned.length, withSerious, share, study, ratio: study === 0 ? undefined : share / study };
  });
}
