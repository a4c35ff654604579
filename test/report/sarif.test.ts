import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.js";
import type { Finding, Rule } from "../../src/model.js";
import { FINGERPRINT_KEY, buildSarif, renderSarif } from "../../src/report/sarif.js";
import { RULES } from "../../src/rules/index.js";
import { FIXED_NOW, inMemoryClients, packument } from "../helpers/snapshot.js";

const TOOL = { name: "mcp-trust", version: "9.9.9" };
const rule = (id: string, severity: Rule["severity"]): Rule => ({
  id, dimension: "supply-chain", severity, title: `title of ${id}`, rationale: `why ${id}`, remediation: `fix ${id}`, check: () => [],
});
const RULESET = [rule("supply-chain/install-script", "high"), rule("supply-chain/no-lockfile", "high"), rule("supply-chain/deprecated-dependency", "low")];
const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "supply-chain/install-script", dimension: "supply-chain", severity: "high", title: "t", message: "m", fingerprint: "fp", ...over,
});

describe("SARIF", () => {
  test("a 2.1.0 log whose rules come from the catalogue metadata", () => {
    const log = buildSarif([], { tool: TOOL, rules: RULESET });
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: "mcp-trust", version: "9.9.9" });
    expect(driver.rules[0]).toEqual({
      id: "supply-chain/install-script",
      name: "SupplyChainInstallScript",
      helpUri: "https://github.com/mcp-trust/mcp-trust/blob/main/docs/rules/supply-chain/install-script.md",
      shortDescription: { text: "title of supply-chain/install-script" },
      fullDescription: { text: "why supply-chain/install-script" },
      help: {
        text: "fix supply-chain/install-script (https://github.com/mcp-trust/mcp-trust/blob/main/docs/rules/supply-chain/install-script.md)",
        markdown: expect.stringContaining("[The rule's page](https://github.com/mcp-trust/mcp-trust/blob/main/docs/rules/supply-chain/install-script.md)"),
      },
      defaultConfiguration: { level: "error" },
      properties: expect.objectContaining({ "security-severity": "8.0" }),
    });
    expect(driver.rules[2]).toMatchObject({ defaultConfiguration: { level: "note" }, properties: { "security-severity": "3.0" } });
  });

  test("every rule of the real catalogue is described, with a security-severity GitHub can band", () => {
    const rules = buildSarif([], { tool: TOOL }).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) expect(["9.5", "8.0", "5.5", "3.0", "0.0"]).toContain(r.properties["security-severity"]);
  });

  test("results carry ruleId, level, message, location and the fingerprint; pathless findings point at the lockfile or package.json", () => {
    const log = buildSarif(
      [
        finding({ location: { path: "package-lock.json", startLine: 12 }, fingerprint: "a1", severity: "critical" }),
        finding({ ruleId: "supply-chain/no-lockfile", fingerprint: "b2" }),
        finding({ ruleId: "supply-chain/deprecated-dependency", severity: "low", package: { name: "request" }, fingerprint: "c3" }),
        finding({ fingerprint: "ignored", ignored: { reason: "reviewed" } }),
      ],
      { tool: TOOL, rules: RULESET, pathPrefix: "servers/weather", lockfilePath: "pnpm-lock.yaml" },
    );
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({
      ruleId: "supply-chain/install-script",
      ruleIndex: 0,
      level: "error",
      message: { text: "m" },
      locations: [{ physicalLocation: { artifactLocation: { uri: "servers/weather/package-lock.json" }, region: { startLine: 12 } } }],
      partialFingerprints: { [FINGERPRINT_KEY]: "a1" },
    });
    expect(results[1]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "servers/weather/package.json", uriBaseId: "%SRCROOT%" } });
    expect(results[2]).toMatchObject({ level: "note", ruleIndex: 2, locations: [{ physicalLocation: { artifactLocation: { uri: "servers/weather/pnpm-lock.yaml" } } }] });
  });

  test("a finding of a rule the catalogue lacks still gets a descriptor, and the text is valid JSON", () => {
    const text = renderSarif([finding({ ruleId: "code/new-rule", dimension: "code", severity: "medium" })], { tool: TOOL, rules: RULESET });
    const log = JSON.parse(text) as ReturnType<typeof buildSarif>;
    const run = log.runs[0]!;
    expect(run.tool.driver.rules[run.results[0]!.ruleIndex]!.id).toBe("code/new-rule");
    expect(run.results[0]!.level).toBe("warning");
  });
});

describe("mcp-trust scan --format sarif", () => {
  test("the CLI writes the same SARIF log", async () => {
    const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/install-script-dependency");
    let stdout = "";
    const code = await runCli(["scan", fixture, "--format", "sarif"], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      scanOptions: { now: FIXED_NOW, clients: inMemoryClients({ packuments: { zod: packument("zod", { "3.25.76": {} }), esbuild: packument("esbuild", { "0.25.0": { installScripts: ["postinstall"] } }) } }) },
    });
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as ReturnType<typeof buildSarif>;
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.results.find((r) => r.ruleId === "supply-chain/install-script")).toMatchObject({ level: "error", partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}$/) } });
  });
});
