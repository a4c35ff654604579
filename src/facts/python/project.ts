/** Finds the Python projects of a tree (the root and nested folders) and reads each one's manifests and lockfile. */
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { UserError } from "../../errors.js";
import type { LockedPackage, PythonLockfile, PythonManifest, PythonProject } from "../../model.js";
import { parsePdmLock } from "./pdm-lock.js";
import { parsePipfile } from "./pipfile.js";
import { parsePipfileLock } from "./pipfile-lock.js";
import { parsePoetryLock } from "./poetry-lock.js";
import { parsePylock } from "./pylock.js";
import { parsePyproject } from "./pyproject.js";
import { exactVersion, isPinnedRequirementsFile, parseRequirementsFile, type RequirementsFile } from "./requirements.js";
import { parseSetupCfg } from "./setup-cfg.js";
import { parseSetupPy } from "./setup-py.js";
import { parseUvLock } from "./uv-lock.js";
import { parseCoreMetadata, readEntryPoints } from "./core-metadata.js";
import { pypiPackage, sha256Of } from "./locked-package.js";

/** Folders whose Python files are someone else's (a virtualenv, vendored code) or not the server (tests, docs, examples). */
const SKIPPED_SEGMENTS = new Set([
  "node_modules", ".venv", "venv", ".tox", ".nox", "site-packages", "__pycache__", "build", "dist", "vendor", "third_party",
  "test", "tests", "testing", "example", "examples", "docs", "doc", "fixtures", "testdata", "samples", "sample",
]);
/** A project folder this deep or deeper is not looked at (monorepos keep packages at packages/<name> or src/<name>). */
const MAX_DEPTH = 3;
const MAX_FILE_BYTES = 6 * 1024 * 1024;

/** Lockfiles in the order the tools' own precedence suggests; the first one found is the project's. */
const LOCKFILES: ReadonlyArray<readonly [RegExp, (text: string, file: string) => PythonLockfile]> = [
  [/^uv\.lock$/, parseUvLock],
  [/^poetry\.lock$/, parsePoetryLock],
  [/^pdm\.lock$/, parsePdmLock],
  [/^pylock(?:\.[^.]+)?\.toml$/, parsePylock],
  [/^Pipfile\.lock$/, parsePipfileLock],
];

export function isRequirementsFile(relative: string): boolean {
  const base = path.posix.basename(relative).toLowerCase();
  const parent = path.posix.basename(path.posix.dirname(relative)).toLowerCase();
  return /\.txt$/.test(base) && (/^requirements.*\.txt$/.test(base) || /[-_.]requirements\.txt$/.test(base) || parent === "requirements");
}

function isPythonProjectFile(relative: string): boolean {
  const base = path.posix.basename(relative);
  return (
    base === "pyproject.toml" || base === "setup.py" || base === "setup.cfg" || base === "Pipfile" ||
    LOCKFILES.some(([pattern]) => pattern.test(base)) || isRequirementsFile(relative)
  );
}

/** The folder a file belongs to as a project: its own, or the parent of a `requirements/` folder. */
function projectFolder(relative: string): string {
  let dir = path.posix.dirname(relative);
  if (isRequirementsFile(relative) && path.posix.basename(dir).toLowerCase() === "requirements") dir = path.posix.dirname(dir);
  return dir === "." ? "" : dir;
}

function skipped(folder: string): boolean {
  if (folder === "") return false;
  const segments = folder.split("/");
  return segments.length > MAX_DEPTH || segments.some((s) => SKIPPED_SEGMENTS.has(s.toLowerCase()) || s.startsWith("."));
}

/** Every Python project among the tree's paths, root first. */
export function readPythonProjects(root: string, paths: readonly string[]): PythonProject[] {
  const byFolder = new Map<string, string[]>();
  for (const relative of paths) {
    if (!isPythonProjectFile(relative)) continue;
    const folder = projectFolder(relative);
    if (skipped(folder)) continue;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), relative]);
  }
  // A wheel scanned as the tree has no pyproject.toml: its .dist-info/METADATA says what it requires.
  if (!byFolder.has("")) {
    const metadata = paths.find((p) => /^[^/]+\.dist-info\/METADATA$/.test(p));
    const text = metadata ? readText(root, metadata) : undefined;
    if (metadata && text !== undefined) {
      const manifest = parseCoreMetadata(text, metadata);
      const entryPoints = readText(root, metadata.replace(/METADATA$/, "entry_points.txt"));
      if (entryPoints !== undefined) readEntryPoints(entryPoints, manifest);
      return [{ directory: "", manifests: [manifest] }, ...readFolders(root, byFolder)];
    }
  }
  return readFolders(root, byFolder);
}

function readFolders(root: string, byFolder: Map<string, string[]>): PythonProject[] {
  const projects: PythonProject[] = [];
  for (const folder of [...byFolder.keys()].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b))) {
    const project = readProject(root, folder, byFolder.get(folder)!);
    if (project.manifests.length > 0 || project.lockfile) projects.push(project);
  }
  return projects;
}

function readProject(root: string, folder: string, files: string[]): PythonProject {
  const manifests: PythonManifest[] = [];
  const requirementsFiles: RequirementsFile[] = [];
  let lockfile: PythonLockfile | undefined;
  const sorted = [...files].sort();
  for (const [pattern, parse] of LOCKFILES) {
    const found = sorted.find((f) => path.posix.dirname(f) === (folder || ".") && pattern.test(path.posix.basename(f)));
    if (!found) continue;
    const text = readText(root, found);
    if (text !== undefined) lockfile = parse(text, found);
    if (lockfile) break;
  }
  for (const relative of sorted) {
    const base = path.posix.basename(relative);
    const text = base === "setup.py" || base === "pyproject.toml" || base === "setup.cfg" || base === "Pipfile" || isRequirementsFile(relative) ? readText(root, relative) : undefined;
    if (text === undefined) continue;
    if (base === "pyproject.toml") manifests.push(parsePyproject(text, relative));
    else if (base === "setup.py") manifests.push(parseSetupPy({ path: relative, text }));
    else if (base === "setup.cfg") {
      const cfg = parseSetupCfg(text, relative);
      if (cfg.requirements.length > 0 || cfg.name) manifests.push(cfg);
    } else if (base === "Pipfile") manifests.push(parsePipfile(text, relative));
    else requirementsFiles.push(parseRequirementsFile(text, relative));
  }
  const pinned = requirementsFiles.filter(isPinnedRequirementsFile);
  for (const file of requirementsFiles) {
    // A pinned file is the project's lockfile when it has no other; a loose one declares, like a manifest.
    if (pinned.includes(file) && !lockfile) continue;
    manifests.push(requirementsManifest(file));
  }
  if (!lockfile && pinned.length > 0) lockfile = requirementsLockfile(pinned);
  return { directory: folder, manifests, ...(lockfile ? { lockfile } : {}) };
}

const DEV_FILE = /(?:^|[-_./])(?:dev|test|tests|testing|lint|docs|doc|ci|typing|mypy)(?:[-_.]|\.txt$)/i;

function requirementsManifest(file: RequirementsFile): PythonManifest {
  const scope = DEV_FILE.test(path.posix.basename(file.path)) ? "dev" : "runtime";
  return {
    path: file.path,
    format: "requirements",
    requirements: file.requirements.flatMap((r) =>
      r.name ? [{ name: r.name, raw: r.raw, specifier: r.specifier, extras: r.extras, ...(r.marker ? { marker: r.marker } : {}), ...(r.url ? { url: r.url } : {}), group: file.path, scope, path: file.path, line: r.line }] : [],
    ),
    sources: [],
    indexes: file.indexes,
    scripts: {},
    entryPoints: {},
    urls: {},
    dynamic: [],
  };
}

/** pip-compile style files: every line one exact version (or a URL), with hashes when generated with --generate-hashes. */
function requirementsLockfile(files: RequirementsFile[]): PythonLockfile {
  const packages: LockedPackage[] = [];
  for (const file of files) {
    const dev = DEV_FILE.test(path.posix.basename(file.path)) ? { dev: true } : {};
    for (const r of file.requirements) {
      if (!r.name || r.editable) continue;
      const hash = r.hashes.map(sha256Of).find((h) => h !== undefined);
      const integrity = hash ? { integrity: `sha256:${hash}` } : {};
      if (r.url) {
        const source = /^git\+/.test(r.url) ? "git" : /^https?:/.test(r.url) ? "tarball" : "file";
        packages.push(pypiPackage(r.name, "", source, file.path, { resolved: r.url, line: r.line, ...integrity, ...dev }));
      } else {
        packages.push(pypiPackage(r.name, exactVersion(r.specifier) ?? "", "registry", file.path, { line: r.line, ...integrity, ...dev }));
      }
    }
  }
  return { kind: "requirements", path: files[0]!.path, packages, indexes: files.flatMap((f) => f.indexes), files: files.map((f) => f.path) };
}

/** A regular file's text, or undefined for a symlink (never followed), a folder or a file past the size limit. */
function readText(root: string, relative: string): string | undefined {
  const full = path.join(root, relative);
  let stat;
  try {
    stat = lstatSync(full);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  if (stat.size > MAX_FILE_BYTES) throw new UserError(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most the scan reads`, { file: relative });
  return readFileSync(full, "utf8");
}
