/** The opt-in --rebuild: copy the package to a scratch folder, run its declared build, pack it as npm does, compare with the published tarball. */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PackageJson, RebuildResult } from "../model.js";
import { environmentSecrets, redactText } from "../redact.js";
import { compareTarballs, packDirectory } from "./pack.js";

// npm pack runs prepack then prepare; a package with neither is built with its "build" script, if any.
const PACK_SCRIPTS = ["prepack", "prepare"];
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** The scripts a rebuild runs for this manifest, in order. */
export function rebuildScripts(manifest: PackageJson): string[] {
  const declared = PACK_SCRIPTS.filter((name) => typeof manifest.scripts?.[name] === "string");
  if (declared.length > 0) return declared;
  return typeof manifest.scripts?.["build"] === "string" ? ["build"] : [];
}

/**
 * Rebuilds `packageDir` in a scratch copy (the tree itself is never written) and compares the pack with the published bytes.
 * Dependencies are not installed (that needs the network and install scripts): the tree's own node_modules is linked in.
 */
export async function rebuildAndCompare(
  packageDir: string,
  treeRoot: string,
  manifest: PackageJson,
  published: { bytes: Buffer; integrity?: string },
): Promise<RebuildResult> {
  const scripts = rebuildScripts(manifest);
  const scratch = mkdtempSync(path.join(tmpdir(), "mcp-trust-rebuild-"));
  const work = path.join(scratch, "package");
  try {
    cpSync(packageDir, work, {
      recursive: true,
      filter: (source) => !["node_modules", ".git"].includes(path.basename(source)),
    });
    const modules = [path.join(packageDir, "node_modules"), path.join(treeRoot, "node_modules")].find((dir) => existsSync(dir));
    if (modules) symlinkSync(modules, path.join(work, "node_modules"), "dir");
    for (const name of scripts) await runScript(work, manifest.scripts![name]!, name);
    const local = await packDirectory(work);
    const comparison = await compareTarballs(local, published);
    return {
      scripts,
      integrity: local.integrity,
      byteIdentical: comparison.verdict === "byte-identical",
      contentIdentical: comparison.verdict !== "mismatch",
      differences: comparison.differences.map((d) => `${d.path} (${d.detail})`),
    };
  } catch (error) {
    return {
      scripts,
      integrity: "",
      byteIdentical: false,
      contentIdentical: false,
      differences: [],
      error: (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error",
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function runScript(cwd: string, script: string, name: string): Promise<void> {
  const bin = path.join(cwd, "node_modules", ".bin");
  return new Promise((resolve, reject) => {
    execFile(
      "sh",
      ["-c", script],
      { cwd, timeout: BUILD_TIMEOUT_MS, maxBuffer: 32 * 1024 * 1024, env: buildEnvironment(cwd, bin, name) },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        // The build is the package's code: what it printed is quoted only with secrets masked.
        const tail = redactText(stderr.trim().split("\n").slice(-3).join(" / "), environmentSecrets()).slice(0, 500);
        reject(new Error(`the "${name}" script failed (${error.message.split("\n")[0]})${tail ? `: ${tail}` : ""}`));
      },
    );
  });
}

/**
 * The build runs the package's own scripts, so it gets a minimal environment: no tokens, no registry credentials, no
 * cloud keys of the machine running the scan; HOME is the scratch folder (no ~/.npmrc, no ~/.ssh), PATH finds node and
 * the package's own bins.
 */
export function buildEnvironment(cwd: string, bin: string, script: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const pass = ["LANG", "LC_ALL", "TZ", "TERM"].filter((name) => env[name] !== undefined);
  return {
    ...Object.fromEntries(pass.map((name) => [name, env[name]])),
    PATH: [bin, path.dirname(process.execPath), env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"].join(path.delimiter),
    HOME: path.dirname(cwd),
    TMPDIR: path.dirname(cwd),
    CI: "true",
    npm_lifecycle_event: script,
  };
}
