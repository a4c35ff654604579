/** scan(target) → Report: the one pipeline every surface (CLI, Action, App) calls. */
import { loadConfig } from "./config.js";
import { UserError } from "./errors.js";
import { environmentSecrets, redactDeep } from "./redact.js";
import { FINGERPRINT_VERSION } from "./fingerprint.js";
import { checkOutput } from "./output-check.js";
import { collectFacts, type ScanClients } from "./facts/collect.js";
import { createAdvisoryClient } from "./facts/advisories.js";
import { runProbe } from "./facts/probe.js";
import { createAttestationClient } from "./facts/attestations.js";
import { resolveIdealTree } from "./facts/ideal-tree.js";
import { createRegistryClient, defaultRegistry } from "./facts/registry.js";
import { createPublishedClient } from "./facts/published-client.js";
import { createOsvClient } from "./facts/osv.js";
import { createPypiClient } from "./facts/python/pypi-client.js";
import { defaultCacheDir } from "./facts/registry-cache.js";
import { DIMENSIONS, type Dimension, type DependencySummary, type Finding, type JsonFile, type Report, type Snapshot } from "./model.js";
import { DIMENSION_DEFINITIONS, RULES } from "./rules/index.js";
import { runRules } from "./rules/engine.js";
import { isVerifiablePackage } from "./rules/package-verification/index.js";
import { verificationSummary } from "./rules/package-verification/verification.js";
import { RULESET, scoreCard } from "./score.js";
import { openSource } from "./sources/open.js";
import type { SourceTree } from "./sources/source-tree.js";
import { TOOL } from "./version.js";

export interface ScanOptions {
  /** A directory, or `npm:<spec>`. */
  target: string;
  offline?: boolean;
  /** Explicit config file; otherwise .github/mcp-trust.yml or .mcp-trust.yml in the tree. */
  configPath?: string;
  cacheDir?: string;
  registry?: string;
  /** Network clients; tests inject nock-backed or in-memory ones. */
  clients?: Partial<ScanClients>;
  now?: Date;
  progress?: (message: string) => void;
  /** --package: the published package (npm:name@version) this tree is verified against. */
  packageSpec?: string;
  /** --rebuild: run the package's declared build in a scratch copy and compare its pack with the published tarball. */
  rebuild?: boolean;
  /** --probe: start the server over stdio (or call `url`) and check its MCP conformance; it runs the server's code. */
  probe?: { url?: string };
  /** server.json as the MCP registry lists it (the catalog): judged instead of the tree's own. */
  serverJson?: JsonFile;
}

export function defaultClients(options: Pick<ScanOptions, "offline" | "cacheDir" | "registry">): ScanClients {
  const registry = options.registry ?? defaultRegistry();
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const registryClient = createRegistryClient({ registry, cacheDir, ...(options.offline ? { offline: true } : {}) });
  const advisoryClient = createAdvisoryClient({ registry });
  return {
    probe: (input) => runProbe(input),
    packuments: (names, onProgress) => registryClient.fetchPackuments(names, onProgress),
    advisories: (versions) => advisoryClient.bulk(versions),
    idealTree: (dir) => resolveIdealTree(dir, { registry, cacheDir, ...(options.offline ? { offline: true } : {}) }),
    published: createPublishedClient({ registry, cacheDir, ...(options.offline ? { offline: true } : {}) }),
    attestations: createAttestationClient({ registry }),
    pypi: createPypiClient(),
    osv: createOsvClient(),
  };
}

export async function scan(options: ScanOptions): Promise<Report> {
  const started = Date.now();
  const tree = await openSource(options.target, {
    ...(options.registry ? { registry: options.registry } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.offline ? { offline: true } : {}),
    ...(options.clients?.pypi ? { pypi: options.clients.pypi } : {}),
  });
  try {
    return await scanTree(tree, options, started);
  } finally {
    await tree.close();
  }
}

/** Scans an already opened tree; the GitHub source and the Action's base checkout come in here. */
export async function scanTree(tree: SourceTree, options: Omit<ScanOptions, "target">, started = Date.now()): Promise<Report> {
  assertSomethingToScan(tree);
  const config = loadConfig(tree, options.configPath);
  const defaults = defaultClients(options);
  // Injected clients mean the caller (a test) controls the network: the optional network clients
  // (published package, attestations) are then not defaulted to the real registry.
  const clients: ScanClients = options.clients
    ? { packuments: defaults.packuments, advisories: defaults.advisories, idealTree: defaults.idealTree, ...(defaults.probe ? { probe: defaults.probe } : {}), ...options.clients }
    : defaults;
  const snapshot = await collectFacts({
    root: tree.root,
    tree,
    target: tree.target,
    config,
    clients,
    ...(options.offline ? { offline: true } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.packageSpec ? { packageSpec: options.packageSpec } : {}),
    ...(options.rebuild ? { rebuild: true } : {}),
    ...(options.probe ? { probe: options.probe } : {}),
    ...(options.serverJson ? { serverJson: options.serverJson } : {}),
  });
  options.progress?.(`running ${RULES.length} rules`);
  return buildReport(snapshot, Date.now() - started);
}

/** An empty or unreadable tree is an input error, never a 100/A. */
function assertSomethingToScan(tree: SourceTree): void {
  const listing = tree.list();
  if (listing.files.length > 0) return;
  const why = listing.leftOut[0] ? `: ${listing.leftOut[0].path} ${listing.leftOut[0].reason}${listing.leftOut.length > 1 ? ` (and ${listing.leftOut.length - 1} more left out)` : ""}` : "";
  throw new UserError(`nothing to scan: no readable files in the tree${why}`, { file: tree.target.label });
}

/** `judged`: when set, only these dimensions are judged and the others reported skipped (a catalog's remote-only server). */
export function buildReport(snapshot: Snapshot, durationMs: number, judged?: readonly Dimension[]): Report {
  const run = runRules(RULES, DIMENSION_DEFINITIONS, snapshot);
  if (judged) {
    run.findings = run.findings.filter((f) => judged.includes(f.dimension));
    for (const dimension of DIMENSIONS) if (!judged.includes(dimension)) run.statuses[dimension] = "skipped";
  }
  const card = scoreCard(run.findings, run.statuses);
  const report: Report = {
    schemaVersion: 1,
    tool: { ...TOOL },
    ruleset: RULESET,
    target: snapshot.target,
    score: card.score,
    grade: card.grade,
    dimensions: card.dimensions,
    findings: run.findings,
    dependencies: summariseDependencies(snapshot, run.findings),
    dependencyOrigin: snapshot.dependencyOrigin,
    skipped: run.skipped,
    ...(run.partial ? { partial: true as const } : {}),
    durationMs,
    fingerprintVersion: FINGERPRINT_VERSION,
    verification: verificationSummary(snapshot, run.findings, isVerifiablePackage(snapshot)),
    tools: snapshot.tools,
  };
  // Tokens found in the tree, registry credentials in URLs and the environment's secrets never leave in a report.
  const redacted = redactDeep(report, environmentSecrets());
  checkOutput("report", redacted);
  return redacted;
}

function summariseDependencies(snapshot: Snapshot, findings: readonly Finding[]): DependencySummary[] {
  const flags = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.package || f.ignored) continue;
    const key = `${f.package.name}@${f.package.version ?? ""}`;
    const set = flags.get(key) ?? new Set<string>();
    set.add(f.ruleId.slice(f.ruleId.indexOf("/") + 1));
    flags.set(key, set);
  }
  return snapshot.dependencies
    .map((d) => ({
      ecosystem: d.ecosystem,
      name: d.name,
      version: d.version,
      direct: d.direct === true,
      dev: d.dev === true,
      source: d.source,
      origin: d.origin,
      flags: [...new Set([...(flags.get(`${d.name}@${d.version}`) ?? []), ...(flags.get(`${d.name}@`) ?? [])])].sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}
