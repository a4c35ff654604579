import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

test("dist/ is not stale against src/, data/ and package-lock.json", async () => {
  const result = await run(process.execPath, [path.join(ROOT, "scripts/bundle.mjs"), "--check"]).catch((e: { stderr: string; code: number }) => e);
  expect("stderr" in result ? result.stderr : "").toBe("");
});

const NAME = "demo-weather-server";
const ADDON = "acme-native-addon";

function manifest(deps: Record<string, string>): string {
  return `${JSON.stringify({ name: NAME, version: "1.0.0", type: "module", dependencies: deps }, null, 2)}\n`;
}

/** An npm v3 lockfile; the head adds a dependency whose entry records hasInstallScript, as npm writes it. */
function lockfile(withAddon: boolean): string {
  const deps: Record<string, string> = { zod: "3.25.76", ...(withAddon ? { [ADDON]: "1.0.0" } : {}) };
  const packages: Record<string, unknown> = {
    "": { name: NAME, version: "1.0.0", dependencies: deps },
    "node_modules/zod": {
      version: "3.25.76",
      resolved: "https://registry.npmjs.org/zod/-/zod-3.25.76.tgz",
      integrity: "sha512-gzUt/qt81nXsFGKIFcC3YnfEAx5NkunCfnDlvuBSSFS02bcXu4Lmea0AFIUwbLWxWPx3d9p8S5QoaujKcNQxcQ==",
      license: "MIT",
    },
  };
  if (withAddon)
    packages[`node_modules/${ADDON}`] = {
      version: "1.0.0",
      resolved: `https://registry.npmjs.org/${ADDON}/-/${ADDON}-1.0.0.tgz`,
      integrity: "sha512-MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNA==",
      hasInstallScript: true,
      license: "MIT",
    };
  return `${JSON.stringify({ name: NAME, version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

/** A port nothing listens on: bound, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("the bundled Action on a pull request (node dist/index.js)", () => {
  let tmp: string;
  let repo: string;
  let action: string;
  let env: NodeJS.ProcessEnv;
  const git = (...args: string[]) => run("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args]);

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "mcp-trust-action-e2e-"));
    // A copy outside the repository: the bundle must not lean on the repository's node_modules.
    action = path.join(tmp, "action");
    cpSync(path.join(ROOT, "dist"), path.join(action, "dist"), { recursive: true });
    repo = path.join(tmp, "repo");
    mkdirSync(path.join(repo, "src"), { recursive: true });
    await git("init", "-q", "-b", "main");
    writeFileSync(path.join(repo, "src/index.js"), `import { z } from "zod";\nexport const schema = z.object({ city: z.string() });\n`);
    writeFileSync(path.join(repo, "package.json"), manifest({ zod: "3.25.76" }));
    writeFileSync(path.join(repo, "package-lock.json"), lockfile(false));
    await git("add", "-A");
    await git("commit", "-q", "-m", "base");
    const base = (await git("rev-parse", "HEAD")).stdout.trim();
    writeFileSync(path.join(repo, "package.json"), manifest({ zod: "3.25.76", [ADDON]: "1.0.0" }));
    writeFileSync(path.join(repo, "package-lock.json"), lockfile(true));
    await git("add", "-A");
    await git("commit", "-q", "-m", "head: add a native addon");
    const head = (await git("rev-parse", "HEAD")).stdout.trim();

    const eventPath = path.join(tmp, "event.json");
    writeFileSync(eventPath, JSON.stringify({ action: "opened", number: 3, pull_request: { number: 3, base: { sha: base, ref: "main" }, head: { sha: head, ref: "feature" } } }));
    mkdirSync(path.join(tmp, "runner-temp"));
    const registry = `http://127.0.0.1:${await deadPort()}/`;
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|npm_config_)/i.test(k)));
    env = {
      ...inherited,
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: "acme/demo-weather-server",
      GITHUB_RUN_ID: "1",
      GITHUB_JOB: "trust",
      GITHUB_SHA: head,
      GITHUB_API_URL: registry,
      RUNNER_TEMP: path.join(tmp, "runner-temp"),
      XDG_CACHE_HOME: path.join(tmp, "cache"),
      npm_config_registry: registry,
      npm_config_cache: path.join(tmp, "npm-cache"),
      INPUT_PATH: ".",
      "INPUT_FAIL-ON": "high",
      INPUT_COMMENT: "false",
      INPUT_SARIF: "mcp-trust.sarif",
      "INPUT_GITHUB-TOKEN": "",
    };
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function runAction(name: string): Promise<{ code: number; stdout: string; outputs: Record<string, string>; summary: string }> {
    const outputFile = path.join(tmp, `${name}.output`);
    const summaryFile = path.join(tmp, `${name}.summary`);
    writeFileSync(outputFile, "");
    writeFileSync(summaryFile, "");
    const result = await run(process.execPath, [path.join(action, "dist/index.js")], {
      cwd: repo,
      env: { ...env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile },
      // A hang guard only: a loaded machine takes its time.
      timeout: 90_000,
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    const outputs: Record<string, string> = {};
    // GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks.
    for (const m of readFileSync(outputFile, "utf8").matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm)) outputs[m[1]!] = m[3]!;
    return { ...result, outputs, summary: readFileSync(summaryFile, "utf8") };
  }

  test("fails the gate on the new install-script dependency, with outputs, summary, annotation and SARIF; passes once it is allow-listed", async () => {
    const failed = await runAction("failing");
    expect(failed.stdout).toContain("::error::mcp-trust gate failed: 1 new finding at or above high (fail-on high (action input))");
    expect(failed.stdout).toMatch(/::error title=supply-chain\/install-script \(high\),file=package-lock\.json,line=\d+::acme-native-addon@1\.0\.0 runs an install script/);
    expect(failed.stdout).not.toMatch(/\n\s+at /); // no stack trace
    expect(failed.code).toBe(1);
    expect(failed.outputs).toMatchObject({ "new-findings": "1", "code-score": expect.any(String), "transport-score": expect.any(String) });
    expect(Number(failed.outputs["supply-chain-score"])).toBeLessThan(100);
    expect(failed.outputs["score"]).toMatch(/^\d+$/);
    expect(failed.outputs["grade"]).toMatch(/^[A-F]$/);
    const report = JSON.parse(readFileSync(failed.outputs["report"]!, "utf8")) as { schemaVersion: number; findings: { ruleId: string }[]; skipped: { check: string }[] };
    expect(path.dirname(failed.outputs["report"]!)).toBe(path.join(tmp, "runner-temp", "mcp-trust"));
    expect(report.schemaVersion).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain("supply-chain/install-script");
    // No network: what needs the registry is recorded as skipped, not failed.
    expect(report.skipped.map((s) => s.check)).toEqual(expect.arrayContaining(["advisories"]));
    expect(failed.summary).toContain("#### New findings (1)");
    expect(failed.summary).toMatch(/\| `acme-native-addon` \(direct\) \| added \| `1\.0\.0` \| ⚠️ `install-script` \|/);
    expect(failed.summary.split("\n")[0]).toBe("**❌ MCP Trust: failed** — 1 new finding at or above high · gate: fail-on high (action input)");
    const sarif = JSON.parse(readFileSync(path.join(repo, "mcp-trust.sarif"), "utf8")) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain("supply-chain/install-script");
    // The base worktree is gone again.
    expect((await git("worktree", "list")).stdout.trim().split("\n")).toHaveLength(1);

    writeFileSync(path.join(repo, ".mcp-trust.yml"), `allow-install-scripts: [${ADDON}]\n`);
    const passed = await runAction("passing");
    expect(passed.stdout).toContain("mcp-trust: gate passed: no new finding at or above high (fail-on high (action input))");
    expect(passed.code).toBe(0);
    expect(passed.outputs["new-findings"]).toBe("0");
    expect(passed.summary.split("\n")[0]).toBe("**✅ MCP Trust: passed** — no new finding at or above high · gate: fail-on high (action input)");
  }, 200_000);

  test("bad input fails the step with one line", async () => {
    const result = await run(process.execPath, [path.join(action, "dist/index.js")], { cwd: repo, env: { ...env, "INPUT_FAIL-ON": "severe", GITHUB_OUTPUT: "", GITHUB_STEP_SUMMARY: "" } }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result).toMatchObject({ code: 1 });
    expect(result.stdout.trim()).toBe(`::error::input "fail-on" must be one of critical, high, medium, low, none (got "severe")`);
    expect(result.stderr).toBe("");
  }, 90_000);
});
