/** PEP 740 verification on a real provenance object (PyPI's Integrity API answer for pypi_attestations-0.0.19.tar.gz). */
import { readFileSync } from "node:fs";
import { PYPI_PUBLISH_V1, verifyPypiProvenance } from "../../../src/facts/python/pep740.js";

const provenance = JSON.parse(readFileSync(new URL("../../fixtures/pypi-provenance/pypi_attestations-0.0.19.tar.gz.provenance", import.meta.url), "utf8")) as {
  attestation_bundles: { attestations: { envelope: { signature: string; statement: string } }[]; publisher: Record<string, unknown> }[];
};
const file = { filename: "pypi_attestations-0.0.19.tar.gz", sha256: "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3" };
const copy = (): typeof provenance => JSON.parse(JSON.stringify(provenance)) as typeof provenance;

describe("PEP 740 provenance, verified offline", () => {
  test("the certificate chain, the Rekor entry and the signature verify; subject and publisher match", () => {
    const [check] = verifyPypiProvenance(provenance, file, "https://github.com/trailofbits/pypi-attestations");
    expect(check).toMatchObject({
      predicateType: PYPI_PUBLISH_V1,
      verification: { ok: true },
      subject: { name: file.filename, sha256: file.sha256 },
      signerIdentity: "https://github.com/trailofbits/pypi-attestations/.github/workflows/release.yml@refs/tags/v0.0.19",
      certifiedRepository: "https://github.com/trailofbits/pypi-attestations",
      publisher: { kind: "GitHub", repository: "trailofbits/pypi-attestations", workflow: "release.yml" },
    });
    expect(check!.subjectMismatch).toBeUndefined();
    expect(check!.publisherMismatch).toBeUndefined();
  });

  test("another file's digest is a subject mismatch (provenance-mismatch)", () => {
    const [check] = verifyPypiProvenance(provenance, { ...file, sha256: "0".repeat(64) });
    expect(check!.subjectMismatch).toMatch(/differs from the file's sha256/);
  });

  test("another source repository is a publisher mismatch (provenance-mismatch)", () => {
    const [check] = verifyPypiProvenance(provenance, file, "https://github.com/acme/pypi-attestations");
    expect(check!.publisherMismatch).toBe("the file was built in https://github.com/trailofbits/pypi-attestations, not in https://github.com/acme/pypi-attestations");
    const claimed = copy();
    claimed.attestation_bundles[0]!.publisher["repository"] = "evil/other";
    expect(verifyPypiProvenance(claimed, file)[0]!.publisherMismatch).toMatch(/PyPI names the publisher evil\/other/);
  });

  test("a statement or signature that was altered fails verification (signature-invalid)", () => {
    const forged = copy();
    const statement = JSON.parse(Buffer.from(forged.attestation_bundles[0]!.attestations[0]!.envelope.statement, "base64").toString("utf8")) as { subject: { digest: { sha256: string } }[] };
    statement.subject[0]!.digest.sha256 = "1".repeat(64);
    forged.attestation_bundles[0]!.attestations[0]!.envelope.statement = Buffer.from(JSON.stringify(statement)).toString("base64");
    expect(verifyPypiProvenance(forged, { ...file, sha256: "1".repeat(64) })[0]!.verification.ok).toBe(false);
    const badSignature = copy();
    badSignature.attestation_bundles[0]!.attestations[0]!.envelope.signature = Buffer.from("not a signature").toString("base64");
    expect(verifyPypiProvenance(badSignature, file)[0]!.verification).toMatchObject({ ok: false });
  });

  test("an answer that is not a provenance object yields no attestation, never a pass", () => {
    expect(verifyPypiProvenance({ version: 1 }, file)).toEqual([]);
    expect(verifyPypiProvenance("garbage", file)).toEqual([]);
  });
});
