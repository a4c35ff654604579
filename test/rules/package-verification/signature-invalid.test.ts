import { describe, expect, test } from "@jest/globals";
import { signatureInvalid } from "../../../src/rules/package-verification/signature-invalid.js";
import { runRules } from "../../../src/rules/engine.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { buildSnapshot } from "../../helpers/snapshot.js";
import { PROVENANCE_V1, PUBLISH_V01, attestationBody, editStatement, flipSignature, nuxtFacts, versionEntry } from "../../helpers/npm-provenance.js";
import { nuxtSource, withFacts } from "./provenance-rules-fixtures.js";

const otherIntegrity = versionEntry("4.1.2");
otherIntegrity.dist["integrity"] = versionEntry("3.13.0").dist["integrity"];

ruleTest(signatureInvalid, {
  fires: [
    {
      name: "a tampered subject digest",
      files: nuxtSource("4.1.2"),
      facts: withFacts(
        "4.1.2",
        await nuxtFacts("4.1.2", {
          body: editStatement(attestationBody("4.1.2"), PROVENANCE_V1, (s) => {
            s.subject[0].digest.sha512 = "0".repeat(128);
          }),
        }),
      ),
      count: 2,
      severity: "critical",
      expect: (findings) => {
        expect(findings.map((f) => f.evidence)).toEqual([`${PROVENANCE_V1}: signature`, `${PROVENANCE_V1}: subject`]);
        expect(findings[1]!.message).toContain("is not about this tarball: the attestation's subject digest sha512:0000");
      },
    },
    {
      name: "a flipped byte of the provenance's DSSE signature",
      files: nuxtSource("4.1.2"),
      facts: withFacts("4.1.2", await nuxtFacts("4.1.2", { body: flipSignature(attestationBody("4.1.2"), PROVENANCE_V1) })),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("The provenance attestation of nuxt@4.1.2 does not verify"),
    },
    {
      name: "a flipped byte of the publish attestation's signature",
      files: nuxtSource("3.13.0"),
      facts: withFacts("3.13.0", await nuxtFacts("3.13.0", { body: flipSignature(attestationBody("3.13.0"), PUBLISH_V01) })),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("The publish attestation of nuxt@3.13.0 does not verify"),
    },
    {
      name: "a registry integrity that is not the signed one: registry signature and both subjects",
      files: nuxtSource("4.1.2"),
      facts: withFacts("4.1.2", await nuxtFacts("4.1.2", { entry: otherIntegrity })),
      count: 3,
      expect: (findings) => expect(findings[0]!.message).toContain("The registry signature of nuxt@4.1.2 (keyid SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U) does not verify"),
    },
  ],
  quiet: [
    { name: "4.1.2 verifies", files: nuxtSource("4.1.2"), facts: withFacts("4.1.2", await nuxtFacts("4.1.2")) },
    { name: "3.13.0 verifies", files: nuxtSource("3.13.0"), facts: withFacts("3.13.0", await nuxtFacts("3.13.0")) },
  ],
});

describe("what signature-invalid can judge", () => {
  test("registry signatures are still checked when the registry strips attestations", async () => {
    const entry = versionEntry("4.1.2");
    (entry.dist["signatures"] as { sig: string }[])[0]!.sig = (versionEntry("3.13.0").dist["signatures"] as { sig: string }[])[0]!.sig;
    const facts = await nuxtFacts("4.1.2", { entry, body: null });
    const skipped = [{ check: "attestations", reason: "this registry does not serve attestations" }];
    const snapshot = await buildSnapshot({ files: nuxtSource("4.1.2"), facts: withFacts("4.1.2", facts, { skipped }) });
    const run = runRules([signatureInvalid], [{ id: "package-verification", implemented: true }], snapshot);
    expect(run.findings.map((f) => f.evidence)).toEqual(["registry signature SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U"]);
  });

  test("skipped, not passed, when neither attestations nor registry signatures could be read", async () => {
    const facts = await nuxtFacts("4.1.2", { body: null });
    const skipped = [
      { check: "attestations", reason: "this registry does not serve attestations" },
      { check: "registry-signatures", reason: "no dist.signatures" },
    ];
    const snapshot = await buildSnapshot({ files: nuxtSource("4.1.2"), facts: withFacts("4.1.2", { ...facts, signatures: [] }, { skipped }) });
    const run = runRules([signatureInvalid], [{ id: "package-verification", implemented: true }], snapshot);
    expect(run.findings).toEqual([]);
    expect(run.skipped).toContainEqual({ check: "package-verification/signature-invalid", reason: "needs attestations: this registry does not serve attestations" });
  });
});
