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
    expect(error.oneLine()).toBe(
      '.mcp-trust.yml:2: unknown key "fail-onn" (did you mean "fail-on"?) (known keys: fail-under, fail-on, comment, package, server-json, allow-install-scripts, allowed-registries, ignore, paths-ignore)',
    );
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
    const error = errorOf(() => parseConfig("ignore:\n  - rule: code/ssrf\n    reason: y\n    until: next year\n", "c.yml"));
    expect(error.line).toBe(4);
    expect(error.message).toBe('"ignore[0].until" must be a date written YYYY-MM-DD (got "next year")');
    expect(errorOf(() => parseConfig("ignore:\n  - rule: code/ssrf\n    reason: y\n    until: 2027-02-30\n", "c.yml")).message).toContain("not a real date");
  });

  test("every problem at once, each with its key and line, in one line", () => {
    const text = [
      "fail-on: hgh", //                                  line 1
      "fail-under: 170", //                               line 2
      "comment: sometimes", //                            line 3
      "ignroe: []", //                                    line 4
      "ignore:", //                                       line 5
      "  - rule: supply-chain/instal-script", //          line 6
      "    reason: reviewed", //                          line 7
      "  - rule: code/*", //                              line 8
      "    packge: sharp", //                             line 9
      "allow-install-scripts: esbuild", //                line 10
    ].join("\n");
    const error = errorOf(() => parseConfig(text, ".github/mcp-trust.yml"));
    const line = error.oneLine();
    expect(line).not.toContain("\n");
    expect(error.line).toBe(1);
    expect(line).toMatch(/^\.github\/mcp-trust\.yml:1: 8 problems: /);
    for (const part of [
      'line 1: "fail-on" must be one of critical, high, medium, low, info, none (got "hgh")',
      'line 2: "fail-under" must be a number from 0 to 100 (got 170)',
      'line 3: "comment" must be one of on-change, always, on-failure, never (got "sometimes")',
      'line 4: unknown key "ignroe" (did you mean "ignore"?)',
      'line 6: "ignore[0].rule": unknown rule "supply-chain/instal-script"',
      '(did you mean "supply-chain/install-script"?)',
      'line 8: the "ignore" entry for code/* needs a "reason"',
      'line 9: unknown key "ignore[1].packge" (did you mean "package"?)',
      'line 10: "allow-install-scripts" must be a list of strings',
    ])
      expect(line).toContain(part);
  });

  test("comment and wildcard rules are read", () => {
    expect(parseConfig("comment: on-failure\nignore:\n  - rule: '*'\n    reason: r\n  - rule: transport/*\n    reason: r\n", "c.yml")).toMatchObject({
      comment: "on-failure",
      ignore: [{ rule: "*" }, { rule: "transport/*" }],
    });
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
