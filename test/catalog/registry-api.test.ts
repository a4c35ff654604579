import { readFileSync } from "node:fs";
import nock from "nock";
import { UnavailableError, UserError } from "../../src/errors.js";
import { listRegistryServers } from "../../src/catalog/registry-api.js";

const REGISTRY = "https://registry.example.test";
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../fixtures/mcp-registry/${name}`, import.meta.url), "utf8"));

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("listRegistryServers", () => {
  test("pages with metadata.nextCursor, asks for the latest versions, keeps each server.json and its registry status", async () => {
    const scope = nock(REGISTRY)
      .get("/v0.1/servers")
      .query({ limit: "100", version: "latest" })
      .reply(200, fixture("page-1.json"))
      .get("/v0.1/servers")
      .query({ limit: "100", version: "latest", cursor: "eyJuYW1lIjoiY29tLmV4YW1wbGUvd2VhdGhlciJ9" })
      .reply(200, fixture("page-2.json"));
    const listing = await listRegistryServers(REGISTRY);
    scope.done();
    expect(listing.pages).toBe(2);
    expect(listing.entries.map((e) => `${e.name}@${e.version}`)).toEqual([
      "io.github.modelcontextprotocol/filesystem@2026.8.31",
      "com.example/weather@1.4.0",
      "io.github.acme/containers@0.9.1",
    ]);
    const [fs, weather, containers] = listing.entries;
    expect(fs!.packages).toEqual([{ registryType: "npm", identifier: "@modelcontextprotocol/server-filesystem", version: "2026.8.31", registryBaseUrl: "https://registry.npmjs.org" }]);
    expect(weather!.remotes).toEqual([
      { type: "streamable-http", url: "https://mcp.example.com/mcp" },
      { type: "sse", url: "http://203.0.113.7:8080/sse" },
    ]);
    expect(containers!.registryStatus).toBe("deprecated");
    expect(listing.ignored).toEqual(["server.json has no name"]);
  });

  test("a registry that ignores version=latest lists old versions too: only the one marked latest is kept", async () => {
    const old = { server: { name: "com.example/a", version: "1.0.0", description: "x" }, _meta: { "io.modelcontextprotocol.registry/official": { isLatest: false } } };
    const latest = { server: { name: "com.example/a", version: "2.0.0", description: "x" }, _meta: { "io.modelcontextprotocol.registry/official": { isLatest: true } } };
    nock(REGISTRY).get("/v0.1/servers").query(true).reply(200, { servers: [old, latest], metadata: {} });
    const listing = await listRegistryServers(REGISTRY);
    expect(listing.entries.map((e) => e.version)).toEqual(["2.0.0"]);
  });

  test("a URL with a path prefix keeps it; a cursor seen twice ends the listing instead of looping", async () => {
    const page = { servers: [{ server: { name: "com.example/a", version: "1.0.0", description: "x" } }], metadata: { nextCursor: "same" } };
    const scope = nock(REGISTRY)
      .get("/mirror/v0.1/servers")
      .query({ limit: "100", version: "latest" })
      .reply(200, page)
      .get("/mirror/v0.1/servers")
      .query({ limit: "100", version: "latest", cursor: "same" })
      .reply(200, page);
    const listing = await listRegistryServers(`${REGISTRY}/mirror/`);
    scope.done();
    expect(listing.pages).toBe(2);
    expect(listing.entries).toHaveLength(1);
  });

  test("a 5xx is retried with backoff; a registry that stays down is UnavailableError", async () => {
    nock(REGISTRY).get("/v0.1/servers").query(true).reply(503, "busy").get("/v0.1/servers").query(true).reply(200, fixture("page-2.json"));
    expect((await listRegistryServers(REGISTRY, { backoffMs: 0 })).entries).toHaveLength(1);
    nock(REGISTRY).get("/v0.1/servers").query(true).times(3).reply(502, "down");
    await expect(listRegistryServers(REGISTRY, { backoffMs: 0 })).rejects.toThrow(UnavailableError);
  });

  test("a 404, a page that is not JSON or has no servers list is a one-line UserError", async () => {
    nock(REGISTRY).get("/v0.1/servers").query(true).reply(404, { error: "not found" });
    await expect(listRegistryServers(REGISTRY)).rejects.toThrow(/answered 404/);
    nock(REGISTRY).get("/v0.1/servers").query(true).reply(200, "<html>", { "content-type": "text/html" });
    await expect(listRegistryServers(REGISTRY)).rejects.toThrow(/not JSON/);
    nock(REGISTRY).get("/v0.1/servers").query(true).reply(200, { items: [] });
    await expect(listRegistryServers(REGISTRY)).rejects.toThrow(UserError);
    await expect(listRegistryServers("ftp://example.test")).rejects.toThrow(/http\(s\) URL/);
  });
});
