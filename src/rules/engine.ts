/** Runs rules over a Snapshot: drafts become Findings, config ignores apply, rules missing a fact are skipped. */
import { minimatch } from "minimatch";
import {
  DIMENSIONS,
  type Dimension,
  type DimensionStatus,
  type Draft,
  type Finding,
  type IgnoreEntry,
  type Rule,
  type Skipped,
  type Snapshot,
} from "../model.js";
import { fingerprint } from "../fingerprint.js";

export interface DimensionDefinition {
  id: Dimension;
  /** False until the dimension's rules exist: reported not-checked, never faked. */
  implemented: boolean;
  /** A dimension with nothing to judge (no remote endpoint) is not-applicable. */
  applicable?(snapshot: Snapshot): boolean;
}

export interface RuleRun {
  findings: Finding[];
  skipped: Skipped[];
  statuses: Record<Dimension, DimensionStatus>;
  /** True when the verdict rests on a partial scan: a dimension partial or skipped, or something it needed not read. */
  partial: boolean;
}

export function toFinding(rule: Rule, draft: Draft): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    dimension: rule.dimension,
    severity: draft.severity ?? rule.severity,
    title: rule.title,
    message: draft.message,
    fingerprint: fingerprint(rule.id, draft),
  };
  if (draft.location) finding.location = draft.location;
  if (draft.package) finding.package = draft.package;
  if (draft.evidence !== undefined) finding.evidence = draft.evidence;
  if (draft.anchor) finding.anchor = draft.anchor;
  return finding;
}

export function runRules(rules: readonly Rule[], dimensions: readonly DimensionDefinition[], snapshot: Snapshot): RuleRun {
  const skippedFacts = new Map<string, string>();
  for (const entry of snapshot.skipped) skippedFacts.set(entry.check, entry.reason);
  // A file a dimension could not read (too large, unreadable) leaves it partial even when every rule ran.
  const incomplete = new Set(snapshot.skipped.flatMap((entry) => (entry.dimension ? [entry.dimension] : [])));

  const findings: Finding[] = [];
  const skipped: Skipped[] = [...snapshot.skipped];
  const ran = new Map<Dimension, { ran: number; skipped: number }>();

  for (const rule of rules) {
    const definition = dimensions.find((d) => d.id === rule.dimension);
    if (!definition?.implemented) continue;
    if (definition.applicable && !definition.applicable(snapshot)) continue;
    const counts = ran.get(rule.dimension) ?? { ran: 0, skipped: 0 };
    ran.set(rule.dimension, counts);
    const needs = typeof rule.needs === "function" ? rule.needs(snapshot) : (rule.needs ?? []);
    const missing = needs.find((fact) => skippedFacts.has(fact));
    if (missing) {
      counts.skipped++;
      skipped.push({ check: rule.id, reason: `needs ${missing}: ${skippedFacts.get(missing)}` });
      continue;
    }
    counts.ran++;
    const partial = (typeof rule.partialWithout === "function" ? rule.partialWithout(snapshot) : (rule.partialWithout ?? [])).find((fact) => skippedFacts.has(fact));
    if (partial) {
      counts.skipped++;
      skipped.push({ check: rule.id, reason: `partly: needs ${partial}: ${skippedFacts.get(partial)}` });
    }
    for (const draft of rule.check(snapshot)) findings.push(applyIgnores(toFinding(rule, draft), snapshot));
  }

  const statuses = {} as Record<Dimension, DimensionStatus>;
  for (const id of DIMENSIONS) {
    const definition = dimensions.find((d) => d.id === id);
    const counts = ran.get(id);
    if (!definition?.implemented) statuses[id] = "not-checked";
    else if (definition.applicable && !definition.applicable(snapshot)) statuses[id] = "not-applicable";
    else if (!counts || counts.ran === 0) statuses[id] = counts && counts.skipped > 0 ? "skipped" : "checked";
    else statuses[id] = counts.skipped > 0 || incomplete.has(id) ? "partial" : "checked";
  }
  const partial = DIMENSIONS.some((id) => statuses[id] === "partial" || statuses[id] === "skipped") || incomplete.size > 0;
  return { findings: sortFindings(findings), skipped, statuses, partial };
}

function applyIgnores(finding: Finding, snapshot: Snapshot): Finding {
  const today = snapshot.now.toISOString().slice(0, 10);
  for (const entry of snapshot.config.ignore) {
    if (!ignoreMatches(entry, finding)) continue;
    if (entry.until && entry.until < today) {
      return { ...finding, message: `${finding.message} (An ignore for this expired on ${entry.until} and no longer applies.)` };
    }
    return { ...finding, ignored: entry.until ? { reason: entry.reason, until: entry.until } : { reason: entry.reason } };
  }
  return finding;
}

function ignoreMatches(entry: IgnoreEntry, finding: Finding): boolean {
  const ruleMatches = entry.rule === finding.ruleId || entry.rule === "*" || (entry.rule.endsWith("/*") && finding.ruleId.startsWith(entry.rule.slice(0, -1)));
  if (!ruleMatches) return false;
  if (entry.package && entry.package !== finding.package?.name) return false;
  if (entry.path && !(finding.location && minimatch(finding.location.path, entry.path, { dot: true }))) return false;
  return true;
}

const RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 } as const;

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      (a.location?.path ?? "").localeCompare(b.location?.path ?? "") ||
      (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
      (a.package?.name ?? "").localeCompare(b.package?.name ?? ""),
  );
}
