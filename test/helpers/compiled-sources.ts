/**
 * src/ compiled to JavaScript for tests that must run the CLI in a child process (a crash then fails the test
 * instead of killing a jest worker). esbuild only strips types, per file, into a folder one level below the
 * repository root so package.json and data/ resolve as they do from build/.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? typeScriptFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

export interface CompiledSources {
  dir: string;
  remove(): void;
}

export async function compileSources(): Promise<CompiledSources> {
  const dir = mkdtempSync(path.join(REPO_ROOT, ".compiled-test-"));
  await build({
    entryPoints: typeScriptFiles(path.join(REPO_ROOT, "src")),
    outdir: dir,
    outbase: path.join(REPO_ROOT, "src"),
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `mcp-trust <args>` from the compiled sources in a child process with the given environment. */
export function runCompiledCli(compiled: CompiledSources, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<ChildRun> {
  const main = path.join(compiled.dir, "cli/main.js");
  const script = `const { runCli } = await import(${JSON.stringify(`file://${main}`)}); process.exitCode = await runCli(process.argv.slice(1));`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--input-type=module", "-e", script, ...args],
      { env: options.env ?? { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" }, cwd: options.cwd ?? REPO_ROOT, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number | string; signal?: NodeJS.Signals }) | null;
        resolve({ code: failed ? (typeof failed.code === "number" ? failed.code : null) : 0, signal: failed?.signal ?? null, stdout, stderr });
      },
    );
  });
}
