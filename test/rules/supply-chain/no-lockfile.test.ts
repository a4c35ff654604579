import { noLockfile } from "../../../src/rules/supply-chain/no-lockfile.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { lockedProject, packageJson } from "./npm-lock.js";

const declaresDependencies = packageJson({ dependencies: { "@modelcontextprotocol/sdk": "^1.24.0", zod: "^3.23.8" } });

ruleTest(noLockfile, {
  fires: [
    {
      name: "dependencies declared in a directory with no lockfile",
      files: { "package.json": declaresDependencies },
      count: 1,
      severity: "high",
      expect: ([finding]) => {
        expect(finding!.location).toEqual({ path: "package.json", startLine: 4 });
        expect(finding!.message).toContain("2 dependencies (2 in dependencies)");
      },
    },
    {
      name: "only devDependencies (CI installs them too)",
      files: { "package.json": packageJson({ devDependencies: { typescript: "^5.9.0" } }) },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("1 in devDependencies"),
    },
    {
      name: "a GitHub repository target",
      files: { "package.json": declaresDependencies },
      target: { kind: "github", label: "octo/demo@main" },
      count: 1,
    },
  ],
  quiet: [
    { name: "package-lock.json committed", files: lockedProject({ zod: "3.23.8" }) },
    {
      name: "pnpm-lock.yaml committed",
      files: {
        "package.json": packageJson({ dependencies: { zod: "^3.23.8" } }),
        "pnpm-lock.yaml": [
          "lockfileVersion: '9.0'",
          "importers:",
          "  .:",
          "    dependencies:",
          "      zod:",
          "        specifier: ^3.23.8",
          "        version: 3.23.8",
          "packages:",
          "  zod@3.23.8:",
          "    resolution: {integrity: sha512-zodzodzod==}",
          "snapshots:",
          "  zod@3.23.8: {}",
          "",
        ].join("\n"),
      },
    },
    {
      name: "a published npm package (npm never packs the lockfile)",
      files: { "package.json": declaresDependencies },
      target: { kind: "npm", label: "npm:demo-mcp-server", name: "demo-mcp-server", version: "1.0.0" },
    },
    { name: "no dependencies at all", files: { "package.json": packageJson({}) } },
    { name: "only peerDependencies", files: { "package.json": packageJson({ peerDependencies: { zod: "^3" } }) } },
    { name: "no package.json", files: { "server.py": "print('hi')\n" } },
  ],
});
