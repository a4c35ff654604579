/** What npm would pack from a source tree (npm-packlist over an arborist tree), with digests, plus the folders its build writes to. */
import { createHash } from "node:crypto";
import { lstatSync } from "node:fs";
import path from "node:path";
import Arborist from "@npmcli/arborist";
import { parse as parseJsonc, type ParseError } from "jsonc-parser";
import packlist from "npm-packlist";
import { UserError } from "../errors.js";
import type { BuildOutput, PackageJson, PackedSourceFile } from "../model.js";
import { treeOf } from "../sources/directory-tree.js";
import { treeHas, type SourceTree } from "../sources/source-tree.js";
import { readTreeFile } from "./manifest.js";

/** The files `npm pack` would put in the tarball, and those it could not digest (unreadable, or past the read limits). */
export interface PacklistResult {
  files: PackedSourceFile[];
  unread: { path: string; reason: string }[];
}

/**
 * The files `npm pack` would put in the tarball from `dir`, sorted, each with its sha512 and mode; plus, marked
 * unpacked, the source files at `alsoDigest` paths (the tarball's) that npm would not pack, so their contents still compare.
 * Contents are read through the tree's safe reader (`folder` is `dir` relative to its root).
 */
export async function packlistFiles(dir: string, alsoDigest: readonly string[] = [], source?: { tree: SourceTree; folder: string }): Promise<PacklistResult> {
  const { tree, folder } = source ?? { tree: treeOf(dir), folder: "" };
  const arborist = await new Arborist({ path: dir }).loadActual();
  const packed = new Set((await packlist(arborist)).map((rel) => rel.split(path.sep).join("/")));
  const others = alsoDigest.filter((rel) => !packed.has(rel) && !rel.split("/").includes(".."));
  const unread: PacklistResult["unread"] = [];
  const digest = (rel: string, isPacked: boolean): PackedSourceFile[] => {
    const inTree = folder ? `${folder}/${rel}` : rel;
    const read = tree.read(inTree);
    if (!read.ok) {
      if (read.failure !== "missing" && (isPacked || read.failure !== "not-a-file")) unread.push({ path: inTree, reason: read.reason });
      return [];
    }
    const mode = lstatSync(path.join(dir, rel), { throwIfNoEntry: false })?.mode ?? 0o644;
    const sha512 = createHash("sha512").update(read.bytes).digest("base64");
    return [{ path: rel, sha512, mode: mode & 0o7777, size: read.bytes.length, packed: isPacked }];
  };
  const files = [...[...packed].flatMap((rel) => digest(rel, true)), ...others.flatMap((rel) => digest(rel, false))].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return { files, unread };
}

/** Every file below the package folder (relative to it), to find the .ts source a build output came from. */
export function packageFilePaths(tree: SourceTree, folder: string): string[] {
  if (!folder) return tree.list().files;
  const prefix = `${folder}/`;
  return tree.list().files.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

const BUILD_SCRIPTS = ["build", "prepare", "prepack", "prepublishOnly", "compile", "bundle"];

/** Output folders the package's build scripts declare: tsc's outDir (with rootDir) from the tsconfig they use, and bundler --outdir/--outfile flags. */
export function buildOutputs(tree: SourceTree, folder: string, manifest: PackageJson): BuildOutput[] {
  const inFolder = (rel: string): string => (folder ? `${folder}/${rel}` : rel);
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
  if (tscProjects.size === 0 && treeHas(tree, inFolder("tsconfig.json"))) tscProjects.add("tsconfig.json");
  for (const project of tscProjects) {
    const options = readCompilerOptions(tree, folder, project.endsWith(".json") ? project : path.posix.join(project, "tsconfig.json"), 0);
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
function readCompilerOptions(tree: SourceTree, folder: string, relativeConfig: string, depth: number): CompilerDirs | undefined {
  if (depth > 4) return undefined;
  const normal = path.posix.normalize(relativeConfig.replace(/\\/g, "/"));
  const text = readTreeFile(tree, folder ? path.posix.join(folder, normal) : normal, 1024 * 1024);
  if (text === undefined) return undefined;
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
    inherited = { ...inherited, ...readCompilerOptions(tree, folder, parentPath, depth + 1) };
  }
  return { ...inherited, ...own };
}
