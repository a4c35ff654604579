import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig, parseConfig } from "../src/config.js";
import { UserError } from "../src/errors.js";

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("parseConfig", () => {
  test("reads every key", () => {
    const config = parseConfig(
      [
        "fail-under: 70",
        "fail-on: high",
        'package: "@scope/name"',
        "server-json: mcp/server.json",
        "allow-install-scripts: [esbuild]",
        "allowed-registries: [npm.internal.example.com]",
        "ignore:",
        "  - rule: supply-chain/install-script",
        "    package: sharp",
        "    reason: reviewed native build",
        "    until: 2027-06-30",
        'paths-ignore: ["test/**"]',
      ].join("\n"),
      ".mcp-trust.yml",
    );
    expect(config).toMatchObject({
      failUnder: 70,
      failOn: "high",
      package: "@scope/name",
      serverJson: "mcp/server.json",
      allowInstallScripts: ["esbuild"],
      allowedRegistries: ["npm.internal.example.com"],
      ignore: [{ rule: "supply-chain/install-script", package: "sharp", reason: "reviewed native build", until: "2027-06-30" }],
      pathsIgnore: ["test/**"],
    });
  });

  test("an empty file is the defaults", () => {
    expect(parseConfig("", "c.yml")).toMatchObject({ serverJson: "server.json", ignore: [], allowInstallScripts: [] });
  });

  test("an unknown key names the key and the line", () => {
    const error = errorOf(() => parseConfig("fail-under: 70\nfail-onn: high\n", ".mcp-trust.yml"));
    expect(error.oneLine()).toBe('.mcp-trust.yml:2: unknown key "fail-onn" (known keys: fail-under, fail-on, package, server-json, allow-install-scripts, allowed-registries, ignore, paths-ignore)');
  });

  test("a wrong type names the key and the line", () => {
    const error = errorOf(() => parseConfig("package: x\nfail-under: lots\n", "c.yml"));
    expect(error.line).toBe(2);
    expect(error.message).toContain("fail-under");
  });

  test("an ignore without a reason is refused", () => {
    const error = errorOf(() => parseConfig("ignore:\n  - rule: supply-chain/typosquat\n", "c.yml"));
    expect(error.message).toContain("needs a \"reason\"");
    expect(error.line).toBe(2);
  });

  test("a malformed until date is refused", () => {
    expect(errorOf(() => parseConfig("ignore:\n  - rule: x\n    reason: y\n    until: next year\n", "c.yml")).line).toBe(4);
  });

  test("invalid YAML is one line with a line number", () => {
    const error = errorOf(() => parseConfig("fail-on: [high\n", "c.yml"));
    expect(error.oneLine()).toMatch(/^c\.yml:\d+: invalid YAML/);
    expect(error.oneLine()).not.toContain("\n");
  });
});

describe("loadConfig", () => {
  test("finds .github/mcp-trust.yml before .mcp-trust.yml", () => {
    const root = mkdtempSync(path.join(tmpdir(), "cfg-"));
    try {
      mkdirSync(path.join(root, ".github"));
      writeFileSync(path.join(root, ".github/mcp-trust.yml"), "fail-under: 80\n");
      writeFileSync(path.join(root, ".mcp-trust.yml"), "fail-under: 10\n");
      expect(loadConfig(root).failUnder).toBe(80);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("a missing explicit config is a UserError", () => {
    expect(errorOf(() => loadConfig(".", "/nonexistent/mcp-trust.yml")).message).toContain("not found");
  });
});
