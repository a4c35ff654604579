import { describe, expect, test } from "@jest/globals";
import { checkAttestation, npmPurl, provenanceSource } from "../../src/facts/attestation-verify.js";

describe("provenanceSource", () => {
  test("SLSA v0.2: repository, ref, workflow and commit from invocation.configSource", () => {
    expect(
      provenanceSource({
        invocation: {
          configSource: { uri: "git+https://github.com/owner/repo@refs/tags/v1.2.3", digest: { sha1: "abc123" }, entryPoint: ".github/workflows/publish.yml" },
        },
      }),
    ).toEqual({ repository: "git+https://github.com/owner/repo", ref: "refs/tags/v1.2.3", commit: "abc123", workflowPath: ".github/workflows/publish.yml" });
  });

  test("an unknown predicate shape yields no claims", () => {
    expect(provenanceSource({ something: 1 })).toEqual({});
  });
});

describe("checkAttestation", () => {
  test("a scoped package's subject percent-encodes the @", () => {
    expect(npmPurl("@scope/pkg", "1.0.0")).toBe("pkg:npm/%40scope/pkg@1.0.0");
  });

  test("an entry without a DSSE bundle is reported unverified, never passed", () => {
    const check = checkAttestation({ predicateType: "https://slsa.dev/provenance/v1", bundle: {} }, { name: "x", version: "1.0.0" });
    expect(check).toMatchObject({ kind: "provenance", verification: { ok: false, error: "the bundle has no DSSE envelope" } });
  });

  test("a DSSE payload that is not JSON is reported unverified", () => {
    const check = checkAttestation(
      { predicateType: "https://slsa.dev/provenance/v1", bundle: { dsseEnvelope: { payload: Buffer.from("nope").toString("base64") } } },
      { name: "x", version: "1.0.0" },
    );
    expect(check.verification).toEqual({ ok: false, error: "the DSSE payload is not JSON" });
  });
});
