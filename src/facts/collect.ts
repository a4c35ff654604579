/** Reads a source tree into a Snapshot: local facts first, then registry facts through injected clients. */
import { UnavailableError } from "../errors.js";
import type { Advisory, Config, Dependency, JsonFile, LockedPackage, PackumentFact, ProbeResult, Skipped, Snapshot, TargetInfo } from "../model.js";
import { listTree, readSourceFiles } from "./files.js";
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
}

export interface CollectOptions {
  root: string;
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
  const paths = listTree(root);
  const files = readSourceFiles(root, paths, config.pathsIgnore);
  const manifest = readManifest(root);
  const lockfile = readLockfile(root, manifest?.data);
  const workflowRead = readWorkflows(files);
  skipped.push(...workflowRead.skipped);
  const serverJson = options.serverJson ?? readJsonFile(root, config.serverJson);

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

  const registryDependencies = dependencies.filter((d) => d.source === "registry");
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

  let advisories: Advisory[] | undefined;
  if (registryDependencies.length > 0) {
    if (options.offline) {
      skipped.push({ check: "advisories", reason: "--offline: the advisory database was not consulted" });
    } else {
      options.progress?.(`checking ${registryDependencies.length} packages for advisories`);
      try {
        advisories = await clients.advisories(versionsByName(registryDependencies));
      } catch (error) {
        if (!(error instanceof UnavailableError)) throw error;
        skipped.push({ check: "advisories", reason: error.message });
      }
    }
  } else {
    advisories = [];
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
    const key = `${p.name}@${p.version}@${p.resolved ?? ""}`;
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

function versionsByName(dependencies: readonly Dependency[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of dependencies) (out[d.name] ??= []).includes(d.version) || out[d.name]!.push(d.version);
  return out;
}
