/**
 * Package verification for PyPI: which release the tree publishes (--package pypi:…, config `package`, pyproject.toml,
 * or the pypi: target itself), its sdist and one wheel downloaded, sha256-checked and unpacked safely into a temp dir
 * that is always removed, the source project to compare them with, and their PEP 740 provenance verified offline.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { UnavailableError, UserError } from "../../errors.js";
import type {
  AttestationCheck,
  AttestationFacts,
  Config,
  Manifest,
  PypiArchive,
  PypiPublished,
  PypiSourceFile,
  PypiSourceProject,
  PythonDistribution,
  PythonManifest,
  PythonProject,
  Skipped,
  Snapshot,
  TargetInfo,
} from "../../model.js";
import { codeRepositoryUrl, forgeRepository } from "../../python-project-urls.js";
import { findPythonVersionTag } from "../../python-version-tag.js";
import { extractPythonArchive } from "../../sources/pypi-archive.js";
import { chooseReleaseFile, parsePypiSpec } from "../../sources/pypi.js";
import type { SourceTree } from "../../sources/source-tree.js";
import { readGitCheckout } from "../git-checkout.js";
import { tagCommit } from "../git-tag-commit.js";
import { parseCoreMetadata, readEntryPoints } from "./core-metadata.js";
import { normalisePythonName } from "./names.js";
import { verifyPypiProvenance, type PypiAttestationCheck } from "./pep740.js";
import type { PypiClient, PypiRelease } from "./pypi-client.js";
import { parseTomlFile, strings, table, text } from "./toml.js";

/** A release file past this size is not downloaded for verification. */
const MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024;
/** Source files digested at most (those sharing a base name with a file of the release). */
const MAX_DIGESTED = 10_000;

export interface PypiVerificationInput {
  root: string;
  tree: SourceTree;
  target: TargetInfo;
  config: Config;
  /** package.json, when the tree has one: a public npm package there is verified on npm instead. */
  manifest?: Manifest;
  python: readonly PythonProject[];
  packageSpec?: string;
  client?: PypiClient;
  offline?: boolean;
  progress?: (message: string) => void;
}

export interface PypiVerificationFacts {
  /** Set when a PyPI release is to be verified (the dimension then applies, even when it could not be fetched). */
  candidate?: NonNullable<Snapshot["pypiCandidate"]>;
  published?: PypiPublished;
  unpublished?: NonNullable<Snapshot["unpublished"]>;
  attestations?: AttestationFacts;
  skipped: Skipped[];
}

/** The manifest a project's core metadata is built from: pyproject.toml's [project] (or poetry), else setup.cfg, else setup.py. */
export function metadataManifest(project: PythonProject | undefined): PythonManifest | undefined {
  const manifests = project?.manifests ?? [];
  return (
    manifests.find((m) => m.format === "pyproject" && m.name) ??
    manifests.find((m) => m.format === "setup.cfg" && m.name) ??
    manifests.find((m) => m.format === "setup.py" && m.name) ??
    manifests.find((m) => m.format === "METADATA")
  );
}

/** The PyPI release to verify, or undefined when the tree verifies an npm package or publishes nothing on PyPI. */
export function choosePypiPackage(input: Pick<PypiVerificationInput, "target" | "config" | "manifest" | "python" | "packageSpec">): PypiVerificationFacts["candidate"] {
  const given = input.packageSpec ? { raw: input.packageSpec, chosenBy: "--package" as const } : input.config.package ? { raw: input.config.package, chosenBy: "config" as const } : undefined;
  if (given) {
    const raw = given.raw.trim();
    if (raw.startsWith("npm:")) return undefined;
    // A bare name means npm where there is a package.json, PyPI in a Python-only tree.
    if (!raw.startsWith("pypi:") && (input.manifest || input.python.length === 0)) return undefined;
    let spec: { name: string; version?: string };
    try {
      spec = parsePypiSpec(raw.startsWith("pypi:") ? raw : `pypi:${raw}`);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(error.message, { file: given.chosenBy === "config" ? (input.config.source ?? "config package") : "--package" });
      throw error;
    }
    return { name: spec.name, ...(spec.version ? { version: spec.version } : {}), chosenBy: given.chosenBy };
  }
  if (input.target.kind === "pypi" && input.target.name) return { name: input.target.name, ...(input.target.version ? { version: input.target.version } : {}), chosenBy: "target" };
  if (input.target.kind === "npm") return undefined;
  const data = input.manifest?.data;
  if (typeof data?.name === "string" && data.name && data.private !== true) return undefined;
  const manifest = metadataManifest(input.python.find((p) => p.directory === ""));
  if (!manifest?.name || manifest.format === "METADATA") return undefined;
  const version = manifest.version && !manifest.dynamic.includes("version") ? manifest.version : undefined;
  return { name: manifest.name, ...(version ? { version } : {}), chosenBy: "pyproject" };
}

export async function collectPypiVerification(input: PypiVerificationInput): Promise<PypiVerificationFacts> {
  const candidate = choosePypiPackage(input);
  if (!candidate) return { skipped: [] };
  const skip = (reason: string): PypiVerificationFacts => ({ candidate, skipped: [{ check: "published", reason }] });
  if (input.offline) return skip("--offline: PyPI was not consulted, so the published release was not verified");
  if (!input.client) return skip("no PyPI client to fetch the published release");
  const client = input.client;
  const name = normalisePythonName(candidate.name);

  input.progress?.(`fetching the published release ${candidate.name} from PyPI`);
  let release: PypiRelease | undefined;
  try {
    release = await client.release(name, candidate.version);
    if (!release && candidate.chosenBy === "pyproject") {
      // An application that was never published has nothing to verify; a project whose version is not out yet does.
      const project = candidate.version ? await client.release(name) : undefined;
      if (!project) return { skipped: [] };
    }
  } catch (error) {
    if (error instanceof UnavailableError) return skip(error.message);
    throw error;
  }
  if (!release) return { candidate, unpublished: { name: candidate.name, version: candidate.version ?? "latest", chosenBy: candidate.chosenBy, ecosystem: "pypi" }, skipped: [] };

  if (candidate.chosenBy === "pyproject") {
    const other = await anotherProject(input, release);
    if (other) return { skipped: [{ check: "published (PyPI)", reason: other }] };
  }

  const sourceIsRelease = input.target.kind === "pypi" && candidate.chosenBy === "target";
  const treeFile = sourceIsRelease ? chooseReleaseFile(release)?.filename : undefined;
  const toRead = releaseFilesToRead(release, treeFile);
  const project = sourceProjectFor(input, release, sourceIsRelease);
  const skipped: Skipped[] = [];
  if (!project) skipped.push({ check: "packed-source", reason: `no Python project of the tree is named ${release.name}: the source was not compared` });

  const archives: PypiArchive[] = [];
  for (const file of toRead) {
    if (!file.sha256) return { candidate, skipped: [{ check: "published", reason: `PyPI lists no sha256 for ${file.filename}, so its download cannot be checked` }] };
    input.progress?.(`downloading ${file.filename}`);
    let bytes: Buffer;
    try {
      bytes = await client.download({ url: file.url!, sha256: file.sha256, filename: file.filename }, MAX_DOWNLOAD_BYTES);
    } catch (error) {
      if (error instanceof UnavailableError) return skip(`${release.name}==${release.version}: ${error.message}`);
      throw error;
    }
    archives.push(await readArchive(bytes, file, project ? { tree: input.tree, directory: project.directory } : undefined));
  }

  const published: PypiPublished = {
    name: release.name,
    version: release.version,
    chosenBy: candidate.chosenBy,
    sourceIsRelease,
    ...(treeFile ? { treeFile } : {}),
    ...(release.requiresDistListed ? { apiMetadata: parseCoreMetadata(release.requiresDist.map((r) => `Requires-Dist: ${r}`).join("\n"), "PyPI's JSON API") } : {}),
    projectUrls: release.projectUrls,
    files: release.files,
    archives,
    notRead: release.files.filter((f) => !toRead.includes(f) && f.filename !== treeFile).map((f) => f.filename),
  };
  if (project) published.source = await describeSource(input, project, archives, sourceIsRelease);

  const provenanceFiles = release.files.filter((f) => toRead.includes(f) || f.filename === treeFile);
  const provenance = await collectProvenance(client, release, provenanceFiles);
  skipped.push(...provenance.skipped);
  if (provenance.attestations) {
    const tag = published.source?.gitTags ? findPythonVersionTag(published.source.gitTags, release.name, release.version) : undefined;
    if (tag) {
      const commit = await tagCommit(input.root, tag);
      provenance.attestations.versionTag = { name: tag, ...(commit ? { commit } : {}) };
    }
  }
  return { candidate, published, ...(provenance.attestations ? { attestations: provenance.attestations } : {}), skipped };
}

/**
 * A project found only by its pyproject name may be someone else's under the same name: when PyPI's release names a code
 * repository and the tree names another (its [project.urls] or its origin), it is not verified (say why; --package forces it).
 */
async function anotherProject(input: PypiVerificationInput, release: PypiRelease): Promise<string | undefined> {
  const published = codeRepositoryUrl(release.projectUrls);
  if (!published) return undefined;
  const own = codeRepositoryUrl(metadataManifest(input.python.find((p) => p.directory === ""))?.urls ?? {})?.url ?? (await readGitCheckout(input.root)).remote;
  const ownRepository = forgeRepository(own);
  if (!ownRepository || ownRepository === forgeRepository(published.url)) return undefined;
  return `${release.name}==${release.version} on PyPI comes from ${published.url}, while this tree is ${own}: another project under the same name, so it was not verified against it (pass --package pypi:${release.name}==${release.version} to compare anyway)`;
}

/** The sdist, and one wheel: the pure one, else a Linux x86-64 one, else the first; never the file the tree already is, unless it is the only wheel. */
export function releaseFilesToRead(release: PypiRelease, treeFile: string | undefined): PypiRelease["files"] {
  const files = release.files.filter((f) => f.url);
  const sdist = files.find((f) => /\.tar\.gz$/.test(f.filename)) ?? files.find((f) => /\.zip$/.test(f.filename));
  const wheels = files.filter((f) => f.filename.endsWith(".whl"));
  const wheel = wheels.find((f) => /-none-any\.whl$/.test(f.filename)) ?? wheels.find((f) => /manylinux.*x86_64\.whl$/.test(f.filename)) ?? wheels[0];
  return [...(sdist && sdist.filename !== treeFile ? [sdist] : []), ...(wheel ? [wheel] : [])];
}

/** The project the release is built from: the one named like it, else the tree's root project (the unpacked sdist of a pypi: target). */
function sourceProjectFor(input: PypiVerificationInput, release: PypiRelease, sourceIsRelease: boolean): PythonProject | undefined {
  const wanted = normalisePythonName(release.name);
  if (sourceIsRelease) return input.python.find((p) => p.directory === "");
  return input.python.find((p) => {
    const name = metadataManifest(p)?.name;
    return name !== undefined && normalisePythonName(name) === wanted;
  });
}

type Digest = { sha512: string; bodySha512?: string };

function digest(bytes: Buffer): Digest {
  const sha512 = createHash("sha512").update(bytes).digest("base64");
  if (bytes[0] !== 0x23 || bytes[1] !== 0x21) return { sha512 };
  const newline = bytes.indexOf(0x0a);
  const body = newline < 0 ? Buffer.alloc(0) : bytes.subarray(newline + 1);
  return { sha512, bodySha512: createHash("sha512").update(body).digest("base64") };
}

/** Unpacks one release file into a temp dir (removed before returning), lists and digests its files, reads its metadata. */
async function readArchive(bytes: Buffer, file: PythonDistribution, source: { tree: SourceTree; directory: string } | undefined): Promise<PypiArchive> {
  const kind = file.filename.endsWith(".whl") ? "wheel" : "sdist";
  const archive: PypiArchive = { filename: file.filename, kind, sha256: file.sha256!, entries: [], rewritten: [] };
  const dir = mkdtempSync(path.join(tmpdir(), "mcp-trust-pypi-verify-"));
  try {
    let leftOut;
    try {
      leftOut = await extractPythonArchive(bytes, file.filename, dir);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      archive.refused = error.message;
      return archive;
    }
    const texts = new Map<string, string>();
    // Every file, folders like node_modules/ and .git/ included: our own extraction, which wrote regular files only.
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      const rel = path.relative(dir, full).split(path.sep).join("/");
      const bytes = readFileSync(full);
      archive.entries.push({ path: rel, type: "file", mode: 0o644, size: bytes.length, ...digest(bytes) });
      if (isMetadataFile(rel, kind) || (kind === "sdist" && (rel === "pyproject.toml" || rel === "setup.cfg"))) texts.set(rel, bytes.toString("utf8"));
    }
    for (const refused of leftOut.refusedPaths) archive.entries.push({ path: refused, type: "file", mode: 0, size: 0, unsafe: /^(?:\/|[A-Za-z]:)/.test(refused) ? "absolute" : "parent" });
    for (const link of leftOut.droppedLinks) archive.entries.push({ path: link, type: "symlink", mode: 0, size: 0 });
    archive.metadata = readMetadata(texts, kind);
    if (kind === "sdist" && source) archive.rewritten = rewrittenFiles(texts, source);
    archive.entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return archive;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isMetadataFile(rel: string, kind: PypiArchive["kind"]): boolean {
  return kind === "wheel" ? /^[^/]+\.dist-info\/(?:METADATA|entry_points\.txt)$/.test(rel) : rel === "PKG-INFO";
}

function readMetadata(texts: ReadonlyMap<string, string>, kind: PypiArchive["kind"]): PythonManifest | undefined {
  if (kind === "sdist") {
    const pkgInfo = texts.get("PKG-INFO");
    return pkgInfo === undefined ? undefined : parseCoreMetadata(pkgInfo, "PKG-INFO");
  }
  const metadataPath = [...texts.keys()].find((p) => p.endsWith(".dist-info/METADATA"));
  if (!metadataPath) return undefined;
  const manifest = parseCoreMetadata(texts.get(metadataPath)!, metadataPath);
  const entryPoints = texts.get(metadataPath.replace(/METADATA$/, "entry_points.txt"));
  if (entryPoints !== undefined) readEntryPoints(entryPoints, manifest);
  return manifest;
}

/** pyproject.toml and setup.cfg of an sdist that differ from the source's only in what the build backend writes into them. */
function rewrittenFiles(texts: ReadonlyMap<string, string>, source: { tree: SourceTree; directory: string }): PypiArchive["rewritten"] {
  const out: PypiArchive["rewritten"] = [];
  const sourceText = (rel: string): string | undefined => {
    const read = source.tree.read(source.directory ? `${source.directory}/${rel}` : rel);
    return read.ok ? read.bytes.toString("utf8") : undefined;
  };
  const pyproject = texts.get("pyproject.toml");
  const ownPyproject = sourceText("pyproject.toml");
  if (pyproject !== undefined && ownPyproject !== undefined && pyproject !== ownPyproject && sameWithoutVersion(pyproject, ownPyproject)) {
    out.push({ path: "pyproject.toml", how: "pyproject.toml with the version the build backend writes into it" });
  }
  const setupCfg = texts.get("setup.cfg");
  const ownSetupCfg = sourceText("setup.cfg") ?? "";
  if (setupCfg !== undefined && setupCfg !== ownSetupCfg && withoutEggInfo(setupCfg) === withoutEggInfo(ownSetupCfg)) {
    out.push({ path: "setup.cfg", how: "setup.cfg with the [egg_info] section setuptools adds" });
  }
  return out;
}

function sameWithoutVersion(a: string, b: string): boolean {
  try {
    const strip = (textOf: string): string => {
      const doc = parseTomlFile(textOf, "pyproject.toml");
      const project = table(doc["project"]);
      delete project["version"];
      delete project["dynamic"];
      return canonicalJson(doc);
    };
    return strip(a) === strip(b);
  } catch {
    return false;
  }
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

function withoutEggInfo(cfg: string): string {
  return cfg.replace(/\r\n/g, "\n").replace(/^\[egg_info\][^[]*/m, "").trim();
}

/** The project's files (listed, and digested where a release file could be them), what its build generates, and its git facts. */
async function describeSource(input: PypiVerificationInput, project: PythonProject, archives: readonly PypiArchive[], sourceIsRelease: boolean): Promise<PypiSourceProject> {
  const prefix = project.directory ? `${project.directory}/` : "";
  const allPaths = input.tree.list().files.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  const wantedNames = new Set(archives.flatMap((a) => a.entries.map((e) => path.posix.basename(e.path))));
  const files: PypiSourceFile[] = [];
  for (const rel of allPaths) {
    if (files.length >= MAX_DIGESTED) break;
    if (!wantedNames.has(path.posix.basename(rel))) continue;
    const read = input.tree.read(prefix + rel);
    if (!read.ok) continue;
    files.push({ path: rel, mode: 0o644, size: read.bytes.length, packed: true, ...digest(read.bytes) });
  }
  const pyprojectRead = input.tree.read(`${prefix}pyproject.toml`);
  const pyproject = pyprojectRead.ok ? safeToml(pyprojectRead.bytes.toString("utf8")) : {};
  const setupPyRead = input.tree.read(`${prefix}setup.py`);
  const setupPy = setupPyRead.ok ? setupPyRead.bytes.toString("utf8") : "";
  const manifest = metadataManifest(project);
  const nativeBuild = nativeBuildOf(pyproject, setupPy, allPaths);
  const git = sourceIsRelease ? {} : await readGitCheckout(input.root);
  return {
    directory: project.directory,
    ...(manifest && manifest.format !== "setup.py" ? { manifest } : {}),
    allPaths,
    files,
    generated: generatedFiles(pyproject),
    ...(nativeBuild ? { nativeBuild } : {}),
    ...(git.tags ? { gitTags: git.tags } : {}),
    ...(git.remote ? { gitRemote: git.remote } : {}),
  };
}

function safeToml(source: string): Record<string, unknown> {
  try {
    return parseTomlFile(source, "pyproject.toml");
  } catch {
    return {};
  }
}

/** Files a version plugin writes at build time (hatch-vcs, setuptools-scm, pdm-backend's scm source), relative to the project. */
export function generatedFiles(pyproject: Record<string, unknown>): string[] {
  const tool = table(pyproject["tool"]);
  const hatch = table(tool["hatch"]);
  const hooks = table(table(hatch["build"])["hooks"]);
  const scm = table(tool["setuptools_scm"]);
  const pdmVersion = table(table(tool["pdm"])["version"]);
  const out = [
    text(table(hooks["vcs"])["version-file"]),
    text(scm["write_to"]),
    text(scm["version_file"]),
    text(pdmVersion["write_to"]),
    // pdm-backend's write_to is relative to the package folder, which is src/ in a src layout.
    ...(text(pdmVersion["write_to"]) ? [`src/${text(pdmVersion["write_to"])}`] : []),
  ];
  return [...new Set(out.filter((p): p is string => p !== undefined).map((p) => path.posix.normalize(p).replace(/^\.\//, "")))];
}

/** How the project compiles native code, when its build says so. */
export function nativeBuildOf(pyproject: Record<string, unknown>, setupPy: string, allPaths: readonly string[]): string | undefined {
  const buildSystem = table(pyproject["build-system"]);
  const backend = text(buildSystem["build-backend"]) ?? "";
  const requires = strings(buildSystem["requires"]).join(" ").toLowerCase();
  if (backend.startsWith("maturin")) return "maturin";
  if (backend.startsWith("scikit_build_core")) return "scikit-build-core";
  if (backend.startsWith("mesonpy")) return "meson-python";
  if (/setuptools[-_]rust/.test(requires)) return "setuptools-rust";
  if (/\bhatch[-_]mypyc\b/.test(requires)) return "hatch-mypyc";
  if (/\b(?:ext_modules|Extension\(|cythonize\(|mypycify\(|Pybind11Extension)/.test(setupPy)) return "setuptools ext_modules";
  if (allPaths.includes("CMakeLists.txt") && /scikit|cmake/.test(requires)) return "CMake";
  return undefined;
}

/** PEP 740 provenance of the files read, verified offline; one AttestationCheck per attestation. */
async function collectProvenance(client: PypiClient, release: PypiRelease, files: readonly PythonDistribution[]): Promise<{ attestations?: AttestationFacts; skipped: Skipped[] }> {
  const name = normalisePythonName(release.name);
  const checks: AttestationCheck[] = [];
  const without: string[] = [];
  for (const file of files) {
    if (!file.sha256) continue;
    let body: unknown;
    try {
      body = await client.provenance(name, release.version, file.filename);
    } catch (error) {
      if (!(error instanceof UnavailableError)) throw error;
      return { skipped: [{ check: "attestations", reason: `could not fetch the provenance of ${file.filename} from PyPI's Integrity API: ${error.message}` }] };
    }
    if (body === undefined) {
      without.push(file.filename);
      continue;
    }
    const verified = verifyPypiProvenance(body, { filename: file.filename, sha256: file.sha256 });
    if (verified.length === 0) {
      checks.push({ predicateType: "(none)", kind: "provenance", file: file.filename, expectedSha256: file.sha256, verification: { ok: false, error: `PyPI's provenance object for ${file.filename} holds no attestation` } });
      continue;
    }
    for (const check of verified) checks.push(toAttestationCheck(check, file));
  }
  const status = checks.length > 0 ? "fetched" : "none";
  return {
    attestations: {
      ecosystem: "pypi",
      name: release.name,
      version: release.version,
      status,
      attestations: checks,
      signatures: [],
      ...(status === "fetched" && without.length > 0 ? { filesWithoutProvenance: without } : {}),
    },
    skipped: [],
  };
}

const PUBLISHER_HOSTS: Record<string, string> = { github: "https://github.com/", gitlab: "https://gitlab.com/" };

function toAttestationCheck(check: PypiAttestationCheck, file: PythonDistribution): AttestationCheck {
  const publisher = check.publisher;
  const host = publisher ? PUBLISHER_HOSTS[publisher.kind.toLowerCase()] : undefined;
  const claimed = publisher?.repository && host ? `${host}${publisher.repository}` : undefined;
  const repository = check.certifiedRepository ?? claimed;
  const workflowPath = publisher?.workflow ? (publisher.kind.toLowerCase() === "github" ? `.github/workflows/${publisher.workflow}` : publisher.workflow) : undefined;
  return {
    predicateType: check.predicateType,
    kind: "provenance",
    verification: check.verification,
    file: file.filename,
    expectedSha256: file.sha256!,
    ...(check.subject ? { subject: { name: check.subject.name, ...(check.subject.sha256 ? { sha256: check.subject.sha256 } : {}) } } : {}),
    ...(check.subjectMismatch ? { subjectMismatch: check.subjectMismatch } : {}),
    ...(check.publisherMismatch ? { publisherMismatch: check.publisherMismatch } : {}),
    source: {
      ...(repository ? { repository } : {}),
      ...(workflowPath ? { workflowPath } : {}),
      ...(check.certifiedRef ? { ref: check.certifiedRef } : {}),
      ...(check.certifiedCommit ? { commit: check.certifiedCommit } : {}),
      ...(check.signerIdentity ? { signerIdentity: check.signerIdentity } : {}),
    },
  };
}
