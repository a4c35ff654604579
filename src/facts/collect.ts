/** Reads a source tree into a Snapshot: local facts first, then registry facts through injected clients. */
import { UnavailableError } from "../errors.js";
import type { Advisory, Config, Dependency, JsonFile, LockedPackage, PackumentFact, ProbeResult, PypiReleaseFact, Skipped, Snapshot, TargetInfo } from "../model.js";
import { directoryTree } from "../sources/directory-tree.js";
import type { SourceTree } from "../sources/source-tree.js";
import { readSourceFiles } from "./files.js";
import { findUnanalysable } from "./unanalysable.js";
import { readLockfile } from "./lockfile/index.js";
import { readJsonFile, readManifest } from "./manifest.js";
import { analyzeCode } from "../analysis/index.js";
import { readReferenceData } from "./reference-data.js";
import { readWorkflows } from "./workflows.js";
import { collectRemotes } from "./remotes.js";
import type { ProbeInput } from "./probe.js";
import { collectPublished, publishedSnapshotFields } from "./published.js";
import type { PublishedClient } from "./published-client.js";
import { collectPublishedAttestations, type AttestationClient } from "./attestations.js";
import { readPythonProjects } from "./python/project.js";
import type { PypiClient } from "./python/pypi-client.js";
import type { OsvClient } from "./osv.js";
import { mergeAdvisories } from "./advisory-merge.js";

export interface PackumentBatch {
  packuments: Record<string, PackumentFact>;
  notFound: string[];
  unavailable?: string;
}

/** The network side of a scan; tests pass nock-backed or in-memory ones. */
export interface ScanClients {
  packuments(names: string[], onProgress?: (done: number, total: number) => void): Promise<PackumentBatch>;
  advisories(versions: Record<string, string[]>): Promise<Advisory[]>;
  idealTree(dir: string): Promise<LockedPackage[]>;
  /** The published package's packument and tarball (package verification). */
  published?: PublishedClient;
  /** The opt-in live probe (issue 4): runs the server or calls its URL; throws UnavailableError when it cannot. */
  probe?: (input: ProbeInput) => Promise<ProbeResult>;
  /** The registry's attestations endpoint (provenance and publish attestations). */
  attestations?: AttestationClient;
  /** PyPI's JSON and Integrity APIs (issue 14): yanked releases, upload times, published files, PEP 740 provenance. */
  pypi?: PypiClient;
  /** OSV's batch API (issue 14): advisories for npm and PyPI versions, merged with the npm bulk endpoint's. */
  osv?: OsvClient;
}

export interface CollectOptions {
  root: string;
  /** The tree's safe reader; a plain directory reader over `root` when not given. */
  tree?: SourceTree;
  target: TargetInfo;
  config: Config;
  clients: ScanClients;
  offline?: boolean;
  now?: Date;
  progress?: (message: string) => void;
  /** --package: the published package this tree is verified against. */
  packageSpec?: string;
  /** --rebuild: run the declared build in a scratch copy and compare the pack byte for byte. */
  rebuild?: boolean;
  /** --probe: start the server (or call `url`) and check its MCP conformance. */
  probe?: { url?: string };
  /** server.json as the MCP registry lists it (the catalog): judged instead of the tree's own. */
  serverJson?: JsonFile;
}

export async function collectFacts(options: CollectOptions): Promise<Snapshot> {
  const { root, target, config, clients } = options;
  const skipped: Skipped[] = [];
  const tree = options.tree ?? directoryTree(root, target, async () => {});
  const sourceRead = readSourceFiles(tree, config.pathsIgnore);
  const files = sourceRead.files;
  skipped.push(...sourceRead.skipped);
  const unanalysed = [...sourceRead.unanalysed, ...findUnanalysable(files)];
  skipped.push(...unanalysed.filter((u) => u.reason === "too-deep").map((u) => ({ check: `file ${u.path}`, reason: u.detail, dimension: "code" as const })));
  const manifest = readManifest(tree);
  const lockfile = readLockfile(tree, manifest?.data);
  const workflowRead = readWorkflows(files);
  skipped.push(...workflowRead.skipped);
  const serverJson = options.serverJson ?? readJsonFile(tree, config.serverJson);
  const python = readPythonProjects(root, tree.list().files);

  let dependencies: Dependency[] = [];
  let dependencyOrigin: Snapshot["dependencyOrigin"] = "none";
  if (lockfile) {
    dependencies = dedupe(lockfile.packages).map((p) => ({ ...p, origin: "lockfile" as const }));
    dependencyOrigin = "lockfile";
  } else if (manifest && declaresRuntimeDependencies(manifest.data)) {
    if (options.offline) {
      skipped.push({ check: "dependencies", reason: "no lockfile, and --offline prevents resolving the dependency tree" });
    } else {
      options.progress?.("resolving the dependency tree from the registry");
      try {
        dependencies = dedupe(await clients.idealTree(root)).map((p) => ({ ...p, origin: "resolved-now" as const }));
        dependencyOrigin = "resolved-now";
      } catch (error) {
        if (!(error instanceof UnavailableError)) throw error;
        skipped.push({ check: "dependencies", reason: `could not resolve the dependency tree: ${error.message}` });
      }
    }
  }

  const pythonDependencies = dedupe(python.flatMap((p) => p.lockfile?.packages ?? [])).map((p) => ({ ...p, origin: "lockfile" as const }));
  if (pythonDependencies.length > 0) {
    dependencies = [...dependencies, ...pythonDependencies];
    if (dependencyOrigin === "none") dependencyOrigin = "lockfile";
  }

  // A published Python package ships no lockfile, and PyPI has no resolver to ask for the tree an install would get.
  if (target.kind === "pypi" && pythonDependencies.length === 0 && python.some((p) => p.manifests.some((m) => m.requirements.some((r) => r.scope === "runtime")))) {
    skipped.push({ check: "dependencies", reason: "a PyPI release ships no lockfile and PyPI offers no resolver, so its dependency tree was not resolved; its declared requirements are judged" });
  }

  const registryDependencies = dependencies.filter((d) => d.source === "registry" && d.ecosystem === "npm");
  const pypiRegistryDependencies = dependencies.filter((d) => d.source === "registry" && d.ecosystem === "pypi" && d.version !== "");
  const names = [...new Set(registryDependencies.map((d) => d.name))].sort();
  let packuments: Record<string, PackumentFact> = {};
  if (names.length > 0) {
    options.progress?.(`fetching ${names.length} packuments`);
    const batch = await clients.packuments(names, (done, total) =>
      options.progress?.(`fetching packuments ${done}/${total}`),
    );
    packuments = batch.packuments;
    if (batch.unavailable) {
      const fetched = Object.keys(packuments).length;
      skipped.push({
        check: fetched === 0 ? "packuments" : "packuments (partial)",
        reason: fetched === 0 ? batch.unavailable : `${names.length - fetched} of ${names.length}: ${batch.unavailable}`,
      });
    }
  }

  const advisoryFacts = await collectAdvisories(options, registryDependencies, pypiRegistryDependencies);
  skipped.push(...advisoryFacts.skipped);
  const advisories = advisoryFacts.advisories;

  let pypiReleases: Record<string, PypiReleaseFact> | undefined;
  if (pypiRegistryDependencies.length > 0) {
    if (options.offline) skipped.push({ check: "pypi-releases", reason: "--offline: PyPI was not consulted" });
    else if (!clients.pypi) skipped.push({ check: "pypi-releases", reason: "no PyPI client" });
    else {
      options.progress?.(`fetching ${pypiRegistryDependencies.length} PyPI releases`);
      const batch = await clients.pypi.releases(pypiRegistryDependencies.map((d) => ({ name: d.name, version: d.version })));
      pypiReleases = batch.releases;
      if (batch.unavailable) skipped.push({ check: "pypi-releases", reason: batch.unavailable });
    }
  }

  // ---- issue 3 and issue 4 fact collectors are called here, each adding its own Snapshot fields
  options.progress?.(`analysing the code (${files.length} files)`);
  const code = analyzeCode(files);
  skipped.push(...code.skipped);
  const tools = [...code.tools];
  const remotes = collectRemotes(serverJson, files);
  let probe: ProbeResult | undefined;
  if (options.probe) {
    if (!clients.probe) skipped.push({ check: "probe", reason: "no probe client" });
    else {
      options.progress?.("probing the running server");
      try {
        probe = await clients.probe({ root, ...(manifest ? { manifest } : {}), ...(serverJson ? { serverJson } : {}), remotes, ...(options.probe.url ? { url: options.probe.url } : {}) });
        // Tools the running server lists but the code reading missed feed the code rules (tool-poisoning) too.
        const known = new Set(tools.map((t) => t.name));
        const where = manifest?.path ?? serverJson?.path ?? "(live probe)";
        for (const tool of probe.tools) if (!known.has(tool.name)) tools.push({ kind: "tool", name: tool.name, ...(tool.description !== undefined ? { description: tool.description } : {}), ...(tool.inputSchema !== undefined ? { inputSchema: tool.inputSchema } : {}), location: { path: where } });
      } catch (error) {
        if (!(error instanceof UnavailableError)) throw error;
        skipped.push({ check: "probe", reason: error.message });
      }
    }
  }
  const publishedFacts = await collectPublished({
    root,
    tree,
    target,
    config,
    ...(manifest ? { manifest } : {}),
    ...(options.packageSpec ? { packageSpec: options.packageSpec } : {}),
    ...(clients.published ? { client: clients.published } : {}),
    ...(options.rebuild ? { rebuild: true } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  });
  skipped.push(...publishedFacts.skipped);
  const attestationFacts = await collectPublishedAttestations({
    ...(publishedFacts.published ? { published: publishedFacts.published } : {}),
    ...(publishedFacts.registryEntry ? { registryEntry: publishedFacts.registryEntry } : {}),
    ...(publishedFacts.publishedAt ? { publishedAt: publishedFacts.publishedAt } : {}),
    ...(clients.attestations ? { client: clients.attestations } : {}),
    ...(options.offline ? { offline: true } : {}),
    ...(publishedFacts.packedSource?.gitTags ? { gitTags: publishedFacts.packedSource.gitTags, root } : {}),
  });
  skipped.push(...(attestationFacts.skipped ?? []));
  return {
    target,
    ...(manifest ? { manifest } : {}),
    files,
    tools,
    code,
    remotes,
    ...(probe ? { probe } : {}),
    ...(lockfile ? { lockfile } : {}),
    dependencies,
    dependencyOrigin,
    workflows: workflowRead.workflows,
    ...(serverJson ? { serverJson } : {}),
    packuments,
    ...(advisories ? { advisories } : {}),
    ...publishedSnapshotFields(publishedFacts, options.packageSpec),
    ...(attestationFacts.attestations ? { attestations: attestationFacts.attestations } : {}),
    ...(unanalysed.length ? { unanalysed } : {}),
    ...(python.length > 0 ? { python } : {}),
    ...(pypiReleases ? { pypiReleases } : {}),
    reference: readReferenceData(),
    config,
    skipped,
    now: options.now ?? new Date(),
  };
}

function declaresRuntimeDependencies(data: { dependencies?: unknown; optionalDependencies?: unknown }): boolean {
  const count = (v: unknown): number => (v && typeof v === "object" ? Object.keys(v).length : 0);
  return count(data.dependencies) + count(data.optionalDependencies) > 0;
}

/** One entry per name@version@resolved: nested copies in a lockfile are the same package to the rules. */
export function dedupe(packages: readonly LockedPackage[]): LockedPackage[] {
  const byKey = new Map<string, LockedPackage>();
  for (const p of packages) {
    const key = `${p.ecosystem}:${p.name}@${p.version}@${p.resolved ?? ""}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...p });
      continue;
    }
    if (p.direct) seen.direct = true;
    if (!p.dev) delete seen.dev;
    if (!p.optional) delete seen.optional;
    if (p.hasInstallScript) seen.hasInstallScript = true;
  }
  return [...byKey.values()];
}

/**
 * Advisories from the npm registry's bulk endpoint (npm packages) and OSV (npm and PyPI), merged to one per id.
 * Either source alone covers npm (both carry the GitHub advisories and malware records); only OSV covers PyPI.
 */
async function collectAdvisories(options: CollectOptions, npm: readonly Dependency[], pypi: readonly Dependency[]): Promise<{ advisories?: Advisory[]; skipped: Skipped[] }> {
  const { clients } = options;
  if (npm.length === 0 && pypi.length === 0) return { advisories: [], skipped: [] };
  if (options.offline) return { skipped: [{ check: "advisories", reason: "--offline: the advisory database was not consulted" }] };
  const skipped: Skipped[] = [];
  let fromNpm: Advisory[] | undefined;
  let npmFailure: string | undefined;
  if (npm.length > 0) {
    options.progress?.(`checking ${npm.length} packages for advisories`);
    try {
      fromNpm = await clients.advisories(versionsByName(npm));
    } catch (error) {
      if (!(error instanceof UnavailableError)) throw error;
      npmFailure = error.message;
    }
  }
  let fromOsv: Advisory[] | undefined;
  let osvFailure: string | undefined;
  if (!clients.osv) osvFailure = "no OSV client";
  else {
    try {
      fromOsv = await clients.osv.advisories([...npm, ...pypi].map((d) => ({ ecosystem: d.ecosystem, name: d.name, version: d.version })));
    } catch (error) {
      if (!(error instanceof UnavailableError)) throw error;
      osvFailure = `OSV: ${error.message}`;
    }
  }
  const npmCovered = npm.length === 0 || fromNpm !== undefined || fromOsv !== undefined;
  const pypiCovered = pypi.length === 0 || fromOsv !== undefined;
  if (!npmCovered && !pypiCovered) return { skipped: [{ check: "advisories", reason: [npmFailure, osvFailure].filter(Boolean).join("; ") }] };
  if (!npmCovered) skipped.push({ check: "advisories", reason: npmFailure ?? "unavailable" });
  else if (!pypiCovered) skipped.push({ check: npm.length > 0 ? "advisories (PyPI)" : "advisories", reason: osvFailure ?? "unavailable" });
  // One source down while the other covers the packages is noted, not a gap: both carry the same GitHub advisories for npm.
  if (npm.length > 0 && npmFailure && fromOsv) skipped.push({ check: "advisories (npm registry)", reason: `${npmFailure}; OSV covered npm` });
  if (npm.length > 0 && fromNpm && osvFailure && clients.osv) skipped.push({ check: "advisories (OSV, npm)", reason: `${osvFailure}; the npm registry covered npm` });
  return { advisories: mergeAdvisories(fromNpm ?? [], fromOsv ?? []), skipped };
}

function versionsByName(dependencies: readonly Dependency[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of dependencies) (out[d.name] ??= []).includes(d.version) || out[d.name]!.push(d.version);
  return out;
}
