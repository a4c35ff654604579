import { afterAll, describe, expect, test } from "@jest/globals";
import { rmSync } from "node:fs";
import { defaultConfig } from "../../src/config.js";
import { collectFacts } from "../../src/facts/collect.js";
import type { AttestationClient } from "../../src/facts/attestations.js";
import type { PublishedClient } from "../../src/facts/published-client.js";
import { memoryRegistry, packFiles, pkg } from "../helpers/published.js";
import { writeTree } from "../helpers/snapshot.js";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A registry client that counts packument requests and adds the packument's `time` (as the npm registry serves it). */
function countingRegistry(inner: PublishedClient, time: Record<string, string>): PublishedClient & { packumentCalls: string[] } {
  const packumentCalls: string[] = [];
  return {
    registry: inner.registry,
    packumentCalls,
    async packument(name) {
      packumentCalls.push(name);
      const doc = await inner.packument(name);
      return doc ? { ...doc, time } : undefined;
    },
    tarball: (name, version) => inner.tarball(name, version),
  };
}

describe("collectFacts: the published package and its attestations", () => {
  test("the packument is fetched once; the attestation collector gets its version entry and publish time", async () => {
    const files = { "package.json": pkg({ main: "index.js" }), "index.js": "module.exports = 1;\n" };
    const root = writeTree(files);
    roots.push(root);
    const registry = countingRegistry(
      memoryRegistry("demo-mcp", { "1.0.0": { manifest: JSON.parse(files["package.json"]) as Record<string, unknown>, bytes: await packFiles(files) } }),
      { "1.0.0": "2025-01-02T03:04:05.000Z" },
    );
    const asked: string[] = [];
    const attestations: AttestationClient = {
      async fetchAttestations(name, version) {
        asked.push(`${name}@${version}`);
        return { served: false };
      },
    };
    const snapshot = await collectFacts({
      root,
      target: { kind: "directory", label: "fixture" },
      config: defaultConfig(),
      clients: {
        packuments: async () => ({ packuments: {}, notFound: [] }),
        advisories: async () => [],
        idealTree: async () => [],
        published: registry,
        attestations,
      },
    });
    expect(registry.packumentCalls).toEqual(["demo-mcp"]);
    expect(snapshot.published?.version).toBe("1.0.0");
    // The in-memory entry carries no dist.signatures: the endpoint is asked, and its 404 is a skip, not a pass.
    expect(asked).toEqual(["demo-mcp@1.0.0"]);
    expect(snapshot.attestations?.status).toBe("not-served");
    expect(snapshot.skipped.map((s) => s.check)).toEqual(expect.arrayContaining(["attestations", "registry-signatures"]));
  });
});
