import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import nock from "nock";
import { createAdvisoryClient } from "../../src/facts/advisories.js";
import { UnavailableError } from "../../src/errors.js";

const REGISTRY = "https://registry.test.example";
const ENDPOINT = "/-/npm/v1/security/advisories/bulk";
const bulkResponse = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../fixtures/advisories/bulk-response.json"), "utf8"),
) as Record<string, unknown[]>;

const client = (options: Parameters<typeof createAdvisoryClient>[0] = {}) => createAdvisoryClient({ registry: REGISTRY, ...options });

async function unavailableMessage(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnavailableError);
  return (error as Error).message;
}

beforeAll(() => nock.disableNetConnect());
// Restore so this file's interceptors do not stay active in the worker for later test files.
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe("bulk", () => {
  test("posts name → versions and maps each advisory, flagging malware", async () => {
    const request = { minimist: ["0.0.8", "1.2.0"], lodash: ["4.17.20"], lodahs: ["1.0.0"] };
    nock(REGISTRY, { reqheaders: { "content-type": "application/json" } })
      .post(ENDPOINT, request)
      .reply(200, bulkResponse);

    const advisories = await client().bulk(request);

    expect(advisories).toHaveLength(4);
    expect(advisories[0]).toEqual({
      id: 1097677,
      package: "minimist",
      title: "Prototype Pollution in minimist",
      url: "https://github.com/advisories/GHSA-xvch-5gv4-984h",
      severity: "critical",
      vulnerableVersions: "<0.2.4",
      cwe: ["CWE-1321"],
    });
    expect(advisories.find((a) => a.package === "lodash")).toMatchObject({ severity: "high", cwe: ["CWE-77", "CWE-94"] });
    expect(advisories.filter((a) => a.malware)).toEqual([
      expect.objectContaining({ package: "lodahs", title: "Malware in lodahs", severity: "critical", vulnerableVersions: ">=0" }),
    ]);
    expect(advisories.filter((a) => a.package !== "lodahs").every((a) => a.malware === undefined)).toBe(true);
  });

  test("splits large requests into batches and joins the answers", async () => {
    const versions = Object.fromEntries(["minimist", "lodash", "lodahs", "chalk", "debug"].map((n) => [n, ["1.0.0"]]));
    const bodies: Record<string, string[]>[] = [];
    nock(REGISTRY)
      .post(ENDPOINT, (body: Record<string, string[]>) => {
        bodies.push(body);
        return true;
      })
      .times(3)
      .reply(200, (_uri, body) =>
        Object.fromEntries(Object.keys(body as object).map((name) => [name, bulkResponse[name] ?? []])),
      );

    const advisories = await client({ batchSize: 2 }).bulk(versions);

    expect(bodies.map((b) => Object.keys(b).length).sort()).toEqual([1, 2, 2]);
    expect(bodies.flatMap((b) => Object.keys(b)).sort()).toEqual(Object.keys(versions).sort());
    expect(advisories.map((a) => a.id).sort()).toEqual([1094500, 1096466, 1097677, 1102341]);
  });

  test("nothing to ask about makes no request", async () => {
    await expect(client().bulk({})).resolves.toEqual([]);
    await expect(client().bulk({ lodash: [] })).resolves.toEqual([]);
  });

  test("a registry without the endpoint is unavailable, with the status in the reason", async () => {
    nock(REGISTRY).post(ENDPOINT).reply(405, "Method Not Allowed");
    expect(await unavailableMessage(client().bulk({ lodash: ["4.17.20"] }))).toBe(
      "advisory endpoint answered 405 Method Not Allowed",
    );
  });

  test("a 5xx is retried once", async () => {
    nock(REGISTRY).post(ENDPOINT).reply(503).post(ENDPOINT).reply(200, { lodash: bulkResponse["lodash"] });
    await expect(client().bulk({ lodash: ["4.17.20"] })).resolves.toHaveLength(1);

    nock(REGISTRY).post(ENDPOINT).times(2).reply(503);
    expect(await unavailableMessage(client().bulk({ lodash: ["4.17.20"] }))).toBe(
      "advisory endpoint answered 503 Service Unavailable",
    );
  });

  test("a network error or a timeout is unavailable with a one-line reason", async () => {
    nock(REGISTRY).post(ENDPOINT).times(2).replyWithError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED 10.0.0.1:443" });
    expect(await unavailableMessage(client().bulk({ lodash: ["4.17.20"] }))).toBe(
      "advisory endpoint unreachable: connect ECONNREFUSED 10.0.0.1:443",
    );

    nock(REGISTRY).post(ENDPOINT).delay(500).reply(200, {});
    expect(await unavailableMessage(client({ timeoutMs: 50 }).bulk({ lodash: ["4.17.20"] }))).toBe(
      "advisory endpoint timed out after 50 ms",
    );
  });

  test("a malformed answer is unavailable, and entries without an id or range are skipped", async () => {
    nock(REGISTRY).post(ENDPOINT).reply(200, "<html>gateway</html>");
    expect(await unavailableMessage(client().bulk({ lodash: ["4.17.20"] }))).toBe("advisory endpoint sent malformed JSON");

    nock(REGISTRY)
      .post(ENDPOINT)
      .reply(200, {
        lodash: [{ title: "no id", severity: "high", vulnerable_versions: "<1" }, { id: "GHSA-x", title: "odd", severity: "severe", vulnerable_versions: "<2" }],
        chalk: "not a list",
      });
    await expect(client().bulk({ lodash: ["1.0.0"], chalk: ["1.0.0"] })).resolves.toEqual([
      { id: "GHSA-x", package: "lodash", title: "odd", severity: "moderate", vulnerableVersions: "<2" },
    ]);
  });
});
