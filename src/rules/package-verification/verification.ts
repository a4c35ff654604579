/** The report's verification block: which rung of the ladder holds (rebuild, per-file, file set) and why, from the facts and findings (pure). */
import type { Finding, Snapshot, VerificationRung, VerificationSummary } from "../../model.js";
import { sourceComparison } from "./compare.js";
import { provenanceSummary } from "./provenance-summary.js";

type Step = VerificationSummary["steps"][number];

export function verificationSummary(snapshot: Snapshot, findings: readonly Finding[], applicable: boolean): VerificationSummary {
  if (!applicable) return { status: "not-applicable", reason: "the tree is not a published npm package (no name, or private without --package)", steps: [] };
  const skipped = snapshot.skipped.find((s) => s.check === "published");
  if (skipped) return { status: "skipped", reason: `the published package could not be fetched: ${skipped.reason}`, steps: [] };
  if (snapshot.unpublished) {
    const { name, version } = snapshot.unpublished;
    return { status: "not-published", package: `${name}@${version}`, reason: `${name}@${version} is not on the registry`, steps: [] };
  }
  const published = snapshot.published;
  if (!published) return { status: "skipped", reason: "no published package was fetched", steps: [] };
  const label = `${published.name}@${published.version}`;
  const provenance = provenanceSummary(snapshot, findings);
  const withProvenance = provenance ? { provenance } : {};
  const serious = findings.filter((f) => f.dimension === "package-verification" && !f.ignored && (f.severity === "critical" || f.severity === "high"));
  const status = serious.length > 0 ? "mismatch" : "verified";
  const why = serious.length > 0 ? `; ${serious.length} high or critical finding${serious.length === 1 ? "" : "s"}` : "";

  if (published.sourceIsTarball) {
    return {
      status,
      package: label,
      rung: "manifest-only",
      reason: `the scan target is the published tarball itself, so only the registry manifest and the tar headers were checked against it${why}`,
      steps: [{ rung: "manifest-only", outcome: serious.length ? "failed" : "held", detail: "registry manifest vs the tarball's package.json" }],
      ...withProvenance,
    };
  }
  const steps: Step[] = [...rebuildSteps(snapshot), ...comparisonSteps(snapshot)];
  const rung = steps.find((s) => s.outcome === "held")?.rung ?? "none";
  const reached = steps.find((s) => s.rung === rung);
  return {
    status: rung === "none" ? "mismatch" : status,
    package: label,
    rung,
    reason: rung === "none" ? `no rung of the ladder holds${why || " (see the findings)"}` : `${reached?.detail ?? rung}${why}`,
    steps,
    ...withProvenance,
  };
}

function rebuildSteps(snapshot: Snapshot): Step[] {
  const rebuild = snapshot.rebuild;
  if (!rebuild) {
    return [
      { rung: "byte-identical", outcome: "not-run", detail: "opt-in: --rebuild builds and packs the source to compare it byte for byte" },
      { rung: "content-identical", outcome: "not-run", detail: "opt-in, with --rebuild" },
    ];
  }
  const scripts = rebuild.scripts.length ? `after running ${rebuild.scripts.join(", ")}` : "with no build script";
  if (rebuild.error) {
    return [
      { rung: "byte-identical", outcome: "failed", detail: `the rebuild failed: ${rebuild.error}` },
      { rung: "content-identical", outcome: "failed", detail: "the rebuild failed" },
    ];
  }
  const differences = rebuild.differences.slice(0, 5).join("; ") + (rebuild.differences.length > 5 ? `; and ${rebuild.differences.length - 5} more` : "");
  return [
    {
      rung: "byte-identical",
      outcome: rebuild.byteIdentical ? "held" : "failed",
      detail: rebuild.byteIdentical ? `the source packed ${scripts} has the registry's sha512 (${rebuild.integrity.slice(0, 20)}...)` : "the rebuilt tarball's sha512 differs from dist.integrity",
    },
    {
      rung: "content-identical",
      outcome: rebuild.contentIdentical ? "held" : "failed",
      detail: rebuild.contentIdentical ? `the source packed ${scripts} holds the same files and contents as the published tarball` : `the rebuilt files differ: ${differences}`,
    },
  ];
}

function comparisonSteps(snapshot: Snapshot): Step[] {
  const comparison = sourceComparison(snapshot);
  if (!comparison) {
    const reason = snapshot.skipped.find((s) => s.check === "packed-source")?.reason ?? "the source's pack was not read";
    return (["per-file", "file-set"] as VerificationRung[]).map((rung) => ({ rung, outcome: "not-run" as const, detail: reason }));
  }
  const { identical, built, contentMismatch, extra, missing } = comparison;
  const perFile: Step =
    contentMismatch.length === 0 && extra.length === 0
      ? { rung: "per-file", outcome: "held", detail: `every published file matches the source: ${identical.length} identical, ${built.length} build output matched to its source` }
      : { rung: "per-file", outcome: "failed", detail: `${contentMismatch.length} file(s) differ and ${extra.length} have no source` };
  const fileSet: Step =
    extra.length === 0 && missing.length === 0
      ? { rung: "file-set", outcome: "held", detail: "the tarball holds exactly the files npm would pack from the source (plus declared build output)" }
      : { rung: "file-set", outcome: "failed", detail: `${extra.length} extra and ${missing.length} missing file(s) against npm-packlist` };
  return [perFile, fileSet];
}
