import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.js";
import type { Report } from "../../src/model.js";
import { FIXED_NOW, inMemoryClients, packument, writeTree } from "../helpers/snapshot.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

async function cli(args: string[], tty: { env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s), ...(tty.isTTY ? { isTTY: true, columns: 80 } : {}) },
    stderr: { write: (s: string) => (stderr += s) },
    env: tty.env ?? {},
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
    expect(stdout).toMatch(/added\s+esbuild \(direct\) 0\.25\.0\s+\[.*install-script.*\]/);
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

describe("the default gate", () => {
  const injected = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { exec } from "node:child_process";
const server = new McpServer({ name: "demo", version: "1.0.0" });
server.tool("ping", "Ping a host", { host: z.string() }, async ({ host }) => {
  exec(\`ping -c 1 \${host}\`);
  return { content: [] };
});
`;
  const tree = (config?: string) =>
    writeTree({ "package.json": '{"name":"demo","version":"1.0.0","type":"module"}', "src/index.ts": injected, ...(config ? { ".mcp-trust.yml": config } : {}) });

  test("with no flags and no config, a new critical finding fails `mcp-trust diff` with exit 1, naming the gate", async () => {
    const base = writeTree({ "package.json": '{"name":"demo","version":"1.0.0","type":"module"}', "src/index.ts": "export {};\n" });
    const head = tree();
    try {
      const { code, stdout, stderr } = await cli(["diff", base, head]);
      expect(code).toBe(1);
      expect(stdout.split("\n")[1]).toBe("❌ Failed: 1 new finding at or above critical · gate: fail-on critical (the default gate)");
      expect(stderr).toContain("mcp-trust: gate failed: 1 new finding at or above critical");
      // The same tree twice: the critical is not new, so the default gate passes.
      expect((await cli(["diff", head, head])).code).toBe(0);
    } finally {
      rmSync(base, { recursive: true, force: true });
      rmSync(head, { recursive: true, force: true });
    }
  });

  test("fail-on: none turns it off, and the output never says passed", async () => {
    const base = writeTree({ "package.json": '{"name":"demo","version":"1.0.0","type":"module"}' });
    const head = tree("fail-on: none\n");
    try {
      const { code, stdout } = await cli(["diff", base, head]);
      expect(code).toBe(0);
      expect(stdout).toContain("⚪ No gate: fail-on none (.mcp-trust.yml) turns it off, so nothing was judged");
      expect(stdout).not.toMatch(/passed/i);
    } finally {
      rmSync(base, { recursive: true, force: true });
      rmSync(head, { recursive: true, force: true });
    }
  });
});

describe("help and colour", () => {
  test.each([
    [["--help"], /^Usage: mcp-trust <command>/],
    [["scan", "--help"], /^Usage: mcp-trust scan \[dir\|npm:spec\]/],
    [["diff", "-h"], /^Usage: mcp-trust diff BASE HEAD/],
    [["help", "verify-pack"], /^Usage: mcp-trust verify-pack/],
  ])("%j prints its help with examples", async (args, pattern) => {
    const { code, stdout } = await cli(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(pattern);
    expect(stdout).toContain("Examples:");
  });

  const clean = path.join(FIXTURES, "clean-server");
  test.each([
    ["a terminal", { isTTY: true }, true],
    ["a terminal with NO_COLOR", { isTTY: true, env: { NO_COLOR: "1" } }, false],
    ["a pipe", {}, false],
    ["a pipe with FORCE_COLOR", { env: { FORCE_COLOR: "1" } }, true],
    ["a terminal with FORCE_COLOR=0", { isTTY: true, env: { FORCE_COLOR: "0" } }, false],
  ])("colour on %s: %s", async (_name, tty, colored) => {
    const { stdout } = await cli(["scan", clean], tty);
    expect(stdout.includes("\u001b[")).toBe(colored);
  });

  test("--color and --no-color win over the environment", async () => {
    expect((await cli(["scan", clean, "--color"], { env: { NO_COLOR: "1" } })).stdout).toContain("\u001b[");
    expect((await cli(["scan", clean, "--no-color"], { isTTY: true, env: { FORCE_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });
});
