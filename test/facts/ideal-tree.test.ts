import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { resolveIdealTree, toScanError } from "../../src/facts/ideal-tree.js";
import { UnavailableError, UserError } from "../../src/errors.js";

// Plain http: nock 14 misreads https requests made through @npmcli/agent's http.Agent subclass as
// port 80 (nock/nock#2828, fix pending in #2896); the code under test does not care which it is.
const REGISTRY = "http://registry.test.example/";
const FIXTURE = path.join(import.meta.dirname, "../fixtures/ideal-tree-no-lockfile");

interface VersionSpec {
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

/** A full packument as the registry serves it, for the versions given. */
function packument(name: string, versions: Record<string, VersionSpec>): object {
  const file = name.split("/").pop();
  return {
    _id: name,
    name,
    "dist-tags": { latest: Object.keys(versions).at(-1) },
    versions: Object.fromEntries(
      Object.entries(versions).map(([version, spec]) => [
        version,
        {
          name,
          version,
          ...spec,
          dist: {
            integrity: `sha512-${Buffer.from(`${name}@${version}`).toString("base64")}`,
            tarball: `${REGISTRY}${name}/-/${file}-${version}.tgz`,
          },
        },
      ]),
    ),
    time: Object.fromEntries(Object.keys(versions).map((v) => [v, "2025-01-01T00:00:00.000Z"])),
  };
}

let cacheDir: string;
let workDir: string;

beforeAll(() => nock.disableNetConnect());
// Restore so this file's interceptors do not stay active in the worker for later test files.
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-arborist-cache-"));
  workDir = mkdtempSync(path.join(tmpdir(), "mcp-trust-ideal-tree-"));
});
afterEach(() => {
  nock.cleanAll();
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

describe("resolveIdealTree", () => {
  test("maps the tree npx would install: runtime and optional dependencies, never dev ones", async () => {
    cpSync(FIXTURE, workDir, { recursive: true });
    const scope = nock(REGISTRY)
      .get("/tiny-dep")
      .reply(
        200,
        packument("tiny-dep", {
          "1.0.0": {},
          "1.2.0": { dependencies: { "@fixture/shared-util": "^3.0.0" } },
          "2.0.0": {},
        }),
      )
      .get("/@fixture%2fshared-util")
      .reply(200, packument("@fixture/shared-util", { "3.0.0": {}, "3.1.0": {}, "4.0.0": {} }))
      .get("/native-thing")
      .reply(200, packument("native-thing", { "2.0.1": { scripts: { install: "node-gyp rebuild" } }, "2.1.0": {} }));

    const packages = await resolveIdealTree(workDir, { registry: REGISTRY, cacheDir });

    expect(scope.isDone()).toBe(true);
    expect(packages).toEqual([
      {
        ecosystem: "npm",
        name: "@fixture/shared-util",
        version: "3.1.0",
        resolved: `${REGISTRY}@fixture/shared-util/-/shared-util-3.1.0.tgz`,
        integrity: `sha512-${Buffer.from("@fixture/shared-util@3.1.0").toString("base64")}`,
        source: "registry",
      },
      {
        ecosystem: "npm",
        name: "native-thing",
        version: "2.0.1",
        resolved: `${REGISTRY}native-thing/-/native-thing-2.0.1.tgz`,
        integrity: `sha512-${Buffer.from("native-thing@2.0.1").toString("base64")}`,
        source: "registry",
        optional: true,
        hasInstallScript: true,
        direct: true,
      },
      {
        ecosystem: "npm",
        name: "tiny-dep",
        version: "1.2.0",
        resolved: `${REGISTRY}tiny-dep/-/tiny-dep-1.2.0.tgz`,
        integrity: `sha512-${Buffer.from("tiny-dep@1.2.0").toString("base64")}`,
        source: "registry",
        direct: true,
      },
    ]);
    // Arborist's HTTP cache goes under the cacheDir given, and nothing is written into the package's folder.
    expect(readdirSync(path.join(cacheDir, "arborist")).length).toBeGreaterThan(0);
    expect(readdirSync(workDir).sort()).toEqual(["README.md", "package.json"]);
    expect(existsSync(path.join(workDir, "node_modules"))).toBe(false);
  });

  test("a registry answering 503 is unavailable, with the status in a one-line reason", async () => {
    cpSync(FIXTURE, workDir, { recursive: true });
    nock(REGISTRY).persist().get(/.*/).reply(503, "upstream busy");

    const error = await resolveIdealTree(workDir, { registry: REGISTRY, cacheDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).message).toMatch(/503/);
    expect((error as Error).message).not.toContain("\n");
  });

  test("a refused connection is unavailable", () => {
    // Mapped directly: a real or mocked refused socket cannot be staged reliably once another test
    // file's nock has patched this jest worker's http (npm's agent then crashes the worker).
    const refused = Object.assign(new Error("request to http://registry.test/left-pad failed, reason: connect ECONNREFUSED 10.0.0.1:80"), {
      code: "ECONNREFUSED",
    });
    const error = toScanError(refused);
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.message).toContain("ECONNREFUSED");
    expect(toScanError(Object.assign(new Error("bad spec"), { code: "EUNSUPPORTEDPROTOCOL" }))).toBeInstanceOf(UserError);
    expect(toScanError(Object.assign(new Error("bug"), { code: "ERR_INVALID_ARG_TYPE" }))).not.toBeInstanceOf(UnavailableError);
  });

  test("a spec npm cannot install is a UserError naming package.json and the line", async () => {
    writeFileSync(
      path.join(workDir, "package.json"),
      JSON.stringify({ name: "pnpm-workspace-member", dependencies: { "left-pad": "^1.3.0", "@acme/core": "workspace:*" } }, null, 2),
    );

    const error = await resolveIdealTree(workDir, { registry: REGISTRY, cacheDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).file).toBe("package.json");
    expect((error as UserError).line).toBe(5);
    expect((error as UserError).message).toMatch(/^dependencies\.@acme\/core: .*workspace:/);
  });

  test("malformed package.json is a UserError with the line", async () => {
    writeFileSync(path.join(workDir, "package.json"), '{\n  "name": "broken",\n  "dependencies": {\n    "a": "1.0.0",\n  }\n}\n');

    const error = await resolveIdealTree(workDir, { registry: REGISTRY, cacheDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).file).toBe("package.json");
    expect((error as UserError).line).toBe(5);
  });
});
