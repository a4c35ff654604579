import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { resolveIdealTree } from "../../src/facts/ideal-tree.js";
import { sharedPackumentCache } from "../../src/facts/packument-memory.js";

// Plain http, as in ideal-tree.test.ts (nock misreads https through npm's agent).
const REGISTRY = "http://registry.memory.example/";

function packument(name: string, version: string, dependencies: Record<string, string> = {}): object {
  return {
    _id: name,
    name,
    "dist-tags": { latest: version },
    versions: { [version]: { name, version, dependencies, dist: { integrity: `sha512-${Buffer.from(name).toString("base64")}`, tarball: `${REGISTRY}${name}/-/${name}-${version}.tgz` } } },
  };
}

let dirs: string[] = [];
const temp = (prefix: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

test("a second tree resolution in the same process reads shared packages from memory, not the registry", async () => {
  const cacheDir = temp("mcp-trust-memory-cache-");
  // The registry marks packuments no-cache, so the disk cache must ask again before reusing one; only memory does not.
  const requests: string[] = [];
  const serve = (doc: object) => (uri: string): [number, object, Record<string, string>] => {
    requests.push(uri);
    return [200, doc, { "cache-control": "no-cache" }];
  };
  nock(REGISTRY)
    .persist()
    .get("/sdk")
    .reply(serve(packument("sdk", "1.2.0", { zod: "^3.0.0" })))
    .get("/zod")
    .reply(serve(packument("zod", "3.25.0")))
    .get("/server-b-dep")
    .reply(serve(packument("server-b-dep", "2.0.0")));
  const first = temp("mcp-trust-server-a-");
  writeFileSync(path.join(first, "package.json"), JSON.stringify({ name: "server-a", version: "1.0.0", dependencies: { sdk: "^1.0.0" } }));
  const second = temp("mcp-trust-server-b-");
  writeFileSync(path.join(second, "package.json"), JSON.stringify({ name: "server-b", version: "1.0.0", dependencies: { sdk: "^1.0.0", "server-b-dep": "^2.0.0" } }));

  const a = await resolveIdealTree(first, { registry: REGISTRY, cacheDir });
  const b = await resolveIdealTree(second, { registry: REGISTRY, cacheDir });
  expect(a.map((p) => `${p.name}@${p.version}`)).toEqual(["sdk@1.2.0", "zod@3.25.0"]);
  expect(b.map((p) => `${p.name}@${p.version}`)).toEqual(["sdk@1.2.0", "server-b-dep@2.0.0", "zod@3.25.0"]);
  expect(requests.sort()).toEqual(["/sdk", "/server-b-dep", "/zod"]);
});

test("one memory per cache directory: another cache directory starts empty", () => {
  expect(sharedPackumentCache("/tmp/a")).toBe(sharedPackumentCache("/tmp/a"));
  expect(sharedPackumentCache("/tmp/a")).not.toBe(sharedPackumentCache("/tmp/b"));
});
