import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.js";
import type { Report } from "../../src/model.js";
import { FIXED_NOW, inMemoryClients, packument, writeTree } from "../helpers/snapshot.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    scanOptions: {
      now: FIXED_NOW,
      clients: inMemoryClients({
        packuments: {
          zod: packument("zod", { "3.25.76": {} }),
          esbuild: packument("esbuild", { "0.25.0": { installScripts: ["postinstall"] } }),
        },
      }),
    },
  });
  return { code, stdout, stderr };
}

describe("mcp-trust scan", () => {
  test("json report of a clean fixture: schema v1, all five dimensions, supply chain checked", async () => {
    const { code, stdout, stderr } = await cli(["scan", path.join(FIXTURES, "clean-server"), "--format", "json"]);
    expect(stderr).not.toContain("{");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(Object.keys(report.dimensions).sort()).toEqual(["code", "package-verification", "remote-endpoint", "supply-chain", "transport"]);
    expect(report.dimensions["supply-chain"].status).toBe("checked");
    expect(report.dependencies.map((d) => `${d.name}@${d.version}`)).toEqual(["zod@3.25.76"]);
    expect(report.dependencyOrigin).toBe("lockfile");
  });

  test("text output names the score and every dimension", async () => {
    const { code, stdout } = await cli(["scan", path.join(FIXTURES, "clean-server")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: \d+\/100 grade [A-F]/);
    for (const label of ["Supply chain", "Package verification", "Code", "Remote endpoint", "Transport"]) expect(stdout).toContain(label);
    expect(stdout).not.toContain("\u001b[");
  });

  test("the gate fails with exit 1 on an install-script dependency with --fail-on high", async () => {
    const { code, stdout, stderr } = await cli(["scan", path.join(FIXTURES, "install-script-dependency"), "--fail-on", "high", "--format", "json"]);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => f.ruleId)).toContain("supply-chain/install-script");
    expect(code).toBe(1);
    expect(stderr).toMatch(/gate failed: \d+ findings? at or above high/);
  });

  test("--fail-under fails a low score, passes a high one", async () => {
    expect((await cli(["scan", path.join(FIXTURES, "install-script-dependency"), "--fail-under", "99"])).code).toBe(1);
    expect((await cli(["scan", path.join(FIXTURES, "clean-server"), "--fail-under", "50"])).code).toBe(0);
  });

  test("--output writes the whole report atomically and prints nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "out-"));
    try {
      const out = path.join(dir, "nested", "report.json");
      const { code, stdout } = await cli(["scan", path.join(FIXTURES, "clean-server"), "--format", "json", "--output", out]);
      expect(code).toBe(0);
      expect(stdout).toBe("");
      expect((JSON.parse(readFileSync(out, "utf8")) as Report).schemaVersion).toBe(1);
      expect(readdirSync(path.dirname(out))).toEqual(["report.json"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bad input: one line, exit 2, no stack", () => {
  const cases: [string, string[], RegExp][] = [
    ["a missing directory", ["scan", "/no/such/dir"], /^mcp-trust: \/no\/such\/dir: no such directory\n$/],
    ["an unknown format", ["scan", ".", "--format", "xml"], /--format must be one of text, json, markdown/],
    ["a bad fail-on", ["scan", ".", "--fail-on", "severe"], /--fail-on must be one of/],
    ["a bad fail-under", ["scan", ".", "--fail-under", "lots"], /--fail-under must be a number/],
    ["an unknown option", ["scan", "--frobnicate"], /Unknown option '--frobnicate'/],
    ["an unknown command", ["scna"], /unknown command "scna"/],
    ["a bad npm spec", ["scan", "npm:"], /empty package spec/],
    ["a git spec where a registry spec belongs", ["scan", "npm:github:a/b"], /not a registry package spec/],
    ["diff with one target", ["diff", "."], /diff takes two targets/],
    ["--rebuild on an npm: target (nothing to rebuild)", ["scan", "npm:is-number", "--rebuild"], /--rebuild rebuilds a source tree/],
    ["diff with a bad HEAD (checked before BASE is scanned)", ["diff", ".", "npm:"], /^mcp-trust: empty package spec/],
    ["diff with a missing BASE directory", ["diff", "/no/such/base", "."], /no such directory/],
  ];
  test.each(cases)("%s", async (_name, args, pattern) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  test("malformed package.json names the file and line", async () => {
    const root = writeTree({ "package.json": '{\n  "name": "x",\n  "dependencies": {\n    "zod": "^3"\n  \n' });
    try {
      const { code, stderr } = await cli(["scan", root]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^mcp-trust: package\.json:\d+: malformed JSON/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("malformed lockfile names the file", async () => {
    const root = writeTree({ "package.json": '{"name":"x","dependencies":{"zod":"^3"}}', "package-lock.json": "{ nope" });
    try {
      const { code, stderr } = await cli(["scan", root]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^mcp-trust: package-lock\.json(:\d+)?: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("a bad config names the key and line", async () => {
    const root = writeTree({ "package.json": '{"name":"x"}', ".mcp-trust.yml": "fail-under: 70\nfial-on: high\n" });
    try {
      const { code, stderr } = await cli(["scan", root]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^mcp-trust: \.mcp-trust\.yml:2: unknown key "fial-on"/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("a failed --output leaves no file behind", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "out-"));
    try {
      writeFileSync(path.join(dir, "blocker"), "a file where a directory should be");
      const out = path.join(dir, "blocker", "report.json");
      const { code, stderr } = await cli(["scan", path.join(FIXTURES, "clean-server"), "--output", out]);
      expect(code).toBe(2);
      expect(stderr).toContain("cannot write the output file");
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("mcp-trust diff", () => {
  test("reports the added risky dependency and gates on new findings only", async () => {
    const { code, stdout, stderr } = await cli(["diff", path.join(FIXTURES, "clean-server"), path.join(FIXTURES, "install-script-dependency"), "--fail-on", "high"]);
    expect(stdout).toMatch(/added\s+esbuild 0\.25\.0\s+\[.*install-script.*\]/);
    expect(stdout).toContain("New findings");
    expect(code).toBe(1);
    expect(stderr).toContain("gate failed");
  });

  test("the same tree twice has no new findings and passes", async () => {
    const dir = path.join(FIXTURES, "install-script-dependency");
    const { code, stdout } = await cli(["diff", dir, dir, "--fail-on", "high", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ newFindings: [], resolvedFindings: [], dependencies: [] });
  });
});
