import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import nock from "nock";
import { collectAttestations, collectPublishedAttestations, createAttestationClient } from "../../src/facts/attestations.js";
import type { PublishedPackage } from "../../src/model.js";
import {
  PROVENANCE_V1,
  PUBLISH_V01,
  attestationBody,
  editStatement,
  flipSignature,
  nuxtFacts,
  nuxtPackument,
  versionEntry,
} from "../helpers/npm-provenance.js";

const REGISTRY = "https://registry.test.example/";
const client = createAttestationClient({ registry: REGISTRY });

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe("collectAttestations over the registry endpoint", () => {
  test("4.1.2: both bundles and the registry signature verify offline; the provenance names nuxt/nuxt at main", async () => {
    nock("https://registry.test.example").get("/-/npm/v1/attestations/nuxt@4.1.2").reply(200, attestationBody("4.1.2"));
    const { attestations, skipped } = await collectAttestations({
      name: "nuxt",
      version: "4.1.2",
      versionEntry: versionEntry("4.1.2"),
      publishedAt: nuxtPackument().time["4.1.2"]!,
      client,
    });
    expect(skipped).toEqual([]);
    expect(attestations.status).toBe("fetched");
    expect(attestations.trustedPublisher).toBe("github");
    expect(attestations.signatures).toEqual([{ keyid: "SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U", verification: { ok: true } }]);
    const byType = new Map(attestations.attestations.map((a) => [a.predicateType, a]));
    expect(byType.get(PUBLISH_V01)).toMatchObject({ kind: "publish", verification: { ok: true } });
    const provenance = byType.get(PROVENANCE_V1)!;
    expect(provenance.verification).toEqual({ ok: true });
    expect(provenance.subjectMismatch).toBeUndefined();
    expect(provenance.subject?.name).toBe("pkg:npm/nuxt@4.1.2");
    expect(provenance.subject?.sha512).toBe(provenance.expectedSha512);
    expect(provenance.source).toEqual({
      repository: "https://github.com/nuxt/nuxt",
      workflowPath: ".github/workflows/release.yml",
      ref: "refs/heads/main",
      commit: "412786a1d8283aaa2360a855d44ebd3ac21924f1",
      signerIdentity: "https://github.com/nuxt/nuxt/.github/workflows/release.yml@refs/heads/main",
    });
  });

  test("3.13.0: an older key and a tag build verify too", async () => {
    const facts = await nuxtFacts("3.13.0");
    expect(facts.signatures).toEqual([{ keyid: "SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA", verification: { ok: true } }]);
    expect(facts.attestations.map((a) => a.verification)).toEqual([{ ok: true }, { ok: true }]);
    expect(facts.trustedPublisher).toBeUndefined();
    const provenance = facts.attestations.find((a) => a.kind === "provenance")!;
    expect(provenance.source).toMatchObject({ ref: "refs/tags/v3.13.0", commit: "74ef96d096d0045fd00fccd880c1dbbfea51e22a" });
  });

  test("a tampered subject digest fails the signature and no longer names the tarball", async () => {
    const body = editStatement(attestationBody("4.1.2"), PROVENANCE_V1, (s) => {
      s.subject[0].digest.sha512 = "0".repeat(128);
    });
    const facts = await nuxtFacts("4.1.2", { body });
    const provenance = facts.attestations.find((a) => a.kind === "provenance")!;
    expect(provenance.verification.ok).toBe(false);
    expect(provenance.subjectMismatch).toMatch(/subject digest sha512:0000.* differs from the tarball's sha512:8399b0b3/);
    expect(facts.attestations.find((a) => a.kind === "publish")!.verification).toEqual({ ok: true });
  });

  test("a registry integrity other than the attested one: subject mismatch and a failed registry signature", async () => {
    const entry = versionEntry("4.1.2");
    entry.dist["integrity"] = versionEntry("3.13.0").dist["integrity"];
    const facts = await nuxtFacts("4.1.2", { entry });
    expect(facts.attestations.every((a) => a.verification.ok)).toBe(true);
    expect(facts.attestations.every((a) => a.subjectMismatch?.includes("differs from the tarball's"))).toBe(true);
    expect(facts.signatures[0]!.verification).toMatchObject({ ok: false, error: expect.stringContaining("does not match nuxt@4.1.2:sha512-") });
  });

  test("a flipped byte of the DSSE signature does not verify", async () => {
    const facts = await nuxtFacts("4.1.2", { body: flipSignature(attestationBody("4.1.2"), PROVENANCE_V1) });
    const provenance = facts.attestations.find((a) => a.kind === "provenance")!;
    expect(provenance.verification.ok).toBe(false);
    expect(provenance.subjectMismatch).toBeUndefined();
  });

  test("a flipped publish-attestation signature (keyed by the npm key) does not verify", async () => {
    const facts = await nuxtFacts("3.13.0", { body: flipSignature(attestationBody("3.13.0"), PUBLISH_V01) });
    expect(facts.attestations.find((a) => a.kind === "publish")!.verification.ok).toBe(false);
    expect(facts.attestations.find((a) => a.kind === "provenance")!.verification.ok).toBe(true);
  });

  test("a flipped registry signature does not verify", async () => {
    const entry = versionEntry("3.13.0");
    const signatures = entry.dist["signatures"] as { sig: string }[];
    const bytes = Buffer.from(signatures[0]!.sig, "base64");
    bytes[10] = bytes[10]! ^ 0x01;
    signatures[0]!.sig = bytes.toString("base64");
    const facts = await nuxtFacts("3.13.0", { entry });
    expect(facts.signatures[0]!.verification.ok).toBe(false);
  });

  test("a provenance rewritten to name another repository is read, and does not verify", async () => {
    const body = editStatement(attestationBody("3.13.0"), PROVENANCE_V1, (s) => {
      s.predicate.buildDefinition.externalParameters.workflow.repository = "https://github.com/evil/nuxt";
    });
    const facts = await nuxtFacts("3.13.0", { body });
    const provenance = facts.attestations.find((a) => a.kind === "provenance")!;
    expect(provenance.source?.repository).toBe("https://github.com/evil/nuxt");
    expect(provenance.verification.ok).toBe(false);
  });

  test("a packument without dist.attestations: the package has none, and the endpoint is not asked", async () => {
    const entry = versionEntry("3.13.0");
    delete entry.dist["attestations"];
    const { attestations, skipped } = await collectAttestations({ name: "nuxt", version: "3.13.0", versionEntry: entry, client });
    expect(attestations.status).toBe("none");
    expect(attestations.attestations).toEqual([]);
    expect(skipped).toEqual([]);
  });

  test("dist.attestations declared but the endpoint answers 404: skipped, this registry does not serve them", async () => {
    nock("https://registry.test.example").get("/-/npm/v1/attestations/nuxt@3.13.0").reply(404, { error: "Not found" });
    const { attestations, skipped } = await collectAttestations({ name: "nuxt", version: "3.13.0", versionEntry: versionEntry("3.13.0"), client });
    expect(attestations.status).toBe("not-served");
    expect(skipped).toEqual([{ check: "attestations", reason: expect.stringContaining("this registry does not serve attestations") }]);
  });

  test("a 503 from the endpoint is skipped as unavailable, not a pass", async () => {
    nock("https://registry.test.example").get("/-/npm/v1/attestations/nuxt@3.13.0").reply(503);
    const { attestations, skipped } = await collectAttestations({ name: "nuxt", version: "3.13.0", versionEntry: versionEntry("3.13.0"), client });
    expect(attestations.attestations).toEqual([]);
    expect(skipped).toEqual([{ check: "attestations", reason: expect.stringContaining("503") }]);
  });

  test("a manifest stripped of dist.signatures and dist.attestations (the mirror here): the endpoint is asked, a 404 is skipped, not no-provenance", async () => {
    nock("https://registry.test.example").get("/-/npm/v1/attestations/nuxt@3.13.0").reply(404);
    const entry = versionEntry("3.13.0");
    delete entry.dist["signatures"];
    delete entry.dist["attestations"];
    const { attestations, skipped } = await collectAttestations({ name: "nuxt", version: "3.13.0", versionEntry: entry, client });
    expect(attestations.status).toBe("not-served");
    expect(skipped).toEqual([
      { check: "registry-signatures", reason: expect.stringContaining("carries no dist.signatures") },
      { check: "attestations", reason: expect.stringContaining("whether the package has provenance cannot be told") },
    ]);
  });

  test("a stripped manifest whose registry still serves the endpoint: the attestations are verified", async () => {
    nock("https://registry.test.example").get("/-/npm/v1/attestations/nuxt@3.13.0").reply(200, attestationBody("3.13.0"));
    const entry = versionEntry("3.13.0");
    delete entry.dist["signatures"];
    delete entry.dist["attestations"];
    const { attestations } = await collectAttestations({ name: "nuxt", version: "3.13.0", versionEntry: entry, client });
    expect(attestations.status).toBe("fetched");
    expect(attestations.attestations.map((a) => a.verification)).toEqual([{ ok: true }, { ok: true }]);
  });

  test("--offline: attestations are skipped, registry signatures are still checked", async () => {
    const { attestations, skipped } = await collectAttestations({ name: "nuxt", version: "3.13.0", versionEntry: versionEntry("3.13.0"), client, offline: true });
    expect(skipped.map((s) => s.check)).toEqual(["attestations"]);
    expect(attestations.signatures[0]!.verification.ok).toBe(true);
  });
});

describe("collectPublishedAttestations", () => {
  const published = { name: "nuxt", version: "3.13.0" } as PublishedPackage;

  test("verifies the version entry and publish time collectPublished already read", async () => {
    nock("https://registry.test.example").get("/-/npm/v1/attestations/nuxt@3.13.0").reply(200, attestationBody("3.13.0"));
    const result = await collectPublishedAttestations({
      published,
      registryEntry: versionEntry("3.13.0"),
      publishedAt: nuxtPackument().time["3.13.0"]!,
      client,
    });
    expect(result.skipped).toEqual([]);
    expect(result.attestations?.attestations).toHaveLength(2);
    expect(result.attestations?.signatures.map((s) => s.verification.ok)).toEqual([true]);
  });

  test("without the registry entry both checks are skipped, never passed", async () => {
    const result = await collectPublishedAttestations({ published, client });
    expect(result.attestations).toBeUndefined();
    expect(result.skipped?.map((s) => s.check)).toEqual(["attestations", "registry-signatures"]);
  });

  test("nothing when no published package was fetched", async () => {
    expect(await collectPublishedAttestations({ client })).toEqual({});
  });
});
