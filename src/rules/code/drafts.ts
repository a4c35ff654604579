/** The drafts each sink rule takes from the code analysis (snapshot.code). */
import type { Draft, Snapshot } from "../../model.js";
import type { SinkRule } from "../../analysis/code-drafts.js";

/** The drafts one sink rule gets from every runtime JS/TS and Python module of the snapshot. */
export function sinkDrafts(snapshot: Snapshot, rule: SinkRule): Draft[] {
  return snapshot.code.drafts[rule];
}
