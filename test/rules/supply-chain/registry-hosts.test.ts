import { isAllowedRegistryHost, parseUrl } from "../../../src/rules/supply-chain/registry-hosts.js";

const allowed = (url: string, allowedRegistries: string[] = []): boolean => isAllowedRegistryHost(new URL(url), { allowedRegistries });

describe("isAllowedRegistryHost", () => {
  test("the public registry hosts", () => {
    expect(allowed("https://registry.npmjs.org/a/-/a-1.0.0.tgz")).toBe(true);
    expect(allowed("https://registry.npmjs.com/a/-/a-1.0.0.tgz")).toBe(true);
    expect(allowed("https://registry.yarnpkg.com/a/-/a-1.0.0.tgz")).toBe(true);
    expect(allowed("https://registry.npmjs.org.evil.example/a/-/a-1.0.0.tgz")).toBe(false);
  });

  test("config entries as host names or URLs, with an optional port", () => {
    expect(allowed("https://npm.internal.example.com/a.tgz", ["npm.internal.example.com"])).toBe(true);
    expect(allowed("https://NPM.internal.example.com/a.tgz", ["https://npm.internal.example.com/"])).toBe(true);
    expect(allowed("https://npm.internal.example.com:4873/a.tgz", ["npm.internal.example.com:4873"])).toBe(true);
    expect(allowed("https://npm.internal.example.com:8443/a.tgz", ["npm.internal.example.com:4873"])).toBe(false);
    expect(allowed("https://other.example.com/a.tgz", ["npm.internal.example.com"])).toBe(false);
  });
});

describe("parseUrl", () => {
  test("only absolute URLs parse", () => {
    expect(parseUrl("https://registry.npmjs.org/a")?.hostname).toBe("registry.npmjs.org");
    expect(parseUrl("zod@npm:3.23.8")).toBeUndefined();
    expect(parseUrl("../shared")).toBeUndefined();
  });
});
