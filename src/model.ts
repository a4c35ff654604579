/** The shared vocabulary of the pipeline: dimensions, findings, the Snapshot rules read, and the Report. */

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
}

export interface Skipped {
  check: string;
  reason: string;
}

// ---------------------------------------------------------------- facts

export type TargetKind = "directory" | "npm" | "github";

export interface TargetInfo {
  kind: TargetKind;
  /** What the user typed, or a display label for the tree. */
  label: string;
  /** For npm targets: the resolved package name and version. */
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
  // ---- package-verification facts (issue 3) go here
  config: Config;
  /** Facts that could not be gathered; the rules that need them are reported skipped. */
  skipped: Skipped[];
  now: Date;
}

/** Names of facts a rule can declare it needs; a skipped fact skips the rule. */
export type FactName = "lockfile" | "packuments" | "advisories" | "dependencies";

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
  /** Facts the rule cannot judge without; when one is skipped, so is the rule. A function when it depends on the tree. */
  needs?: FactName[] | ((snapshot: Snapshot) => FactName[]);
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
  durationMs: number;
  // ---- report sections of later dimensions (tools: issue 4, verification: issue 3) go here
}

export interface DependencyChange {
  name: string;
  change: "added" | "removed" | "changed";
  from?: string;
  to?: string;
  flags: string[];
}

export interface Delta {
  base: { target: TargetInfo; score: number | null; grade: Grade | null };
  head: { target: TargetInfo; score: number | null; grade: Grade | null };
  scoreChange: number | null;
  dimensions: Record<Dimension, { base: number | null; head: number | null; change: number | null }>;
  newFindings: Finding[];
  resolvedFindings: Finding[];
  unchangedFindings: number;
  dependencies: DependencyChange[];
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
