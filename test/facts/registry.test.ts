import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { createRegistryClient, type RegistryOptions } from "../../src/facts/registry.js";
import { createPackumentCache } from "../../src/facts/registry-cache.js";

const REGISTRY = "https://registry.test.example/";
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/packuments", name), "utf8"));

function smallPackument(name: string, version = "1.0.0"): object {
  return {
    _id: name,
    name,
    "dist-tags": { latest: version },
    versions: { [version]: { name, version, dist: { integrity: `sha512-${name}`, tarball: `${REGISTRY}${name}/-/${name}-${version}.tgz` } } },
    time: { created: "2025-01-01T00:00:00.000Z", [version]: "2025-01-01T00:00:00.000Z" },
  };
}

let cacheDir: string;
const client = (options: RegistryOptions = {}) => createRegistryClient({ registry: REGISTRY, cacheDir, ...options });

beforeAll(() => nock.disableNetConnect());
// Restore so this file's interceptors do not stay active in the worker for later test files.
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-registry-"));
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  rmSync(cacheDir, { recursive: true, force: true });
  expect(pending).toEqual([]);
});

describe("fetchPackuments", () => {
  test("trims a full packument to the facts rules read, with the scope slash encoded", async () => {
    nock(REGISTRY, { reqheaders: { accept: "application/json" } })
      .get("/@acme%2fnative-addon")
      .reply(200, fixture("scoped-native-addon.json") as nock.Body);

    const result = await client().fetchPackuments(["@acme/native-addon"]);

    expect(result.notFound).toEqual([]);
    expect(result.unavailable).toBeUndefined();
    expect(result.packuments["@acme/native-addon"]).toEqual({
      name: "@acme/native-addon",
      distTags: { latest: "2.0.0", next: "2.1.0-beta.1" },
      created: "2024-03-01T10:00:00.000Z",
      versions: {
        "1.0.0": {
          deprecated: "1.x is unsupported, use 2.x",
          published: "2024-03-01T10:00:00.000Z",
          integrity: "sha512-AAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAAAAaaaaAA==",
        },
        "2.0.0": {
          installScripts: ["install", "binding.gyp"],
          published: "2025-06-15T12:30:00.000Z",
          integrity: "sha512-BBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBBBBbbbbBB==",
        },
        "2.1.0-beta.1": { installScripts: ["preinstall", "postinstall"], published: "2026-10-01T09:00:00.000Z" },
      },
    });
  });

  test("a fresh cache entry answers without a request, written atomically as one small file", async () => {
    nock(REGISTRY).get("/left-pad").reply(200, smallPackument("left-pad"), { etag: '"v1"' });
    const first = await client().fetchPackuments(["left-pad"]);

    const files = readdirSync(path.join(cacheDir, "packuments"));
    expect(files).toEqual(["left-pad.json"]);
    const entry = JSON.parse(readFileSync(path.join(cacheDir, "packuments", "left-pad.json"), "utf8"));
    expect(entry).toMatchObject({ registry: REGISTRY, etag: '"v1"', fact: { name: "left-pad" } });
    expect(JSON.stringify(entry)).not.toContain("tarball");

    // No interceptor is set: a request here would fail with nock's "Disallowed net connect".
    const second = await client().fetchPackuments(["left-pad"]);
    expect(second).toEqual(first);
  });

  test("a stale entry is revalidated with If-None-Match / If-Modified-Since and a 304 keeps the fact", async () => {
    const lastModified = "Mon, 01 Sep 2025 10:00:00 GMT";
    nock(REGISTRY).get("/left-pad").reply(200, smallPackument("left-pad"), { etag: '"v1"', "last-modified": lastModified });
    await client().fetchPackuments(["left-pad"]);
    const file = path.join(cacheDir, "packuments", "left-pad.json");
    const before = JSON.parse(readFileSync(file, "utf8")).fetchedAt as number;

    nock(REGISTRY, { reqheaders: { "if-none-match": '"v1"', "if-modified-since": lastModified } })
      .get("/left-pad")
      .reply(304);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await client({ maxAgeMs: 0 }).fetchPackuments(["left-pad"]);

    expect(result.packuments["left-pad"]?.distTags).toEqual({ latest: "1.0.0" });
    expect(JSON.parse(readFileSync(file, "utf8")).fetchedAt).toBeGreaterThan(before);
  });

  test("a stale entry whose package changed is replaced by the new document", async () => {
    nock(REGISTRY).get("/left-pad").reply(200, smallPackument("left-pad", "1.0.0"), { etag: '"v1"' });
    await client().fetchPackuments(["left-pad"]);
    nock(REGISTRY).get("/left-pad").reply(200, smallPackument("left-pad", "1.1.0"), { etag: '"v2"' });

    const result = await client({ maxAgeMs: 0 }).fetchPackuments(["left-pad"]);
    expect(result.packuments["left-pad"]?.distTags).toEqual({ latest: "1.1.0" });
    const again = await client().fetchPackuments(["left-pad"]);
    expect(again.packuments["left-pad"]?.distTags).toEqual({ latest: "1.1.0" });
  });

  test("404 is not found; a 5xx after one retry is unavailable; the other names still resolve", async () => {
    nock(REGISTRY)
      .get("/ghost-package")
      .reply(404, { error: "Not found" })
      .get("/flaky")
      .times(2)
      .reply(503, "busy")
      .get("/fine")
      .reply(200, smallPackument("fine"));

    const result = await client().fetchPackuments(["ghost-package", "flaky", "fine"]);

    expect(Object.keys(result.packuments)).toEqual(["fine"]);
    expect(result.notFound).toEqual(["ghost-package"]);
    expect(result.unavailable).toBe(`1 packument could not be fetched from ${REGISTRY} (flaky: registry answered 503 Service Unavailable)`);
  });

  test("a 5xx followed by success counts as success", async () => {
    nock(REGISTRY).get("/flaky").reply(502).get("/flaky").reply(200, smallPackument("flaky"));
    const result = await client().fetchPackuments(["flaky"]);
    expect(result.packuments["flaky"]?.name).toBe("flaky");
    expect(result.unavailable).toBeUndefined();
  });

  test("a 4xx other than 404 and a malformed body are unavailable at once, without a retry", async () => {
    // One interceptor each: a retry would hit nock's "no match" and change the reason.
    nock(REGISTRY).get("/@private%2fpkg").reply(403, { error: "forbidden" }).get("/html").reply(200, "<html>portal</html>");
    const result = await client().fetchPackuments(["@private/pkg", "html"]);
    expect(result.packuments).toEqual({});
    expect(result.notFound).toEqual([]);
    expect(result.unavailable).toBe(`2 packuments could not be fetched from ${REGISTRY} (@private/pkg: registry answered 403 Forbidden)`);
  });

  test("a network error is unavailable with the error's own words, on one line", async () => {
    nock(REGISTRY).get("/down").times(2).replyWithError({ code: "ECONNRESET", message: "socket hang up" });
    const result = await client().fetchPackuments(["down"]);
    expect(result.packuments).toEqual({});
    expect(result.notFound).toEqual([]);
    expect(result.unavailable).toMatch(/^1 packument could not be fetched from .*\(down: .*socket hang up\)$/);
    expect(result.unavailable).not.toContain("\n");
  });

  test("a request slower than timeoutMs is abandoned as a timeout", async () => {
    nock(REGISTRY).get("/slow").delay(600).reply(200, smallPackument("slow"));
    const result = await client({ timeoutMs: 100 }).fetchPackuments(["slow"]);
    expect(result.unavailable).toContain("slow: timed out after 100 ms");
  });

  test("when revalidation fails, a stale entry is still used", async () => {
    nock(REGISTRY).get("/left-pad").reply(200, smallPackument("left-pad"));
    await client().fetchPackuments(["left-pad"]);
    nock(REGISTRY).get("/left-pad").times(2).reply(500);

    const result = await client({ maxAgeMs: 0 }).fetchPackuments(["left-pad"]);
    expect(result.packuments["left-pad"]?.name).toBe("left-pad");
    expect(result.unavailable).toBeUndefined();
  });

  test("offline uses any cached entry and counts the rest as unavailable, never as not found", async () => {
    nock(REGISTRY).get("/left-pad").reply(200, smallPackument("left-pad"));
    await client().fetchPackuments(["left-pad"]);

    const result = await client({ offline: true, maxAgeMs: 0 }).fetchPackuments(["left-pad", "uncached-a", "uncached-b"]);
    expect(Object.keys(result.packuments)).toEqual(["left-pad"]);
    expect(result.notFound).toEqual([]);
    expect(result.unavailable).toBe("offline and not cached: 2 packages");
  });

  test("an entry cached from another registry is not used", async () => {
    nock(REGISTRY).get("/left-pad").reply(200, smallPackument("left-pad"));
    await client().fetchPackuments(["left-pad"]);

    const result = await client({ registry: "https://mirror.test.example", offline: true }).fetchPackuments(["left-pad"]);
    expect(result.packuments).toEqual({});
    expect(result.unavailable).toBe("offline and not cached: 1 package");
  });

  test("requests stay within the concurrency bound and progress reaches the total", async () => {
    let inFlight = 0;
    let peak = 0;
    const fakeFetch = (async (input: string | URL | Request) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      const name = decodeURIComponent(String(input).slice(REGISTRY.length));
      return new Response(JSON.stringify(smallPackument(name)), { status: 200 });
    }) as typeof fetch;
    const names = Array.from({ length: 12 }, (_, i) => `pkg-${i}`);
    const progress: number[] = [];

    const result = await client({ fetch: fakeFetch, concurrency: 3 }).fetchPackuments(names, (done, total) => {
      expect(total).toBe(12);
      progress.push(done);
    });

    expect(Object.keys(result.packuments).sort()).toEqual([...names].sort());
    expect(peak).toBe(3);
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  // How fast they load is a bench row (bench/extra-timing.mjs), not an assertion here.
  test("1,500 warm cache entries load without any request", async () => {
    const cache = createPackumentCache(path.join(cacheDir, "packuments"), REGISTRY);
    const names = Array.from({ length: 1500 }, (_, i) => (i % 3 === 0 ? `@scope-${i}/pkg-${i}` : `pkg-${i}`));
    const fetchedAt = Date.now();
    await Promise.all(
      names.map((name) =>
        cache.write(name, {
          registry: REGISTRY,
          fetchedAt,
          etag: `"${name}"`,
          fact: {
            name,
            distTags: { latest: "1.2.0" },
            created: "2024-01-01T00:00:00.000Z",
            versions: Object.fromEntries(
              ["1.0.0", "1.1.0", "1.2.0"].map((v) => [v, { published: "2024-01-01T00:00:00.000Z", integrity: `sha512-${name}-${v}` }]),
            ),
          },
        }),
      ),
    );
    const noFetch = (async () => {
      throw new Error("no request expected");
    }) as typeof fetch;

    const result = await client({ fetch: noFetch }).fetchPackuments(names);

    expect(Object.keys(result.packuments)).toHaveLength(1500);
    expect(result.unavailable).toBeUndefined();
  });
});
