import { UserError } from "../../../src/errors.js";
import { installScript } from "../../../src/rules/supply-chain/install-script.js";
import { ruleTest, runRule } from "../../helpers/rule-test.js";
import { packument } from "../../helpers/snapshot.js";
import { pnpmLock, yarnClassicLock } from "./lockfile-texts.js";
import { lockedProject, packageJson, packageLock, registryUrl } from "./npm-lock.js";

const declared = { devDependencies: { esbuild: "^0.21.5" } };

/** esbuild@0.21.5 with hasInstallScript in an npm v3 lockfile, plus whatever package.json keys a case adds. */
function esbuildProject(extra: Record<string, unknown> = {}, more: Record<string, string> = {}): Record<string, string> {
  return {
    "package.json": packageJson(declared, extra),
    "package-lock.json": packageLock(declared, { "node_modules/esbuild": { version: "0.21.5", dev: true, hasInstallScript: true } }),
    ...more,
  };
}

const esbuildPackument = { esbuild: packument("esbuild", { "0.21.5": { installScripts: ["postinstall"] } }) };

const pnpmWithEsbuild = {
  "package.json": packageJson(declared),
  "pnpm-lock.yaml": pnpmLock(
    { devDependencies: { esbuild: { specifier: "^0.21.5", version: "0.21.5" } } },
    "  esbuild@0.21.5:\n    resolution: {integrity: sha512-esb==}",
  ),
};

ruleTest(installScript, {
  fires: [
    {
      name: "hasInstallScript in the lockfile, script named by the packument",
      files: esbuildProject(),
      packuments: esbuildPackument,
      count: 1,
      severity: "high",
      expect: ([finding]) => {
        expect(finding!.message).toContain("esbuild@0.21.5 runs an install script (postinstall)");
        expect(finding!.message).toContain('package.json "allowScripts" (npm 12)');
        expect(finding!.message).toContain('pnpm "onlyBuiltDependencies" or "allowBuilds"');
        expect(finding!.message).toContain('LavaMoat "lavamoat.allowScripts"');
        expect(finding!.location?.path).toBe("package-lock.json");
        expect(finding!.location?.startLine).toBeGreaterThan(1);
        expect(finding!.package).toEqual({ name: "esbuild", version: "0.21.5" });
      },
    },
    {
      name: "hasInstallScript alone (no packument)",
      files: esbuildProject(),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("runs an install script when"),
    },
    {
      name: "a pnpm v9 lockfile (no requiresBuild): the packument tells",
      files: pnpmWithEsbuild,
      packuments: { esbuild: packument("esbuild", { "0.21.5": { installScripts: ["install", "binding.gyp"] } }) },
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain("(install, binding.gyp)"),
    },
    {
      name: "a yarn classic lockfile with a native module",
      files: {
        "package.json": packageJson({ dependencies: { sharp: "^0.33.5" } }),
        "yarn.lock": yarnClassicLock([
          { descriptors: ["sharp@^0.33.5"], version: "0.33.5", resolved: registryUrl("sharp", "0.33.5", "https://registry.yarnpkg.com"), integrity: "sha512-s==" },
        ]),
      },
      packuments: { sharp: packument("sharp", { "0.33.5": { installScripts: ["install"] } }) },
      count: 1,
      expect: ([finding]) => expect(finding!.location?.path).toBe("yarn.lock"),
    },
    {
      name: "an allowScripts entry pinned to another version does not cover this one",
      files: esbuildProject({ allowScripts: { "esbuild@0.20.2": true } }),
      count: 1,
      expect: ([finding]) => expect(finding!.message).toContain('The entries in package.json "allowScripts" cover esbuild@0.20.2, not this version.'),
    },
    {
      name: "a published package's own allowScripts does not govern its consumers' installs",
      files: { "package.json": packageJson({ dependencies: { esbuild: "^0.21.5" } }, { allowScripts: { esbuild: true } }) },
      target: { kind: "npm", label: "npm:demo-mcp-server", name: "demo-mcp-server", version: "1.0.0" },
      idealTree: [{ ecosystem: "npm", name: "esbuild", version: "0.21.5", source: "registry", direct: true }],
      packuments: esbuildPackument,
      count: 1,
      expect: ([finding]) => {
        expect(finding!.message).toContain("only the last applies to a published package's consumers");
        expect(finding!.location?.path).toBe("package.json");
      },
    },
  ],
  quiet: [
    { name: "no dependency runs install scripts", files: lockedProject({ zod: "3.23.8" }), packuments: { zod: packument("zod", { "3.23.8": {} }) } },
    { name: "allow-install-scripts in our config (name)", files: esbuildProject(), config: { allowInstallScripts: ["esbuild"] } },
    {
      name: "allow-install-scripts in .mcp-trust.yml (name@range)",
      files: esbuildProject({}, { ".mcp-trust.yml": "allow-install-scripts:\n  - esbuild@^0.21.0\n" }),
    },
    { name: "npm allowScripts: name → true", files: esbuildProject({ allowScripts: { esbuild: true } }) },
    { name: "npm allowScripts: name@version → true", files: esbuildProject({ allowScripts: { "esbuild@0.21.5": true } }) },
    { name: "npm allowScripts: name → false (denied, so it never runs)", files: esbuildProject({ allowScripts: { esbuild: false } }) },
    { name: "pnpm.onlyBuiltDependencies in package.json", files: esbuildProject({ pnpm: { onlyBuiltDependencies: ["esbuild"] } }) },
    { name: "pnpm.allowBuilds in package.json", files: esbuildProject({ pnpm: { allowBuilds: { esbuild: true } } }) },
    {
      name: "onlyBuiltDependencies in pnpm-workspace.yaml",
      files: { ...pnpmWithEsbuild, "pnpm-workspace.yaml": "packages:\n  - packages/*\nonlyBuiltDependencies:\n  - esbuild\n" },
      packuments: esbuildPackument,
    },
    {
      name: "allowBuilds: false in pnpm-workspace.yaml (pnpm 10 never runs it)",
      files: { ...pnpmWithEsbuild, "pnpm-workspace.yaml": "allowBuilds:\n  esbuild: false\n" },
      packuments: esbuildPackument,
    },
    { name: "pnpm.neverBuiltDependencies", files: esbuildProject({ pnpm: { neverBuiltDependencies: ["esbuild"] } }) },
    {
      name: "ignoredBuiltDependencies in pnpm-workspace.yaml",
      files: { ...pnpmWithEsbuild, "pnpm-workspace.yaml": "ignoredBuiltDependencies:\n  - esbuild\n" },
      packuments: esbuildPackument,
    },
    { name: "lavamoat.allowScripts with a dependency path → true", files: esbuildProject({ lavamoat: { allowScripts: { "vite>esbuild": true } } }) },
    { name: "lavamoat.allowScripts → false (disabled)", files: esbuildProject({ lavamoat: { allowScripts: { esbuild: false } } }) },
    {
      name: "a workspace package's own scripts are not a dependency's",
      files: {
        "package.json": packageJson({ dependencies: { "@demo/native": "*" } }, { workspaces: ["packages/*"] }),
        "package-lock.json": packageLock({ dependencies: { "@demo/native": "*" } }, {
          "node_modules/@demo/native": { version: "1.0.0", resolved: "packages/native", link: true },
        }),
      },
    },
  ],
});

describe("supply-chain/install-script pnpm-workspace.yaml", () => {
  test("a malformed pnpm-workspace.yaml is a UserError naming the file and line", async () => {
    const run = runRule(installScript, { files: { ...esbuildProject(), "pnpm-workspace.yaml": "packages:\n  - a\nonlyBuiltDependencies: [esbuild\n" } });
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toMatchObject({ file: "pnpm-workspace.yaml", line: expect.any(Number) });
  });
});
