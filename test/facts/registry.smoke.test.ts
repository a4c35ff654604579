import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import semver from "semver";
import { createRegistryClient, defaultRegistry } from "../../src/facts/registry.js";

// The real registry, so no interception: undo whatever nock patched in this worker.
nock.restore();
nock.enableNetConnect();

const registry = defaultRegistry();

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

const online = await reachable(`${registry}is-number`);
if (!online) console.log("registry smoke test skipped: registry unreachable");
const describeOnline = online ? describe : describe.skip;

describeOnline(`registry smoke test against ${registry}`, () => {
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-smoke-"));
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test("fetches and trims is-number, then serves it from the cache", async () => {
    const result = await createRegistryClient({ registry, cacheDir }).fetchPackuments(["is-number"]);
    expect(result.unavailable).toBeUndefined();
    const fact = result.packuments["is-number"];
    expect(fact?.name).toBe("is-number");
    expect(semver.valid(fact?.distTags["latest"])).not.toBeNull();
    const seven = fact?.versions["7.0.0"];
    expect(seven?.integrity).toMatch(/^sha512-/);
    // Mirrors differ in `time` (some omit "created"): only require a parseable publish date.
    expect(Number.isNaN(Date.parse(seven?.published ?? ""))).toBe(false);
    expect(seven?.installScripts).toBeUndefined();
    expect(seven?.deprecated).toBeUndefined();

    const offline = await createRegistryClient({ registry, cacheDir, offline: true }).fetchPackuments(["is-number"]);
    expect(offline.packuments["is-number"]).toEqual(fact);
  });
});
