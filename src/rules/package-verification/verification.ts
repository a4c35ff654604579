/** The report's verification block: which rung of the ladder holds (rebuild, per-file, file set) and why, from the facts and findings (pure). */
import type { Finding, Snapshot, VerificationRung, VerificationSummary } from "../../model.js";
import { sourceComparison } from "./compare.js";
import { provenanceSummary } from "./provenance-summary.js";
import { pypiArchiveComparisons } from "./python-layout.js";

type Step = VerificationSummary["steps"][number];

export function verificationSummary(snapshot: Snapshot, findings: readonly Finding[], applicable: boolean): VerificationSummary {
  if (!applicable) return { status: "not-applicable", reason: "the tree is not a published npm package (no name, or private without --package)", steps: [] };
  if (snapshot.pypiCandidate) return { ecosystem: "pypi", ...pypiVerificationSummary(snapshot, findings) };
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

/** The ladder for a PyPI release: each sdist and wheel read, file by file against the source project, then the file set. */
function pypiVerificationSummary(snapshot: Snapshot, findings: readonly Finding[]): VerificationSummary {
  const skipped = snapshot.skipped.find((s) => s.check === "published");
  if (skipped) return { status: "skipped", reason: `the published release could not be fetched from PyPI: ${skipped.reason}`, steps: [] };
  if (snapshot.unpublished) {
    const { name, version } = snapshot.unpublished;
    const label = version === "latest" ? name : `${name}==${version}`;
    return { status: "not-published", package: label, reason: `${label} is not on PyPI`, steps: [] };
  }
  const release = snapshot.pypiPublished;
  if (!release) return { status: "skipped", reason: "no published release was fetched", steps: [] };
  const label = `${release.name}==${release.version}`;
  const provenance = provenanceSummary(snapshot, findings);
  const withProvenance = provenance ? { provenance } : {};
  const serious = findings.filter((f) => f.dimension === "package-verification" && !f.ignored && (f.severity === "critical" || f.severity === "high"));
  const why = serious.length > 0 ? `; ${serious.length} high or critical finding${serious.length === 1 ? "" : "s"}` : "";
  const notRead = release.notRead.length > 0 ? ` (${release.notRead.length} other file${release.notRead.length === 1 ? "" : "s"} of the release not read)` : "";
  const comparisons = pypiArchiveComparisons(snapshot);
  const steps: Step[] = [{ rung: "byte-identical", outcome: "not-run", detail: "--rebuild covers npm packages; a Python release is compared file by file" }];
  if (comparisons.length === 0 && release.sourceIsRelease) {
    // A pypi: target whose tree is its only wheel: what can be told is the metadata against PyPI's, and the provenance.
    const outcome = serious.length > 0 ? "failed" : "held";
    steps.push({ rung: "manifest-only", outcome, detail: "the scan target is the release itself: its wheel's METADATA was checked against PyPI's metadata and the release's name and version" });
    return { status: serious.length > 0 ? "mismatch" : "verified", package: label, rung: outcome === "held" ? "manifest-only" : "none", reason: `${steps[1]!.detail}${notRead}${why}`, steps, ...withProvenance };
  }
  if (comparisons.length === 0) {
    const reason = snapshot.skipped.find((s) => s.check === "packed-source")?.reason ?? "no file of the release could be compared with the source";
    steps.push({ rung: "per-file", outcome: "not-run", detail: reason });
    return { status: serious.length > 0 ? "mismatch" : "skipped", package: label, rung: "none", reason: `${reason}${why}`, steps, ...withProvenance };
  }
  const files = comparisons.map((c) => c.archive.filename).join(" and ");
  const sum = (pick: (c: (typeof comparisons)[number]["comparison"]) => readonly unknown[]): number => comparisons.reduce((n, c) => n + pick(c.comparison).length, 0);
  const [identical, built, differ, extra, missing] = [sum((c) => c.identical), sum((c) => c.built), sum((c) => c.contentMismatch), sum((c) => c.extra), sum((c) => c.missing)];
  const against = release.sourceIsRelease ? "the release's sdist" : "the source";
  steps.push(
    differ === 0 && extra === 0
      ? { rung: "per-file", outcome: "held", detail: `every file of ${files} matches ${against}: ${identical} identical, ${built} generated metadata or build output matched to its source` }
      : { rung: "per-file", outcome: "failed", detail: `${files}: ${differ} file(s) differ from ${against} and ${extra} have no source` },
    extra === 0 && missing === 0
      ? { rung: "file-set", outcome: "held", detail: `${files} hold exactly the source's files (plus generated metadata and build output)` }
      : { rung: "file-set", outcome: "failed", detail: `${extra} extra and ${missing} missing file(s) against the source's package folders` },
  );
  const rung = steps.find((s) => s.outcome === "held")?.rung ?? "none";
  const reached = steps.find((s) => s.rung === rung);
  return {
    status: rung === "none" || serious.length > 0 ? "mismatch" : "verified",
    package: label,
    rung,
    reason: rung === "none" ? `no rung of the ladder holds${why || " (see the findings)"}` : `${reached?.detail ?? rung}${notRead}${why}`,
    steps,
    ...withProvenance,
  };
}
