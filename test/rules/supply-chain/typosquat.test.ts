import { readReferenceData } from "../../../src/facts/reference-data.js";
import { typosquat, popularNameIndex } from "../../../src/rules/supply-chain/typosquat.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { packageJson, packageLock } from "./npm-lock.js";

const dependsOn = (name: string, kind: "dependencies" | "devDependencies" = "dependencies", spec = "^1.0.0"): Record<string, string> => ({
  "package.json": packageJson({ [kind]: { [name]: spec } }),
});

ruleTest(typosquat, {
  fires: [
    {
      name: "lodahs (two letters swapped)",
      files: dependsOn("lodahs"),
      count: 1,
      severity: "high",
      expect: ([finding]) => {
        expect(finding!.message).toContain('"lodahs" in dependencies is one edit');
        expect(finding!.message).toContain('the popular package "lodash"');
        expect(finding!.location).toEqual({ path: "package.json", startLine: 5 });
        expect(finding!.evidence).toBe("lodahs");
      },
    },
    {
      name: "expresss (a letter added), locked: the finding carries the version",
      files: {
        "package.json": packageJson({ dependencies: { expresss: "^5.1.0" } }),
        "package-lock.json": packageLock({ dependencies: { expresss: "^5.1.0" } }, { "node_modules/expresss": { version: "5.1.0" } }),
      },
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain('"express"');
        expect(finding!.package).toEqual({ name: "expresss", version: "5.1.0" });
      },
    },
    {
      name: "cross_env (separator swap) in devDependencies",
      files: dependsOn("cross_env", "devDependencies"),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('differs only in separators (-, _, .) from the popular package "cross-env"'),
    },
    {
      name: "a homoglyph: rn for m",
      files: dependsOn("rnocha", "devDependencies"),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('look-alike characters (0/o, 1/l/i, rn/m, vv/w) to resemble the popular package "mocha"'),
    },
    {
      name: "a homoglyph: 1 for l",
      files: dependsOn("1odash"),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('"lodash"'),
    },
    {
      name: "a look-alike scope: @types-x/react",
      files: dependsOn("@types-x/react", "devDependencies"),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('uses a look-alike scope for the popular package "@types/react"'),
    },
    {
      name: "an unknown scope in front of a popular name: @scope-x/lodash",
      files: dependsOn("@scope-x/lodash"),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('puts an unknown scope in front of the popular package "lodash"'),
    },
    {
      name: "a dropped scope, flattened: modelcontextprotocol-sdk",
      files: dependsOn("modelcontextprotocol-sdk"),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('drops the scope of the popular package "@modelcontextprotocol/sdk"'),
    },
    {
      name: "an alias that installs a typosquat",
      files: dependsOn("express", "dependencies", "npm:expresss@^5.1.0"),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('"expresss" (installed as the alias "express")'),
    },
  ],
  quiet: [
    { name: "lodash and express themselves", files: { "package.json": packageJson({ dependencies: { lodash: "^4.17.21", express: "^5.1.0" } }) } },
    {
      name: "popular scoped names and names under established scopes",
      files: {
        "package.json": packageJson({
          dependencies: { "@modelcontextprotocol/sdk": "^1.24.0", "@total-typescript/tsconfig": "^1.0.4", "@npm/types": "^2.0.0" },
          devDependencies: { "@types/react": "^19.0.0", "@types/node": "^20.0.0" },
        }),
      },
    },
    { name: "a clearly unrelated rare name", files: dependsOn("zzqx-frobnicator") },
    { name: "a name on the exception list (seen in a real MCP server)", files: dependsOn("ts-levenshtein") },
    { name: "widely used names near popular ones (uri-templates ~ url-template, xsschema ~ z-schema, seen in firecrawl-mcp)", files: dependsOn("uri-templates") },
    { name: "another established name", files: dependsOn("xsschema") },
    { name: "short names are not judged by edit distance", files: dependsOn("qsx") },
    { name: "the scanned package's own name is not judged", files: { "package.json": packageJson({ dependencies: { lodash: "^4.17.21" } }, { name: "lodahs" }) } },
    { name: "git and workspace specs do not install the name from the registry", files: { "package.json": packageJson({ dependencies: { expresss: "github:octo/expresss", lodahs: "workspace:*" } }) } },
  ],
});

describe("popular list loading", () => {
  test("data/popular-npm.txt holds 5,000 names, loaded once", () => {
    const index = popularNameIndex(readReferenceData().popularNpm);
    expect(index.size).toBe(5000);
    expect(popularNameIndex(readReferenceData().popularNpm)).toBe(index);
    expect(index.isPopular("lodash")).toBe(true);
    expect(index.isPopular("@modelcontextprotocol/sdk")).toBe(true);
  });
});
