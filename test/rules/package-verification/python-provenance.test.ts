/** PEP 740 provenance wired into no-provenance, provenance-mismatch and signature-invalid, on a real provenance object (pypi_attestations-0.0.19.tar.gz). */
import { readFileSync } from "node:fs";
import { noProvenance } from "../../../src/rules/package-verification/no-provenance.js";
import { provenanceMismatch } from "../../../src/rules/package-verification/provenance-mismatch.js";
import { signatureInvalid } from "../../../src/rules/package-verification/signature-invalid.js";
import type { Snapshot } from "../../../src/model.js";
import { distInfo, pypiFacts, type ReleaseInput } from "../../helpers/pypi-release.js";
import { ruleTest } from "../../helpers/rule-test.js";

const provenance = JSON.parse(readFileSync(new URL("../../fixtures/pypi-provenance/pypi_attestations-0.0.19.tar.gz.provenance", import.meta.url), "utf8")) as {
  attestation_bundles: { attestations: { envelope: { signature: string; statement: string } }[]; publisher: Record<string, unknown> }[];
};
const copy = (): typeof provenance => JSON.parse(JSON.stringify(provenance)) as typeof provenance;
const SDIST = "pypi_attestations-0.0.19.tar.gz";
const SHA256 = "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3";
const WHEEL = "pypi_attestations-0.0.19-py3-none-any.whl";

const pyproject = (repository: string): string =>
  `[project]\nname = "pypi-attestations"\nversion = "0.0.19"\ndependencies = []\n\n[project.urls]\nHomepage = "https://pypi.org/project/pypi-attestations"\nSource = "${repository}"\n`;
const REAL = "https://github.com/trailofbits/pypi-attestations";
/** A pypi: target: the tree is the unpacked sdist, which the JSON API lists with its real sha256. */
const target = { kind: "pypi" as const, label: "pypi:pypi-attestations==0.0.19", name: "pypi-attestations", version: "0.0.19" };
const releaseOf = (changes: Partial<ReleaseInput>): ReleaseInput => ({ name: "pypi-attestations", version: "0.0.19", listed: [{ filename: SDIST, sha256: SHA256 }], projectUrls: { Source: REAL }, ...changes });
const facts = (repository: string, changes: Partial<ReleaseInput>): Promise<Partial<Snapshot>> => pypiFacts({ "pyproject.toml": pyproject(repository) }, releaseOf(changes), { target });
const files = (repository = REAL): Record<string, string> => ({ "pyproject.toml": pyproject(repository) });

const verified = await facts(REAL, { provenance: { [SDIST]: provenance } });
const forged = copy();
forged.attestation_bundles[0]!.attestations[0]!.envelope.signature = Buffer.from("not a signature").toString("base64");
const otherPublisher = copy();
otherPublisher.attestation_bundles[0]!.publisher["repository"] = "evil/pypi-attestations";

test("the real provenance reads as verified, with the certificate's repository, ref and commit", () => {
  expect(verified.attestations).toMatchObject({ ecosystem: "pypi", status: "fetched" });
  expect(verified.attestations!.attestations).toEqual([
    expect.objectContaining({
      kind: "provenance",
      file: SDIST,
      verification: { ok: true },
      subject: { name: SDIST, sha256: SHA256 },
      source: expect.objectContaining({ repository: REAL, ref: "refs/tags/v0.0.19", workflowPath: ".github/workflows/release.yml", commit: expect.stringMatching(/^[0-9a-f]{40}$/) }),
    }),
  ]);
});

ruleTest(noProvenance, {
  fires: [
    { name: "PyPI's Integrity API serves no attestation", files: files(), facts: await facts(REAL, {}), count: 1, severity: "low", expect: ([f]) => expect(f!.message).toContain("no PEP 740 attestation") },
    {
      name: "the wheel carries none while the sdist does",
      files: files(),
      facts: await facts(REAL, { provenance: { [SDIST]: provenance }, wheel: { "pypi_attestations/__init__.py": "", ...distInfo("pypi-attestations", "0.0.19") } }),
      count: 1,
      expect: ([f]) => expect(f!.evidence).toBe(WHEEL),
    },
  ],
  quiet: [{ name: "a verified PEP 740 attestation", files: files(), facts: verified }],
});

ruleTest(signatureInvalid, {
  fires: [
    { name: "a signature that does not verify", files: files(), facts: await facts(REAL, { provenance: { [SDIST]: forged } }), count: 1, severity: "critical", expect: ([f]) => expect(f!.message).toContain(`PEP 740 provenance attestation of ${SDIST}`) },
    { name: "an attestation about another file (PyPI lists another sha256)", files: files(), facts: await facts(REAL, { provenance: { [SDIST]: provenance }, listed: [{ filename: SDIST, sha256: "0".repeat(64) }] }), count: 1, expect: ([f]) => expect(f!.message).toContain("is not about this file") },
    { name: "a provenance object with no attestation in it", files: files(), facts: await facts(REAL, { provenance: { [SDIST]: { version: 1, attestation_bundles: [] } } }), count: 1 },
  ],
  quiet: [
    { name: "the real attestation", files: files(), facts: verified },
    { name: "no provenance at all is no-provenance's, not this rule's", files: files(), facts: await facts(REAL, {}) },
  ],
});

ruleTest(provenanceMismatch, {
  fires: [
    {
      name: "[project.urls] names another repository than the one that built the file",
      files: files("https://github.com/acme/pypi-attestations"),
      facts: await facts("https://github.com/acme/pypi-attestations/tree/main", { provenance: { [SDIST]: provenance } }),
      count: 1,
      severity: "critical",
      expect: ([f]) => expect(f!.message).toContain(`says it was built from ${REAL}, but [project.urls] Source is https://github.com/acme/pypi-attestations`),
    },
    { name: "PyPI names another publisher than the certificate", files: files(), facts: await facts(REAL, { provenance: { [SDIST]: otherPublisher } }), count: 1, expect: ([f]) => expect(f!.message).toContain("PyPI names the publisher evil/pypi-attestations") },
    {
      name: "the version's tag points to another commit than the certificate's",
      files: files(),
      facts: { ...verified, attestations: { ...verified.attestations!, versionTag: { name: "v0.0.19", commit: "0".repeat(40) } } },
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("but the tag v0.0.19 points to"),
    },
  ],
  quiet: [
    { name: "built in the repository the project names", files: files(), facts: verified },
    { name: "a Homepage that is no forge URL is not a claim", files: files(), facts: await facts("https://pypi-attestations.example", { provenance: { [SDIST]: provenance }, projectUrls: {} }) },
  ],
});
