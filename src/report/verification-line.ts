/** The package-verification lines of the text and markdown reports: which rung of the ladder holds and why, then what the provenance says. */
import type { ProvenanceSummary, VerificationSummary } from "../model.js";

const RUNG_LABEL: Record<NonNullable<VerificationSummary["rung"]>, string> = {
  "byte-identical": "byte-identical pack (rung 1 of 4: reproducible release)",
  "content-identical": "content-identical pack (rung 1 of 4, tarball bytes differ)",
  "per-file": "per-file match (rung 2 of 4)",
  "file-set": "file-set match (rung 3 of 4)",
  "manifest-only": "registry manifest vs tarball only",
  none: "no rung holds",
};

export function verificationLine(v: VerificationSummary): string {
  const what = v.package ? `${v.package}: ` : "";
  if (v.status === "skipped") return `Package verification skipped: ${v.reason}`;
  if (v.status === "not-published") return `Package verification: ${v.reason}; nothing published to compare`;
  if (v.status === "not-applicable") return `Package verification: not applicable (${v.reason})`;
  const rung = v.rung ? RUNG_LABEL[v.rung] : "not compared";
  return `Package verification: ${what}${rung}${v.status === "mismatch" ? " (mismatch)" : ""}: ${v.reason}`;
}

/** The ladder line, then the provenance line when provenance was looked at. */
export function verificationLines(v: VerificationSummary): string[] {
  const lines = [verificationLine(v)];
  if (v.provenance) lines.push(`Provenance: ${provenanceText(v.provenance)}`);
  return lines;
}

/** e.g. "verified, built from github.com/nuxt/nuxt at 412786a on refs/heads/main (...)". */
export function provenanceText(p: ProvenanceSummary): string {
  if (p.status !== "verified") return `${p.status} (${p.reason})`;
  const repository = p.repository ? ` from ${p.repository.replace(/^[a-z+]+:\/\//, "").replace(/\.git$/, "")}` : "";
  const commit = p.commit ? ` at ${p.commit.slice(0, 7)}` : "";
  const ref = p.ref ? ` on ${p.ref}` : "";
  return `verified${repository || commit || ref ? `, built${repository}${commit}${ref}` : ""} (${p.reason})`;
}
