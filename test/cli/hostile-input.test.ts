/**
 * The bad-input campaign against the CLI: every hostile tree is built at test time, and each states its outcome:
 * a one-line error with exit 2, or a scan that goes on with a skipped entry naming what it could not read.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main.js";
import type { Report } from "../../src/model.js";
import { FIXED_NOW, inMemoryClients } from "../helpers/snapshot.js";

const MANIFEST = JSON.stringify({ name: "hostile-server", version: "1.0.0", private: true });
const BOMB = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g", "h"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n") + "\n";
const DEEP = (n: number): string => "[".repeat(n) + "]".repeat(n);

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "mcp-trust-hostile-"));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

async function scan(extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["scan", root, "--offline", ...extra], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    scanOptions: { now: FIXED_NOW, clients: inMemoryClients({}) },
  });
  return { code, stdout, stderr };
}

/** The single error line the CLI printed: the last one; every line before it is a progress step ("mcp-trust: reading …"). */
function errorLine(stderr: string): string {
  const lines = stderr.split("\n").filter(Boolean);
  for (const line of lines.slice(0, -1)) expect(line).toMatch(/^mcp-trust: [a-z]+ing /);
  return lines[lines.length - 1]!;
}

describe("one-line errors, exit 2", () => {
  test.each([
    ["package.json is a link to /dev/zero", () => (write("index.js", ""), symlinkSync("/dev/zero", path.join(root, "package.json"))), "package.json: is a symbolic link that leaves the tree"],
    ["package.json is a FIFO (no hang)", () => (write("index.js", ""), execFileSync("mkfifo", [path.join(root, "package.json")])), "package.json: is a FIFO, not a regular file"],
    ["package.json is a folder", () => (write("index.js", ""), mkdirSync(path.join(root, "package.json"))), "package.json: is a folder where a file was expected"],
    ["package-lock.json is a link to /dev/zero", () => (write("package.json", MANIFEST), symlinkSync("/dev/zero", path.join(root, "package-lock.json"))), "package-lock.json: is a symbolic link that leaves the tree"],
    ["server.json is a link to /proc/self/environ", () => (write("package.json", MANIFEST), symlinkSync("/proc/self/environ", path.join(root, "server.json"))), "server.json: is a symbolic link that leaves the tree"],
    ["the config is a FIFO", () => (write("package.json", MANIFEST), mkdirSync(path.join(root, ".github")), execFileSync("mkfifo", [path.join(root, ".github/mcp-trust.yml")])), ".github/mcp-trust.yml: is a FIFO, not a regular file"],
    ["server-json climbs out of the tree", () => (write("package.json", MANIFEST), write(".mcp-trust.yml", "fail-on: high\nserver-json: ../../../../proc/self/environ\n")), '.mcp-trust.yml:2: "server-json" must be a path inside the repository'],
    ["server-json is absolute", () => (write("package.json", MANIFEST), write(".mcp-trust.yml", "server-json: /etc/passwd\n")), '.mcp-trust.yml:1: "server-json" must be a path inside the repository'],
    ["paths-ignore climbs out of the tree", () => (write("package.json", MANIFEST), write(".mcp-trust.yml", "paths-ignore:\n  - src/**\n  - ../**\n")), '.mcp-trust.yml:3: "paths-ignore[1]" must match paths inside the repository (no absolute path, no "..")'],
    ["the config is a YAML alias bomb", () => (write("package.json", MANIFEST), write(".mcp-trust.yml", BOMB)), ".mcp-trust.yml: the config cannot be read: Excessive alias count indicates a resource exhaustion attack"],
    ["the config nests 50,000 deep", () => (write("package.json", MANIFEST), write(".mcp-trust.yml", `paths-ignore: ${DEEP(50_000)}\n`)), ".mcp-trust.yml:1: the config nests too deep to read"],
    ["dependencies is a string", () => write("package.json", JSON.stringify({ name: "x", dependencies: "lodash" })), 'package.json:1: "dependencies" must be an object of package names to version specs, not a string'],
    ["a dependency spec is a number", () => write("package.json", '{\n  "name": "x",\n  "dependencies": {\n    "lodash": 4\n  }\n}\n'), 'package.json:4: "dependencies.lodash" must be a string, not a number'],
    ["scripts is a list", () => write("package.json", JSON.stringify({ name: "x", scripts: ["node x.js"] })), 'package.json:1: "scripts" must be an object of script names to commands, not a list'],
    ["a JSON lockfile nests 50,000 deep", () => (write("package.json", MANIFEST), write("package-lock.json", `{"lockfileVersion": 3, "packages": {"": {"deep": ${DEEP(50_000)}}}}`)), "package-lock.json:1: nests too deep to read (more than 1000 levels of brackets)"],
    ["a pnpm lockfile is a YAML alias bomb", () => (write("package.json", MANIFEST), write("pnpm-lock.yaml", `lockfileVersion: '9.0'\n${BOMB}`)), "pnpm-lock.yaml: malformed YAML: Excessive alias count indicates a resource exhaustion attack"],
    ["a pnpm lockfile nests 50,000 deep", () => (write("package.json", MANIFEST), write("pnpm-lock.yaml", `lockfileVersion: '9.0'\npackages: ${DEEP(50_000)}\n`)), "pnpm-lock.yaml:2: nests too deep to read (more than 1000 levels of brackets)"],
    ["pnpm-workspace.yaml is a YAML alias bomb", () => (write("package.json", MANIFEST), write("pnpm-workspace.yaml", BOMB)), "pnpm-workspace.yaml: invalid YAML: Excessive alias count indicates a resource exhaustion attack"],
    ["the tree is empty", () => undefined, "nothing to scan: no readable files in the tree"],
    ["the tree holds only a FIFO", () => execFileSync("mkfifo", [path.join(root, "index.js")]), "nothing to scan: no readable files in the tree: index.js is a FIFO, not a regular file"],
  ])("%s", async (_name, arrange, expected) => {
    arrange();
    const { code, stdout, stderr } = await scan(["--format", "json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const line = errorLine(stderr);
    expect(line.startsWith("mcp-trust: ")).toBe(true);
    expect(line).toContain(expected);
  });

  test("an error about a file outside the tree quotes none of its bytes", async () => {
    write("package.json", MANIFEST);
    symlinkSync("/proc/self/environ", path.join(root, "server.json"));
    const { stderr } = await scan([], { CANARY: "canary-environ-value" });
    expect(stderr).not.toContain("canary");
    expect(stderr).not.toMatch(/PATH=|HOME=/);
  });
});

describe("the scan goes on, naming what it could not read", () => {
  async function report(): Promise<Report> {
    const { code, stdout, stderr } = await scan(["--format", "json"]);
    expect(stderr).not.toMatch(/\n\s+at |Error:/);
    expect([0, 1]).toContain(code);
    return JSON.parse(stdout) as Report;
  }

  test("source files that are links out of the tree, FIFOs, sockets-to-be and folders named like files", async () => {
    write("package.json", MANIFEST);
    write("src/ok.js", "export const ok = 1;\n");
    symlinkSync("/dev/zero", path.join(root, "src/zero.js"));
    execFileSync("mkfifo", [path.join(root, "src/pipe.js")]);
    mkdirSync(path.join(root, "src/folder.js"));
    write("src/folder.js/inner.js", "export const inner = 1;\n");
    const result = await report();
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { check: "file src/zero.js", reason: "is a symbolic link that leaves the tree", dimension: "code" },
        { check: "file src/pipe.js", reason: "is a FIFO, not a regular file", dimension: "code" },
      ]),
    );
    expect(result.dimensions.code.status).toBe("partial");
    expect(result.partial).toBe(true);
  });

  test("a file name that is not UTF-8", async () => {
    write("package.json", MANIFEST);
    write("src/ok.js", "export const ok = 1;\n");
    writeFileSync(Buffer.concat([Buffer.from(path.join(root, "src") + "/"), Buffer.from([0xff, 0xfe]), Buffer.from(".js")]), "x");
    const result = await report();
    expect(result.skipped).toContainEqual({ check: "file src/\ufffd\ufffd.js", reason: "has a name that is not valid UTF-8", dimension: "code" });
  });

  test("a workflow that is a YAML alias bomb, or nests 50,000 deep", async () => {
    write("package.json", MANIFEST);
    write(".github/workflows/bomb.yml", `on: push\n${BOMB}`);
    write(".github/workflows/deep.yml", `jobs: ${DEEP(50_000)}\n`);
    const result = await report();
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { check: "workflow .github/workflows/bomb.yml", reason: "invalid YAML: Excessive alias count indicates a resource exhaustion attack", dimension: "supply-chain" },
        { check: "workflow .github/workflows/deep.yml", reason: "nests too deep to read (more than 1000 levels of brackets by line 1)", dimension: "supply-chain" },
      ]),
    );
    expect(result.dimensions["supply-chain"].status).toBe("partial");
  });

  test("the text report says partial next to the grade", async () => {
    write("package.json", MANIFEST);
    write("src/ok.js", "export const ok = 1;\n");
    symlinkSync("/dev/zero", path.join(root, "src/zero.js"));
    const { stdout } = await scan();
    expect(stdout).toMatch(/: \d+\/100 grade [A-F] \(partial\)/);
  });
});

describe("files too large to analyse whole are analysed in part, never passed in silence", () => {
  const server = (padding: string): string =>
    [
      `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";`,
      `import { z } from "zod";`,
      `import { exec } from "node:child_process";`,
      `const server = new McpServer({ name: "big", version: "1.0.0" });`,
      padding,
      `server.tool("run", "Run a command", { cmd: z.string() }, async ({ cmd }) => { exec(cmd); return { content: [] }; });`,
      "",
    ].join("\n");
  const pad = (bytes: number): string => `const padding = ${JSON.stringify("x".repeat(bytes))};`;

  test.each([
    ["5.9 MB", 5.9e6],
    ["8.8 MB", 8.8e6],
  ])("exec(cmd) from a tool argument in a %s file is critical either way", async (_size, bytes) => {
    write("package.json", JSON.stringify({ name: "big", version: "1.0.0", private: true, type: "module" }));
    write("src/index.js", server(pad(bytes)));
    const { code, stdout } = await scan(["--format", "json"]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as Report;
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: "code/command-injection", severity: "critical", location: expect.objectContaining({ path: "src/index.js", startLine: 6 }) }));
    expect(result.grade).toBe("F");
    if (bytes > 6 * 1024 * 1024) {
      expect(result.skipped).toContainEqual({ check: "file src/index.js", reason: expect.stringMatching(/^is 8\.4 MB, over the 6 MB the code analysis reads whole: 5 of its 6 top-level statements were analysed/), dimension: "code" });
      expect(result.partial).toBe(true);
    }
  });

  test("a shell call inside one statement too large to analyse is reported from the token scan", async () => {
    write("package.json", JSON.stringify({ name: "big", version: "1.0.0", private: true, type: "module" }));
    write("src/index.js", `(function main() {\n  ${pad(8.8e6)}\n  require("child_process").exec(process.env.CMD);\n  exec(cmd);\n})();\n`);
    const result = JSON.parse((await scan(["--format", "json"])).stdout) as Report;
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: "code/unanalysable-code", severity: "medium", location: { path: "src/index.js", startLine: 4 } }));
    expect(result.dimensions.code.status).toBe("partial");
  });
});
