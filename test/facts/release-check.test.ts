import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { publishState, releasedPackageSpec } from "../../src/facts/release-check.js";
import type { Report } from "../../src/model.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "mcp-trust-release-"));
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "@acme/weather", version: "1.4.0" }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const report = (verification?: Report["verification"]): Report => ({ verification } as unknown as Report);
const notFound = (code: string) => async () => {
  throw Object.assign(new Error(`${code} not found`), { code });
};

describe("release check", () => {
  test("the package: the input wins, else package.json's name and version", () => {
    expect(releasedPackageSpec(root)).toEqual({ name: "@acme/weather", version: "1.4.0" });
    expect(releasedPackageSpec(root, "npm:@acme/weather@2.0.0")).toEqual({ name: "@acme/weather", version: "2.0.0" });
    expect(releasedPackageSpec(root, "@acme/weather")).toEqual({ name: "@acme/weather", version: "1.4.0" });
    expect(releasedPackageSpec(root, "other")).toEqual({ name: "other" });
  });

  test("asks the registry for name@version when package verification did not run", async () => {
    const asked: string[] = [];
    const state = await publishState(report(), root, undefined, async (spec) => asked.push(spec));
    expect(asked).toEqual(["@acme/weather@1.4.0"]);
    expect(state).toMatchObject({ state: "published", spec: "@acme/weather@1.4.0" });
  });

  test.each(["E404", "ETARGET"])("%s means the version is not published yet", async (code) => {
    expect(await publishState(report(), root, undefined, notFound(code))).toMatchObject({ state: "not-published", spec: "@acme/weather@1.4.0" });
  });

  test("a registry that cannot be reached is unknown, not a pass", async () => {
    expect(await publishState(report(), root, undefined, notFound("ECONNREFUSED"))).toMatchObject({ state: "unknown" });
  });

  test("package verification's own answer wins over a second request", async () => {
    const lookup = async () => {
      throw new Error("must not be called");
    };
    const state = await publishState(report({ status: "not-published", package: "@acme/weather@1.4.0", reason: "not on npm", steps: [] }), root, undefined, lookup);
    expect(state).toEqual({ state: "not-published", spec: "@acme/weather@1.4.0", detail: "not on npm" });
  });
});
