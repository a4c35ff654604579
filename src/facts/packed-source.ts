/** What npm would pack from a source tree (npm-packlist over an arborist tree), with digests, plus the folders its build writes to. */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import Arborist from "@npmcli/arborist";
import { parse as parseJsonc, type ParseError } from "jsonc-parser";
import packlist from "npm-packlist";
import { UserError } from "../errors.js";
import type { BuildOutput, PackageJson, PackedSourceFile } from "../model.js";
import { listTree } from "./files.js";

/**
 * The files `npm pack` would put in the tarball from `dir`, sorted, each with its sha512 and mode; plus, marked
 * unpacked, the source files at `alsoDigest` paths (the tarball's) that npm would not pack, so their contents still compare.
 */
export async function packlistFiles(dir: string, alsoDigest: readonly string[] = []): Promise<PackedSourceFile[]> {
  const tree = await new Arborist({ path: dir }).loadActual();
  const packed = new Set((await packlist(tree)).map((rel) => rel.split(path.sep).join("/")));
  const others = alsoDigest.filter((rel) => !packed.has(rel) && !rel.split("/").includes(".."));
  const digest = (rel: string, isPacked: boolean): PackedSourceFile[] => {
    const full = path.join(dir, rel);
    const stat = lstatSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile()) return [];
    const sha512 = createHash("sha512").update(readFileSync(full)).digest("base64");
    return [{ path: rel, sha512, mode: stat.mode & 0o7777, size: stat.size, packed: isPacked }];
  };
  return [...[...packed].flatMap((rel) => digest(rel, true)), ...others.flatMap((rel) => digest(rel, false))].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

/** Every file below the package folder, to find the .ts source a build output came from. */
export function packageFilePaths(dir: string): string[] {
  return listTree(dir);
}

const BUILD_SCRIPTS = ["build", "prepare", "prepack", "prepublishOnly", "compile", "bundle"];

/** Output folders the package's build scripts declare: tsc's outDir (with rootDir) from the tsconfig they use, and bundler --outdir/--outfile flags. */
export function buildOutputs(dir: string, manifest: PackageJson): BuildOutput[] {
  const scripts = BUILD_SCRIPTS.map((name) => manifest.scripts?.[name]).filter((s): s is string => typeof s === "string");
  const outputs: BuildOutput[] = [];
  const add = (output: BuildOutput): void => {
    if (!outputs.some((o) => o.outDir === output.outDir && o.tool === output.tool)) outputs.push(output);
  };
  const tscProjects = new Set<string>();
  for (const script of scripts) {
    for (const command of script.split(/&&|\|\||;/)) {
      const words = command.trim().split(/\s+/);
      if (words.includes("tsc") || words.some((w) => w.endsWith("/tsc"))) {
        tscProjects.add(flagValue(words, ["-p", "--project"]) ?? "tsconfig.json");
        const outDir = flagValue(words, ["--outDir"]);
        if (outDir) add({ outDir: cleanDir(outDir), ...rootDirFlag(words), tool: "tsc" });
      } else if (/\b(esbuild|tsup|rollup|vite|webpack|ncc|bun|swc|babel|parcel|microbundle|unbuild|pkgroll)\b/.test(command)) {
        const outDir = flagValue(words, ["--outdir", "--out-dir", "--outDir", "-d", "-o", "--dist-dir"]);
        const outFile = flagValue(words, ["--outfile", "--out-file", "--file"]);
        if (outDir) add({ outDir: cleanDir(outDir), tool: "bundler" });
        else if (outFile) add({ outDir: cleanDir(path.posix.dirname(outFile)), tool: "bundler" });
        else if (/\b(tsup|unbuild|pkgroll|microbundle)\b/.test(command)) add({ outDir: "dist", tool: "bundler" });
      }
    }
  }
  // A tsconfig with an outDir is how most TypeScript servers build, even when the script runs `tsc` through another tool.
  if (tscProjects.size === 0 && existsSync(path.join(dir, "tsconfig.json"))) tscProjects.add("tsconfig.json");
  for (const project of tscProjects) {
    const options = readCompilerOptions(dir, project.endsWith(".json") ? project : path.posix.join(project, "tsconfig.json"), 0);
    if (options?.outDir) add({ outDir: options.outDir, ...(options.rootDir ? { rootDir: options.rootDir } : {}), tool: "tsc" });
  }
  return outputs;
}

function flagValue(words: readonly string[], flags: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const flag of flags) {
      if (word === flag && words[i + 1]) return unquote(words[i + 1]!);
      if (word.startsWith(`${flag}=`)) return unquote(word.slice(flag.length + 1));
    }
  }
  return undefined;
}

function rootDirFlag(words: readonly string[]): { rootDir?: string } {
  const rootDir = flagValue(words, ["--rootDir"]);
  return rootDir ? { rootDir: cleanDir(rootDir) } : {};
}

function unquote(s: string): string {
  return s.replace(/^["']|["']$/g, "");
}

function cleanDir(dir: string): string {
  const normal = path.posix.normalize(dir.replace(/\\/g, "/")).replace(/^\.\//, "").replace(/\/$/, "");
  return normal === "." ? "" : normal;
}

interface CompilerDirs {
  outDir?: string;
  rootDir?: string;
}

/** outDir and rootDir of a tsconfig (relative to the package folder), following relative `extends` a few levels. */
function readCompilerOptions(dir: string, relativeConfig: string, depth: number): CompilerDirs | undefined {
  const full = path.join(dir, relativeConfig);
  if (depth > 4 || !existsSync(full)) return undefined;
  const text = readFileSync(full, "utf8");
  const errors: ParseError[] = [];
  const config = parseJsonc(text, errors, { allowTrailingComma: true }) as { extends?: unknown; compilerOptions?: Record<string, unknown> } | undefined;
  if (errors.length > 0 || !config || typeof config !== "object") {
    const offset = errors[0]?.offset ?? 0;
    throw new UserError("malformed tsconfig", { file: relativeConfig, line: text.slice(0, offset).split("\n").length });
  }
  const configDir = path.posix.dirname(relativeConfig.replace(/\\/g, "/"));
  const own: CompilerDirs = {};
  const options = config.compilerOptions ?? {};
  if (typeof options["outDir"] === "string") own.outDir = cleanDir(path.posix.join(configDir, options["outDir"]));
  if (typeof options["rootDir"] === "string") own.rootDir = cleanDir(path.posix.join(configDir, options["rootDir"]));
  const parents = (Array.isArray(config.extends) ? config.extends : [config.extends]).filter(
    (e): e is string => typeof e === "string" && e.startsWith("."),
  );
  let inherited: CompilerDirs = {};
  for (const parent of parents) {
    const parentPath = path.posix.join(configDir, parent.endsWith(".json") ? parent : `${parent}.json`);
    inherited = { ...inherited, ...readCompilerOptions(dir, parentPath, depth + 1) };
  }
  return { ...inherited, ...own };
}
