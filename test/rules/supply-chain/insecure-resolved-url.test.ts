import { insecureResolvedUrl } from "../../../src/rules/supply-chain/insecure-resolved-url.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { yarnBerryLock, yarnClassicLock } from "./lockfile-texts.js";
import { lockedProject, packageJson, packageLock, registryUrl } from "./npm-lock.js";

const declared = { dependencies: { zod: "^3.23.8" } };

/** package.json + package-lock.json where zod resolves to the given URL. */
function zodResolvedTo(resolved: string): Record<string, string> {
  return {
    "package.json": packageJson(declared),
    "package-lock.json": packageLock(declared, { "node_modules/zod": { version: "3.23.8", resolved } }),
  };
}

const PRIVATE = registryUrl("zod", "3.23.8", "https://npm.internal.example.com");

ruleTest(insecureResolvedUrl, {
  fires: [
    {
      name: "plain http to the public registry",
      files: zodResolvedTo(registryUrl("zod", "3.23.8", "http://registry.npmjs.org")),
      count: 1,
      severity: "critical",
      expect: ([finding]) => {
        expect(finding!.message).toContain("zod@3.23.8 is fetched over plain http://");
        expect(finding!.message).not.toContain("neither the npm registry");
        expect(finding!.evidence).toBe("http://registry.npmjs.org");
        expect(finding!.location?.path).toBe("package-lock.json");
        expect(finding!.location?.startLine).toBeGreaterThan(1);
        expect(finding!.package).toEqual({ name: "zod", version: "3.23.8" });
      },
    },
    {
      name: "a registry-shaped URL on a host that is not a registry",
      files: zodResolvedTo(registryUrl("zod", "3.23.8", "https://npm-mirror.evil.example")),
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain("from npm-mirror.evil.example, which is neither the npm registry");
        expect(finding!.evidence).toBe("https://npm-mirror.evil.example");
      },
    },
    {
      name: "credentials in the resolved URL never reach the finding",
      files: zodResolvedTo(registryUrl("zod", "3.23.8", "https://ci:hunter2@npm.corp.example.com")),
      count: 1,
      expect: ([finding]) => {
        expect(JSON.stringify(finding)).not.toContain("hunter2");
        expect(finding!.message).toContain("https://npm.corp.example.com/zod/-/zod-3.23.8.tgz");
      },
    },
    {
      name: "an allowed private registry still fires over plain http",
      files: zodResolvedTo(registryUrl("zod", "3.23.8", "http://npm.internal.example.com")),
      config: { allowedRegistries: ["npm.internal.example.com"] },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain("plain http://");
        expect(finding!.message).not.toContain("allowed-registries");
      },
    },
    {
      name: "an allowed host on another port is another host",
      files: zodResolvedTo(registryUrl("zod", "3.23.8", "https://npm.internal.example.com:8443")),
      config: { allowedRegistries: ["https://npm.internal.example.com:4873/"] },
      count: 1,
    },
  ],
  quiet: [
    { name: "the public registry over https", files: lockedProject({ zod: "3.23.8", express: "5.1.0" }) },
    {
      name: "registry.yarnpkg.com in a yarn classic lockfile",
      files: {
        "package.json": packageJson(declared),
        "yarn.lock": yarnClassicLock([
          { descriptors: ["zod@^3.23.8"], version: "3.23.8", resolved: `${registryUrl("zod", "3.23.8", "https://registry.yarnpkg.com")}#abc`, integrity: "sha512-z==" },
        ]),
      },
    },
    { name: "a private registry allowed by host name", files: zodResolvedTo(PRIVATE), config: { allowedRegistries: ["npm.internal.example.com"] } },
    {
      name: "a private registry allowed by URL in .mcp-trust.yml",
      files: { ...zodResolvedTo(PRIVATE), ".mcp-trust.yml": "allowed-registries:\n  - https://npm.internal.example.com/\n" },
    },
    {
      name: "git dependencies are non-registry-source's to judge",
      files: zodResolvedTo("git+http://git.example.com/zod.git#abc"),
    },
    {
      name: "yarn berry records no URL for registry packages",
      files: {
        "package.json": packageJson(declared),
        "yarn.lock": yarnBerryLock(
          { zod: "npm:^3.23.8" },
          '"zod@npm:^3.23.8":\n  version: 3.23.8\n  resolution: "zod@npm:3.23.8"\n  checksum: 10c0/abc\n  languageName: node\n  linkType: hard',
        ),
      },
    },
  ],
});
