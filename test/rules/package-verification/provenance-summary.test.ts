import { describe, expect, test } from "@jest/globals";
import { collectAttestations } from "../../../src/facts/attestations.js";
import type { Snapshot } from "../../../src/model.js";
import { verificationLines } from "../../../src/report/verification-line.js";
import { runRules } from "../../../src/rules/engine.js";
import { PACKAGE_VERIFICATION_DIMENSION, PACKAGE_VERIFICATION_RULES } from "../../../src/rules/package-verification/index.js";
import { verificationSummary } from "../../../src/rules/package-verification/verification.js";
import { PROVENANCE_V1, attestationBody, editStatement, flipSignature, nuxtFacts, servingClient, versionEntry } from "../../helpers/npm-provenance.js";
import { buildSnapshot } from "../../helpers/snapshot.js";
import { nuxtSource, withFacts } from "./provenance-rules-fixtures.js";

/** The report's verification block for a nuxt source tree and attestation facts, with the real package-verification rules' findings. */
async function summarise(version: string, facts: Partial<Snapshot>, repository?: unknown) {
  const snapshot = await buildSnapshot({ files: nuxtSource(version, ...(repository ? [repository] : [])), facts });
  const { findings } = runRules(PACKAGE_VERIFICATION_RULES, [PACKAGE_VERIFICATION_DIMENSION], snapshot);
  const verification = verificationSummary(snapshot, findings, true);
  return { verification, line: verificationLines(verification).join("\n"), findings };
}

describe("the verification block's provenance", () => {
  test("4.1.2: verified, naming the repository, commit and ref, printed in the line", async () => {
    const { verification, line } = await summarise("4.1.2", withFacts("4.1.2", await nuxtFacts("4.1.2")));
    expect(verification.provenance).toMatchObject({
      status: "verified",
      repository: "https://github.com/nuxt/nuxt",
      commit: "412786a1d8283aaa2360a855d44ebd3ac21924f1",
      ref: "refs/heads/main",
    });
    expect(verification.provenance!.reason).toContain("registry signature verified");
    expect(line).toContain("Provenance: verified, built from github.com/nuxt/nuxt at 412786a on refs/heads/main");
  });

  test("a tampered subject digest is a mismatch, never verified", async () => {
    const body = editStatement(attestationBody("3.13.0"), PROVENANCE_V1, (s) => {
      s.subject[0].digest.sha512 = "0".repeat(128);
    });
    const { verification, line } = await summarise("3.13.0", withFacts("3.13.0", await nuxtFacts("3.13.0", { body })));
    expect(verification.provenance?.status).toBe("mismatch");
    expect(verification.provenance?.reason).toContain("does not verify");
    expect(line).toContain("Provenance: mismatch (");
  });

  test("a tampered signature is a mismatch", async () => {
    const body = flipSignature(attestationBody("4.1.2"), PROVENANCE_V1);
    const { verification } = await summarise("4.1.2", withFacts("4.1.2", await nuxtFacts("4.1.2", { body })));
    expect(verification.provenance?.status).toBe("mismatch");
  });

  test("a valid provenance naming another repository than package.json's is a mismatch from the provenance-mismatch finding", async () => {
    const { verification, findings } = await summarise("4.1.2", withFacts("4.1.2", await nuxtFacts("4.1.2")), "github:someone-else/nuxt");
    expect(findings.map((f) => f.ruleId)).toContain("package-verification/provenance-mismatch");
    expect(verification.provenance).toMatchObject({ status: "mismatch", repository: "https://github.com/nuxt/nuxt" });
    expect(verification.provenance?.reason).toContain("someone-else/nuxt");
  });

  test("a packument without attestations: none", async () => {
    const entry = versionEntry("3.13.0");
    delete entry.dist["attestations"];
    const { verification, line } = await summarise("3.13.0", withFacts("3.13.0", await nuxtFacts("3.13.0", { entry, body: null })));
    expect(verification.provenance?.status).toBe("none");
    expect(line).toContain("Provenance: none (the registry's manifest declares no attestations; the registry signature verified)");
  });

  test("a registry that does not serve the declared attestations: skipped, with the reason", async () => {
    const { attestations, skipped } = await collectAttestations({ name: "nuxt", version: "4.1.2", versionEntry: versionEntry("4.1.2"), client: servingClient(undefined) });
    const { verification, line } = await summarise("4.1.2", withFacts("4.1.2", attestations, { skipped }));
    expect(verification.provenance?.status).toBe("skipped");
    expect(line).toMatch(/Provenance: skipped \(.*this registry does not serve attestations/);
  });

  test("no published package: no provenance line", async () => {
    const { verification } = await summarise("4.1.2", { skipped: [] });
    expect(verification.provenance).toBeUndefined();
  });
});
