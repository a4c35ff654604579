/** The shared vocabulary of the pipeline: dimensions, findings, the Snapshot rules read, and the Report. */
import type { CodeFacts } from "./analysis/code-facts.js";

export const DIMENSIONS = [
  "supply-chain",
  "package-verification",
  "code",
  "remote-endpoint",
  "transport",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Grade = "A" | "B" | "C" | "D" | "F";

export interface Location {
  path: string;
  startLine?: number;
  endLine?: number;
}

export interface PackageRef {
  name: string;
  version?: string;
}

export interface Finding {
  ruleId: string;
  dimension: Dimension;
  severity: Severity;
  title: string;
  message: string;
  location?: Location;
  package?: PackageRef;
  evidence?: string;
  fingerprint: string;
  /** The tool, route or exported function the finding sits in, when the rule knows it (part of the fingerprint). */
  anchor?: string;
  /** Set when the config ignores this finding: it is listed but does not deduct. */
  ignored?: { reason: string; until?: string };
}

/** What a rule returns; the engine adds ruleId, dimension, title and fingerprint. */
export interface Draft {
  message: string;
  severity?: Severity;
  location?: Location;
  package?: PackageRef;
  evidence?: string;
  /**
   * The tool, route or exported function the finding sits in (`tool:git_log`, `route:POST /mcp`, `export:runGit`): with
   * rule, package and normalised evidence it makes the fingerprint, so a finding keeps its identity when the file is
   * renamed or rebuilt. Rules that cannot tell leave it out; the fingerprint then falls back to the file's family.
   */
  anchor?: string;
}

export interface Skipped {
  check: string;
  reason: string;
  /** Set when what was skipped leaves this dimension's verdict partial (a file the code analysis could not read). */
  dimension?: Dimension;
}

// ---------------------------------------------------------------- facts

/** `remote`: a catalogued server with only remote endpoints (no package to read). */
export type TargetKind = "directory" | "npm" | "pypi" | "github" | "remote";

/** The package ecosystems whose dependencies the scan reads: npm (package.json, lockfiles) and PyPI (pyproject, Python lockfiles). */
export const ECOSYSTEMS = ["npm", "pypi"] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

export interface TargetInfo {
  kind: TargetKind;
  /** What the user typed, or a display label for the tree. */
  label: string;
  /** For npm and pypi targets: the resolved package name and version. */
  name?: string;
  version?: string;
}

export interface SourceFile {
  /** Posix path relative to the tree root. */
  path: string;
  text: string;
}

/** package.json as read, with the raw text kept for line look-ups. */
export interface Manifest {
  path: string;
  text: string;
  data: PackageJson;
}

export type DependencyKind = "dependencies" | "devDependencies" | "optionalDependencies" | "peerDependencies";
export const DEPENDENCY_KINDS: readonly DependencyKind[] = [
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies",
];

export interface PackageJson {
  name?: string;
  version?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
  repository?: string | { type?: string; url?: string; directory?: string };
  workspaces?: string[] | { packages?: string[] };
  [key: string]: unknown;
}

/** Where a locked package comes from, classified from its resolved URL or spec. */
export type PackageSource = "registry" | "git" | "tarball" | "file" | "link" | "workspace" | "unknown";

export interface LockedPackage {
  /** npm for package.json lockfiles, pypi for Python ones; rules and the report tell the two apart by it. */
  ecosystem: Ecosystem;
  /** For PyPI: the PEP 503 normalised name (lower case, runs of -, _ and . as one -), which is how the lockfiles and PyPI key it. */
  name: string;
  version: string;
  /** The resolved URL or spec exactly as the lockfile records it. */
  resolved?: string;
  integrity?: string;
  source: PackageSource;
  dev?: boolean;
  optional?: boolean;
  /** True when the lockfile itself records an install script (npm v2+, pnpm requiresBuild, bun). */
  hasInstallScript?: boolean;
  /** True when the root package depends on it directly. */
  direct?: boolean;
  /** True when the package ships inside its parent's tarball (npm `inBundle`): no resolved URL or integrity of its own. */
  bundled?: boolean;
  /** 1-based line of the entry in the lockfile, for annotations. */
  line?: number;
  /** The lockfile (or requirements file) the entry was read from, when it is not `snapshot.lockfile` (Python projects). */
  file?: string;
  /** For PyPI: the sdist and wheels the lockfile lists for this version (hashes, upload times); undefined when it lists none. */
  distributions?: PythonDistribution[];
}

export type LockfileKind = "npm" | "pnpm" | "yarn-classic" | "yarn-berry" | "bun";

export interface Lockfile {
  kind: LockfileKind;
  path: string;
  /** The lockfile's own format version (npm lockfileVersion, pnpm lockfileVersion, yarn __metadata.version). */
  formatVersion?: string;
  packages: LockedPackage[];
  /**
   * The root package's dependency specs as the lockfile recorded them (name → spec), for
   * lockfile formats that record them (npm v2+, pnpm importers, bun workspaces).
   */
  rootSpecs?: Record<string, string>;
  /** Yarn keys every entry by "name@range": the full set of those descriptors. */
  descriptors?: string[];
}

/** A resolved dependency of the scanned package: from its lockfile, or resolved now from the registry. */
export interface Dependency extends LockedPackage {
  /** Where the version came from: the project's lockfile, or an ideal tree built at scan time. */
  origin: "lockfile" | "resolved-now";
}

/** What rules need from one registry packument, trimmed so thousands stay cheap to cache. */
export interface PackumentFact {
  name: string;
  distTags: Record<string, string>;
  /** ISO time of the package's creation. */
  created?: string;
  versions: Record<string, VersionFact>;
}

export interface VersionFact {
  deprecated?: string;
  /** Names of preinstall/install/postinstall scripts, plus "binding.gyp" for a gyp build. */
  installScripts?: string[];
  /** ISO publish time. */
  published?: string;
  integrity?: string;
}

export type AdvisorySeverity = "critical" | "high" | "moderate" | "low" | "info";

export interface Advisory {
  id: number | string;
  package: string;
  title: string;
  url?: string;
  severity: AdvisorySeverity;
  vulnerableVersions: string;
  cwe?: string[];
  /** npm marks malware records with this title prefix; they are always critical. */
  malware?: boolean;
  /** The package's ecosystem; absent means npm (the registry's bulk endpoint). */
  ecosystem?: Ecosystem;
  /** Other ids of the same advisory (CVE, GHSA, PYSEC), so the npm endpoint and OSV report one finding. */
  aliases?: string[];
  /** OSV: the resolved versions this advisory was returned for; judged instead of `vulnerableVersions`, which is then a description. */
  versions?: string[];
  /** Where the advisory came from: the npm registry's bulk endpoint, OSV, or both. */
  sources?: ("npm" | "osv")[];
}

/** A JSON file as read, with its text kept for line look-ups. */
export interface JsonFile {
  path: string;
  text: string;
  data: Record<string, unknown>;
}

export interface WorkflowFile {
  path: string;
  text: string;
  /** The parsed YAML document; undefined when it did not parse (reported as skipped). */
  doc?: unknown;
}

// issue 3 (package verification): the published package, what npm would pack from the source, and a rebuild.

/** One entry of a published tarball, read from its tar header (never extracted outside a scratch dir). */
export interface TarballEntry {
  /** Posix path with the tarball's top folder (`package/`) removed. */
  path: string;
  type: "file" | "directory" | "symlink" | "hardlink" | "other";
  mode: number;
  size: number;
  /** sha512 (base64) of a regular file's contents. */
  sha512?: string;
  linkTarget?: string;
  /** Set when the path is absolute or climbs out with `..`: recorded, never extracted. */
  unsafe?: "absolute" | "parent";
}

export interface PublishedPackage {
  name: string;
  version: string;
  registry: string;
  /** How the package was picked: --package, config `package`, package.json, or the npm: target itself. */
  chosenBy: "--package" | "config" | "package.json" | "target";
  /** The registry's version manifest (the packument entry), normalised the way npm publish does. */
  registryManifest: PackageJson;
  /** The tarball's package.json exactly as packed; undefined when the tarball has none. */
  tarballManifest?: PackageJson;
  /** The tarball's package.json normalised as npm publish would (compared with registryManifest). */
  tarballManifestNormalised?: PackageJson;
  entries: TarballEntry[];
  /** dist.integrity as the registry declares it (checked against the bytes with ssri). */
  integrity?: string;
  /** sha512 SRI of the tarball bytes as fetched. */
  tarballIntegrity: string;
  gitHead?: string;
  distTags: Record<string, string>;
  /** True for an npm: target: the scanned tree is this tarball, so there is no separate source to compare. */
  sourceIsTarball: boolean;
}

export interface PackedSourceFile {
  path: string;
  sha512: string;
  mode: number;
  size: number;
  /** False for a source file npm would not pack, digested only because the tarball holds the same path. */
  packed: boolean;
}

/** A folder a declared build writes to, and the source folder it compiles from (tsc rootDir). */
export interface BuildOutput {
  outDir: string;
  rootDir?: string;
  /** tsc maps each output to a .ts source; a bundler's output has no one-to-one source. */
  tool: "tsc" | "bundler";
}

/** What npm would pack from the source tree, and what the tree says about its repository. */
export interface PackedSource {
  /** The package's folder relative to the scanned root ("" for the root; a workspace in a monorepo). */
  directory: string;
  manifest: PackageJson;
  /** npm-packlist's file list, with contents digests and modes (plus unpacked source files at tarball paths). */
  files: PackedSourceFile[];
  /** Every file of the package folder (relative to it), to match build output with its source. */
  allPaths: string[];
  buildOutputs: BuildOutput[];
  /** The git checkout's tags; undefined when the tree is not a git checkout (or git is missing). */
  gitTags?: string[];
  /** The checkout's `origin` remote URL. */
  gitRemote?: string;
}

/** The opt-in --rebuild: the source built and packed the way npm does, compared with the published tarball. */
export interface RebuildResult {
  /** Scripts that ran, in order (prepack, prepare or build). */
  scripts: string[];
  integrity: string;
  byteIdentical: boolean;
  contentIdentical: boolean;
  /** Paths that differ, are missing or extra in the rebuilt tarball. */
  differences: string[];
  /** Set when the build or the pack failed. */
  error?: string;
}

export type VerificationRung = "byte-identical" | "content-identical" | "per-file" | "file-set" | "manifest-only" | "none";

/** The report's account of the ladder: the highest rung that holds, and why. */
export interface VerificationSummary {
  status: "verified" | "mismatch" | "not-published" | "not-applicable" | "skipped";
  /** The registry the package was verified on; absent means npm (reports written before PyPI verification). */
  ecosystem?: Ecosystem;
  package?: string;
  rung?: VerificationRung;
  reason: string;
  steps: { rung: VerificationRung; outcome: "held" | "failed" | "not-run"; detail: string }[];
  /** What the provenance and registry signatures say; undefined when no published package was fetched. */
  provenance?: ProvenanceSummary;
}

/** issue 3: the report's account of provenance and signatures (verified offline, or why not). */
export interface ProvenanceSummary {
  /** verified: a provenance verified and matches; mismatch: a signature or provenance failed; none: the package has no provenance; skipped: it could not be told. */
  status: "verified" | "mismatch" | "none" | "skipped";
  /** Where the (first) provenance says the package was built. */
  repository?: string;
  commit?: string;
  ref?: string;
  reason: string;
}

// issue 4 (transport / remote endpoint): remote endpoints the server advertises, and the opt-in live probe.

/** A remote MCP endpoint the server advertises, from server.json `remotes` or an `mcpServers` block of the README. */
export interface RemoteEndpoint {
  url: string;
  transport?: "streamable-http" | "sse";
  source: "server.json" | "readme";
  location: Location;
}

/** One tool as the live probe's tools/list returned it. */
export interface ProbedTool {
  name: string;
  description?: string;
  inputSchema?: unknown;
}

/** One yes/no conformance check of the live probe. */
export interface ProbeCheck {
  name: string;
  passed: boolean;
  detail: string;
}

/** What the opt-in --probe saw when it ran the server (stdio) or called it (http). */
export interface ProbeResult {
  transport: "stdio" | "http";
  /** How the server was started or reached: the command line or the URL. */
  command: string;
  protocolVersion?: string;
  checks: ProbeCheck[];
  tools: ProbedTool[];
  /** RFC 9728 protected-resource metadata per remote origin, when remotes were probed. */
  authMetadata?: { origin: string; ok: boolean; detail: string }[];
}

// issue 3 (package verification): provenance and registry signatures, verified offline (src/facts/attestations.ts).

/** Where a provenance attestation says the package was built. */
export interface ProvenanceSource {
  /** e.g. https://github.com/owner/repo */
  repository?: string;
  /** The workflow file, e.g. .github/workflows/release.yml */
  workflowPath?: string;
  /** e.g. refs/tags/v1.2.3 or refs/heads/main */
  ref?: string;
  /** The git commit the build checked out. */
  commit?: string;
  /** The Fulcio certificate's identity (workflow URI@ref), set once the certificate verified. */
  signerIdentity?: string;
}

/** One attestation from the registry's attestations endpoint, with what offline verification found. */
export interface AttestationCheck {
  predicateType: string;
  /** provenance: SLSA (keyless, Fulcio); publish: npm's publish attestation (signed with the registry's key). */
  kind: "provenance" | "publish" | "other";
  /** ok: the bundle verified against the sigstore trusted root (or the npm key) shipped in @sigstore/tuf. */
  verification: { ok: true } | { ok: false; error: string };
  /** The statement's subject: `pkg:npm/name@version` and its sha512 (hex); for PyPI the file name and its sha256 (hex). */
  subject?: { name: string; sha512?: string; sha256?: string };
  /** PyPI: the release file this attestation is about. */
  file?: string;
  /** PyPI: the file's sha256 (hex) as PyPI lists it, which the subject must equal. */
  expectedSha256?: string;
  /** The tarball's sha512 (hex of dist.integrity) the subject must equal; undefined when dist.integrity is no sha512. */
  expectedSha512?: string;
  /** Why the subject does not name this package version or its tarball; undefined when it does. */
  subjectMismatch?: string;
  /** For a provenance: where it says the package was built. */
  source?: ProvenanceSource;
  /** PyPI: why the signing certificate's repository is not the Trusted Publisher PyPI names; undefined when they agree. */
  publisherMismatch?: string;
}

/** One `dist.signatures` entry checked against the npm registry keys shipped in @sigstore/tuf. */
export interface RegistrySignatureCheck {
  keyid: string;
  verification: { ok: true } | { ok: false; error: string };
}

/** Provenance, publish attestations and registry signatures of the published version. */
export interface AttestationFacts {
  /** Absent means npm. */
  ecosystem?: Ecosystem;
  name: string;
  version: string;
  /** PyPI: the release files read that carry no provenance while others do (a file uploaded outside the trusted workflow). */
  filesWithoutProvenance?: string[];
  /** dist.integrity the signatures and subjects are checked against. */
  integrity?: string;
  /**
   * none: an intact version manifest (one carrying dist.signatures) declares no dist.attestations; fetched: the endpoint
   * served them; not-served: they could not be obtained (a 404 from a mirror that strips them, offline, unreachable: see skipped "attestations").
   */
  status: "none" | "fetched" | "not-served";
  attestations: AttestationCheck[];
  /** Empty when the version manifest carries no dist.signatures (see skipped "registry-signatures"). */
  signatures: RegistrySignatureCheck[];
  /** Published through npm trusted publishing (`_npmUser.trustedPublisher`). */
  trustedPublisher?: string;
  /** The git tag of this version in the scanned checkout and the commit it points to, when both are known. */
  versionTag?: { name: string; commit?: string };
}

// issue 4 (code dimension): one tool, prompt or resource an MCP server registers, as its code declares it.
export interface ToolDescriptor {
  kind: "tool" | "prompt" | "resource";
  name: string;
  description?: string;
  /** A JSON-able summary of the input schema: JSON Schema as written, or the property names and types read from a zod shape. */
  inputSchema?: unknown;
  location: Location;
}

// issue 14 (Python / PyPI): Python manifests, lockfiles and release facts (src/facts/python/).

/** One file of a PyPI release, an sdist or a wheel, as a lockfile or PyPI's JSON API lists it. */
export interface PythonDistribution {
  filename: string;
  url?: string;
  /** Hex sha256, when recorded. */
  sha256?: string;
  /** ISO upload time, when recorded (uv.lock `upload-time`, PyPI `upload_time_iso_8601`). */
  uploadTime?: string;
}

/** One PEP 508 requirement a Python manifest declares, with where it is written. */
export interface PythonRequirement {
  /** PEP 503 normalised name. */
  name: string;
  /** The requirement as written, for messages and evidence. */
  raw: string;
  /** The version specifier ("" when there is none), e.g. ">=0.27,<1". */
  specifier: string;
  extras: string[];
  marker?: string;
  /** A direct reference: `name @ https://…`, `git+https://…`, a local path. */
  url?: string;
  /** Where it is declared: "project.dependencies", "project.optional-dependencies.cli", "dependency-groups.dev", "build-system.requires"… */
  group: string;
  /** runtime: installed for every user; optional: through an extra; dev: development and CI only; build: by the build backend. */
  scope: "runtime" | "optional" | "dev" | "build";
  path: string;
  line?: number;
}

/** Where a manifest says to take a package from instead of the default index (`[tool.uv.sources]`, poetry git/path/url). */
export interface PythonSourceOverride {
  name: string;
  kind: "git" | "url" | "path" | "index" | "workspace";
  value: string;
  /** A git rev, tag or branch, when given. */
  ref?: string;
  path: string;
  line?: number;
}

/** A package index a manifest, requirements file or lockfile names. */
export interface PythonIndex {
  url: string;
  name?: string;
  /** default: replaces PyPI; extra: searched besides the default; explicit: only for packages pinned to it; find-links: a flat page of files. */
  role: "default" | "extra" | "explicit" | "find-links";
  path: string;
  line?: number;
}

export interface PythonManifest {
  path: string;
  /** METADATA: a wheel's core metadata, the manifest of a wheel scanned as the tree (a pypi: target without an sdist). */
  format: "pyproject" | "setup.cfg" | "setup.py" | "Pipfile" | "requirements" | "METADATA";
  name?: string;
  version?: string;
  requirements: PythonRequirement[];
  sources: PythonSourceOverride[];
  indexes: PythonIndex[];
  /** uv's `index-strategy`; `unsafe-best-match` (or pip's own behaviour) lets any index win for any name. */
  indexStrategy?: string;
  buildSystem?: { requires: string[]; backend?: string };
  /** Console and GUI scripts: name → `module:function`. */
  scripts: Record<string, string>;
  /** Other entry-point groups: group → name → object reference. */
  entryPoints: Record<string, Record<string, string>>;
  /** `[project.urls]` and friends: label → URL. */
  urls: Record<string, string>;
  /** PEP 621 `dynamic` fields, left to the build backend. */
  dynamic: string[];
  /** setup.py only: the calls its code makes when it runs at build and install time. */
  setupCalls?: SetupScriptCall[];
}

/** A call setup.py makes while it runs (every `pip install` from source, every sdist build). */
export interface SetupScriptCall {
  /** spawn: a process (subprocess, os.system…); network: a download or connection; exec: exec/eval/compile of non-literal text. */
  kind: "spawn" | "network" | "exec";
  /** The function called, as resolved through the imports: "subprocess.check_call". */
  callee: string;
  line: number;
  evidence: string;
  /** For a spawn: the command's words when they are literals (a string command is one word). */
  command?: string[];
}

export type PythonLockfileKind = "uv" | "poetry" | "pdm" | "pipfile" | "pylock" | "requirements";

export interface PythonLockfile {
  kind: PythonLockfileKind;
  path: string;
  formatVersion?: string;
  packages: LockedPackage[];
  /** The root project's requirements as the lockfile recorded them (uv's requires-dist and requires-dev). */
  rootRequirements?: { name: string; specifier: string; group: string }[];
  indexes: PythonIndex[];
  /** Requirements files a lockfile of kind "requirements" was assembled from. */
  files?: string[];
}

/** One Python project in the tree: its manifests and the lockfile its installs resolve through. */
export interface PythonProject {
  /** The project's folder relative to the scanned root ("" for the root). */
  directory: string;
  manifests: PythonManifest[];
  lockfile?: PythonLockfile;
}

/** What PyPI's JSON API says about one release (`/pypi/<name>/<version>/json`). */
export interface PypiReleaseFact {
  name: string;
  version: string;
  /** PEP 592: set when the release (or every file of it) is yanked. */
  yanked?: { reason?: string };
  files: PythonDistribution[];
}

/** One file of a PyPI release as downloaded and unpacked for package verification. */
export interface PypiArchive {
  filename: string;
  kind: "sdist" | "wheel";
  sha256: string;
  /** Its files (an sdist's top folder removed), digested like a tarball's entries; refused paths and links are kept, marked. */
  entries: PypiArchiveEntry[];
  /** Core metadata: a wheel's .dist-info/METADATA with entry_points.txt, an sdist's PKG-INFO; undefined when it has none. */
  metadata?: PythonManifest;
  /** Files that differ from the source only in what the build backend writes (the version, setup.cfg's [egg_info]). */
  rewritten: { path: string; how: string }[];
  /** Set when the archive could not be unpacked safely (an entry that escapes, a bomb): its files were not compared. */
  refused?: string;
}

export interface PypiArchiveEntry extends TarballEntry {
  /** sha512 of a script's text after its `#!` line, which installers rewrite. */
  bodySha512?: string;
}

export interface PypiSourceFile extends PackedSourceFile {
  bodySha512?: string;
}

/** The Python project in the scanned tree that a PyPI release is compared with. */
export interface PypiSourceProject {
  /** The project's folder relative to the scanned root ("" for the root, or for a pypi: target's unpacked sdist). */
  directory: string;
  /** The manifest whose requirements and entry points the release's metadata must match (pyproject.toml, setup.cfg). */
  manifest?: PythonManifest;
  /** Every file of the project folder, relative to it, to map archive paths onto. */
  allPaths: string[];
  /** Digests of the project files an archive entry can stand for (those sharing a base name with one). */
  files: PypiSourceFile[];
  /** Files (relative to the project) that a declared build hook writes: hatch-vcs version-file, setuptools-scm write_to. */
  generated: string[];
  /** How the project builds native code, when it does (maturin, scikit-build-core, meson-python, setuptools ext_modules). */
  nativeBuild?: string;
  gitTags?: string[];
  gitRemote?: string;
}

/** The PyPI release a tree is verified against: what its JSON API says, and the files read from it. */
export interface PypiPublished {
  name: string;
  version: string;
  /** How it was picked: --package, config `package`, the tree's pyproject.toml, or the pypi: target itself. */
  chosenBy: "--package" | "config" | "pyproject" | "target";
  /** A pypi: target: the scanned tree is the release's own sdist (or wheel), so there is no separate source. */
  sourceIsRelease: boolean;
  /** For a pypi: target, the release file the tree was unpacked from; it is not compared with itself. */
  treeFile?: string;
  /** The JSON API's `info.requires_dist` (the upload's metadata) read as a manifest; undefined when PyPI lists none (null). */
  apiMetadata?: PythonManifest;
  projectUrls: Record<string, string>;
  /** Every file of the release, as the JSON API lists it. */
  files: PythonDistribution[];
  /** The files downloaded and read: the sdist and one wheel, the pure one when there is one. */
  archives: PypiArchive[];
  /** Release files that were not downloaded (more wheels than the scan reads). */
  notRead: string[];
  /** The project compared with; undefined when the tree holds no Python project of that name. */
  source?: PypiSourceProject;
}

/** issue 14: what a PyPI dependency's build code does when pip builds it from its sdist. */
export interface PythonBuildCode {
  sdist: string;
  /** The files read: setup.py, an in-tree build backend (backend-path), a hatch build hook. */
  files: string[];
  calls: (SetupScriptCall & { path: string })[];
}

/** One advisory of an MCP SDK, with the first release that fixes it. */
export interface SdkAdvisory {
  id: string;
  aliases: string[];
  summary: string;
  fixed: string;
}

/** data/mcp-sdk-advisories.json: the advisories that define transport/outdated-sdk, with its source and date. */
export interface SdkAdvisoryTable {
  source: string;
  date: string;
  sdks: { package: string; ecosystem: "npm" | "pypi"; advisories: SdkAdvisory[] }[];
}

export interface ReferenceData {
  /** data/popular-npm.txt and its companions, for supply-chain/typosquat. */
  popularNpm: { names: string[]; establishedScopes: string[]; exceptions: string[] };
  /** data/popular-pypi.txt and data/established-pypi-names.txt (PEP 503 normalised), for supply-chain/typosquat. */
  popularPypi: { names: string[]; exceptions: string[] };
  sdkAdvisories: SdkAdvisoryTable;
  /** data/option-programs.json, for code/argument-injection. */
  optionPrograms: OptionProgramTable;
}

/** What an option does when a value the program reads as an option turns it on. */
export type OptionEffect = "execute" | "write" | "read" | "redirect";

export interface ProgramOption {
  option: string;
  effect: OptionEffect;
  /** What it does, in a few words: "runs the given program in place of git-upload-pack". */
  what: string;
}

/** A program that reads any argv element starting with `-` as an option (data/option-programs.json). */
export interface OptionProgram {
  name: string;
  aliases: string[];
  /** False: option parsing stops at the first operand (BSD getopt), so later elements are never options. */
  permutes: boolean;
  /** Elements that end option parsing (`--`, git's `--end-of-options`). */
  endOfOptions: string[];
  /** Options of the program after any subcommand. */
  options: ProgramOption[];
  /** Options only a subcommand has (`git clone --upload-pack`). */
  subcommands: Record<string, ProgramOption[]>;
}

export interface OptionProgramTable {
  source: string;
  date: string;
  programs: OptionProgram[];
}

export interface Snapshot {
  target: TargetInfo;
  manifest?: Manifest;
  files: SourceFile[];
  lockfile?: Lockfile;
  /** Every resolved package in the tree (not the root). */
  dependencies: Dependency[];
  dependencyOrigin: "lockfile" | "resolved-now" | "none";
  workflows: WorkflowFile[];
  /** Packuments by package name, for the names that could be fetched. */
  packuments: Record<string, PackumentFact>;
  /** Undefined when advisories could not be fetched (see skipped). */
  advisories?: Advisory[];
  /** server.json (MCP registry format) when the tree has one. */
  serverJson?: JsonFile;
  // ---- code / transport / remote-endpoint facts (issue 4) go here
  /** The MCP surface: tools, prompts and resources the server's code registers (code dimension). */
  tools: ToolDescriptor[];
  /** What the code analysis (src/analysis/) read from the runtime modules, once per scan (code and transport rules). */
  code: CodeFacts;
  /** Remote endpoints from server.json and the README (transport / remote-endpoint, issue 4). */
  remotes?: RemoteEndpoint[];
  /** Set when --probe ran; see skipped "probe" when it was asked for and could not run. */
  probe?: ProbeResult;
  // ---- package-verification facts (issue 3) go here
  /** The published package: set when it was fetched; see skipped "published" otherwise. */
  published?: PublishedPackage;
  /** Set when the package's version is not on the registry (not-published). */
  unpublished?: { name: string; version: string; chosenBy: PublishedPackage["chosenBy"] | PypiPublished["chosenBy"]; ecosystem?: Ecosystem };
  /** What npm would pack from the source tree; undefined for an npm: target or a tree that is no package. */
  packedSource?: PackedSource;
  /** Set when --rebuild ran. */
  rebuild?: RebuildResult;
  /** --package as given on the command line. */
  packageSpec?: string;
  /** Provenance, publish attestations and registry signatures of the published version (see skipped "attestations", "registry-signatures"). */
  attestations?: AttestationFacts;
  /** Source files the code analysis could not read in full (issue 12): too deeply nested, or too large. */
  unanalysed?: UnanalysedFile[];
  /** Dated reference data shipped in data/ (popular names, the SDK advisory table), read by facts/reference-data.ts. */
  reference: ReferenceData;
  // ---- Python facts (issue 14) go here
  /** Python projects of the tree (pyproject.toml, setup.py/setup.cfg, requirements files, Python lockfiles). */
  python?: PythonProject[];
  /** PyPI releases of the locked PyPI dependencies, keyed `name@version` (see skipped "pypi-releases"). */
  pypiReleases?: Record<string, PypiReleaseFact>;
  /** The PyPI release this tree is verified against (package verification), when one was chosen; see skipped "published". */
  pypiCandidate?: { name: string; version?: string; chosenBy: PypiPublished["chosenBy"] };
  /** The PyPI release as downloaded and read; undefined when it was not fetched (see skipped "published") or is not published. */
  pypiPublished?: PypiPublished;
  /** The build code (setup.py, in-tree backends, build hooks) of PyPI dependencies that build from source, read from their sdists. */
  pythonBuildCode?: Record<string, PythonBuildCode>;
  config: Config;
  /** Facts that could not be gathered; the rules that need them are reported skipped. */
  skipped: Skipped[];
  now: Date;
}

/** A JS/TS or Python file the analysis did not parse in full, and why. */
export interface UnanalysedFile {
  path: string;
  /** too-deep: past the nesting bound of analysis/parse-guard.ts; too-large: past the analysis size limit. */
  reason: "too-deep" | "too-large";
  /** The one-line account shown in the skipped list. */
  detail: string;
  line?: number;
  /** True for code that runs as part of the server (not tests or examples). */
  runtime: boolean;
  /** too-large: shell or eval calls with a non-literal argument in the part that could not be analysed. */
  unfollowed?: { kind: "shell" | "eval"; call: string; line: number }[];
}

/** Names of facts a rule can declare it needs; a skipped fact skips the rule. */
export type FactName =
  | "lockfile"
  | "packuments"
  | "advisories"
  | "dependencies"
  | "published"
  | "probe"
  | "attestations"
  | "registry-signatures"
  | "pypi-releases"
  | "pypi-sdists"
  | "advisories (PyPI)";

// ---------------------------------------------------------------- config

export interface IgnoreEntry {
  rule: string;
  package?: string;
  path?: string;
  reason: string;
  until?: string;
}

export interface Config {
  failUnder?: number;
  failOn?: Severity | "none";
  /** When the pull request comment is posted (src/github/comment-policy.ts); default on-change. */
  comment?: "on-change" | "always" | "on-failure" | "never";
  package?: string;
  serverJson: string;
  allowInstallScripts: string[];
  /** Registry hosts besides the public npm registry that resolved URLs may point to (a private mirror). */
  allowedRegistries: string[];
  ignore: IgnoreEntry[];
  pathsIgnore: string[];
  /** Where the config came from, for messages. */
  source?: string;
}

// ---------------------------------------------------------------- rules

export interface Rule {
  id: string;
  dimension: Dimension;
  severity: Severity;
  title: string;
  rationale: string;
  remediation: string;
  /** The package ecosystems the rule judges (supply chain, package verification); the catalogue shows them. */
  ecosystems?: readonly Ecosystem[];
  /** Facts the rule cannot judge without; when one is skipped, so is the rule. A function when it depends on the tree. */
  needs?: FactName[] | ((snapshot: Snapshot) => FactName[]);
  /**
   * Facts the rule needs for part of the tree only (PyPI advisories in a repository that also has npm ones): when one
   * is skipped the rule still runs on the rest, and its dimension is reported partial rather than checked.
   */
  partialWithout?: FactName[] | ((snapshot: Snapshot) => FactName[]);
  check(snapshot: Snapshot): Draft[];
}

// ---------------------------------------------------------------- report

export type DimensionStatus = "checked" | "partial" | "skipped" | "not-applicable" | "not-checked";

export interface DimensionResult {
  score: number | null;
  status: DimensionStatus;
  /** Findings counted against this dimension (ignored ones excluded). */
  findings: number;
}

export interface DependencySummary {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  direct: boolean;
  dev: boolean;
  source: PackageSource;
  origin: "lockfile" | "resolved-now";
  /** Rule ids (without the dimension prefix) that flagged this package. */
  flags: string[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  ruleset: number;
  target: TargetInfo;
  score: number | null;
  grade: Grade | null;
  dimensions: Record<Dimension, DimensionResult>;
  findings: Finding[];
  dependencies: DependencySummary[];
  dependencyOrigin: "lockfile" | "resolved-now" | "none";
  skipped: Skipped[];
  /** Set (true) when the score rests on a partial scan: see `skipped`; shown next to the grade everywhere. */
  partial?: true;
  durationMs: number;
  /** How the findings' fingerprints were computed (src/fingerprint.ts); absent in reports written before version 2. */
  fingerprintVersion?: number;
  // ---- report sections of later dimensions (tools: issue 4, verification: issue 3) go here
  /** The MCP surface found in the code, so a diff can spot a changed description or schema (issue 4). */
  tools?: ToolDescriptor[];
  /** Which rung of the package-verification ladder was reached (issue 3). */
  verification?: VerificationSummary;
}

export interface DependencyChange {
  ecosystem: Ecosystem;
  name: string;
  change: "added" | "removed" | "changed";
  from?: string;
  to?: string;
  flags: string[];
  /** The root package depends on it directly (in head, or in base for a removed one). */
  direct?: boolean;
  /** Only a dev dependency. */
  dev?: boolean;
}

/** A tool, prompt or resource in both base and head whose description or input schema changed (the rug-pull signal). */
export interface ToolChange {
  kind: ToolDescriptor["kind"];
  name: string;
  location: Location;
  description?: { before: string; after: string };
  /** Canonical JSON (keys sorted) before and after. */
  inputSchema?: { before: string; after: string };
}

export interface Delta {
  base: { target: TargetInfo; score: number | null; grade: Grade | null; partial?: true };
  head: { target: TargetInfo; score: number | null; grade: Grade | null; partial?: true };
  scoreChange: number | null;
  dimensions: Record<Dimension, { base: number | null; head: number | null; change: number | null }>;
  newFindings: Finding[];
  resolvedFindings: Finding[];
  /** Findings of the head paired with one of the base (by fingerprint, then by similarity). */
  unchangedFindings: number;
  dependencies: DependencyChange[];
  /** Full before and after of every changed tool description or schema (its finding is among newFindings). */
  toolChanges: ToolChange[];
  fingerprintVersion?: number;
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
