import { describe, expect, test } from "@jest/globals";
import { noProvenance } from "../../../src/rules/package-verification/no-provenance.js";
import { provenanceMismatch } from "../../../src/rules/package-verification/provenance-mismatch.js";
import { runRules } from "../../../src/rules/engine.js";
import { PACKAGE_VERIFICATION_DIMENSION } from "../../../src/rules/package-verification/index.js";
import { collectAttestations } from "../../../src/facts/attestations.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { buildSnapshot } from "../../helpers/snapshot.js";
import { PROVENANCE_V1, attestationBody, nuxtFacts, servingClient, versionEntry } from "../../helpers/npm-provenance.js";
import { nuxtSource, withFacts } from "./provenance-rules-fixtures.js";

function withoutAttestations(version: "4.1.2" | "3.13.0", trustedPublisher = false) {
  const entry = versionEntry(version);
  delete entry.dist["attestations"];
  if (!trustedPublisher) delete entry["_npmUser"];
  return entry;
}

const none = await nuxtFacts("3.13.0", { entry: withoutAttestations("3.13.0"), body: null });
const publishOnly = await nuxtFacts("3.13.0", {
  body: { attestations: attestationBody("3.13.0").attestations.filter((a) => a.predicateType !== PROVENANCE_V1) },
});

ruleTest(noProvenance, {
  fires: [
    {
      name: "a packument without dist.attestations and no trusted publishing",
      files: nuxtSource("3.13.0"),
      facts: withFacts("3.13.0", none),
      count: 1,
      severity: "low",
      expect: ([f]) => {
        expect(f!.message).toContain("nuxt@3.13.0 was published without provenance: the registry's manifest declares no attestations");
        expect(f!.package).toEqual({ name: "nuxt", version: "3.13.0" });
      },
    },
    {
      name: "only a publish attestation, no SLSA provenance",
      files: nuxtSource("3.13.0"),
      facts: withFacts("3.13.0", publishOnly),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("none of them a SLSA provenance"),
    },
  ],
  quiet: [
    { name: "4.1.2 with a verified provenance", files: nuxtSource("4.1.2"), facts: withFacts("4.1.2", await nuxtFacts("4.1.2")) },
    { name: "3.13.0 with a verified provenance", files: nuxtSource("3.13.0"), facts: withFacts("3.13.0", await nuxtFacts("3.13.0")) },
    {
      name: "no attestations but published through trusted publishing",
      files: nuxtSource("4.1.2"),
      facts: withFacts("4.1.2", await nuxtFacts("4.1.2", { entry: withoutAttestations("4.1.2", true), body: null })),
    },
    { name: "no published package (nothing to judge)", files: nuxtSource("4.1.2") },
  ],
});

describe("a registry that strips attestations", () => {
  test("the provenance rules are skipped with the reason, never passed", async () => {
    const { attestations, skipped } = await collectAttestations({
      name: "nuxt",
      version: "3.13.0",
      versionEntry: versionEntry("3.13.0"),
      client: servingClient(undefined),
    });
    const snapshot = await buildSnapshot({ files: nuxtSource("3.13.0"), facts: withFacts("3.13.0", attestations, { skipped }) });
    const run = runRules([noProvenance, provenanceMismatch], [{ ...PACKAGE_VERIFICATION_DIMENSION, implemented: true }], snapshot);
    expect(run.findings).toEqual([]);
    expect(run.skipped).toEqual(
      expect.arrayContaining([
        { check: "package-verification/no-provenance", reason: expect.stringContaining("this registry does not serve attestations") },
        { check: "package-verification/provenance-mismatch", reason: expect.stringContaining("this registry does not serve attestations") },
      ]),
    );
    expect(run.statuses["package-verification"]).toBe("skipped");
  });
});
