/**
 * Scans one catalog entry (in a worker process): its npm package with the registry's server.json beside it, or, for a
 * server with only remotes, its server.json alone under the remote-endpoint rules (no probe). Packages of a kind
 * mcp-trust does not read (OCI images, NuGet, MCPB...) are listed as not checked, with why.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultConfig } from "../config.js";
import type { JsonFile, Report } from "../model.js";
import { collectFacts } from "../facts/collect.js";
import { buildReport, scan } from "../scan.js";
import { scanOptionsOf, type PortableScanOptions } from "../queue/scan-handler.js";
import type { CatalogEntry, ServerPackage } from "./entry.js";

export type Ecosystem = "npm" | "pypi";

export interface EntryJob {
  entry: CatalogEntry;
  options: PortableScanOptions;
}

export interface NotChecked {
  package: string;
  reason: string;
}

export interface EntryResult {
  status: "scanned" | "not-checked";
  /** What was read: a package of this ecosystem, or the remote endpoints alone. */
  ecosystem?: Ecosystem | "remote";
  /** The scanned package spec (npm:name@version). */
  package?: string;
  notChecked: NotChecked[];
  report?: Report;
}

/** Package registries mcp-trust scans. */
export const SCANNED_ECOSYSTEMS: readonly Ecosystem[] = ["npm", "pypi"];

const REGISTRY_HOSTS: Record<Ecosystem, ReadonlySet<string>> = {
  npm: new Set(["registry.npmjs.org", "registry.npmjs.com", "registry.yarnpkg.com"]),
  pypi: new Set(["pypi.org", "pypi.python.org", "files.pythonhosted.org"]),
};
const REGISTRY_NAME: Record<Ecosystem, string> = { npm: "the npm registry", pypi: "PyPI" };

const NOT_READ: Record<string, string> = {
  oci: "an OCI container image: mcp-trust reads npm and PyPI packages, not images",
  nuget: "a NuGet package: mcp-trust does not read .NET packages yet",
  cargo: "a Cargo crate: mcp-trust does not read Rust crates yet",
  mcpb: "an MCP bundle (.mcpb) download: mcp-trust does not read bundles yet",
};

export interface EntryPlan {
  /** The package to scan, when there is one mcp-trust reads. */
  scan?: { ecosystem: Ecosystem; spec: string; label: string };
  notChecked: NotChecked[];
}

/** Which package of a server is scanned and which are not, and why (pure). */
export function planEntry(entry: CatalogEntry, scanned: readonly Ecosystem[] = SCANNED_ECOSYSTEMS): EntryPlan {
  const notChecked: NotChecked[] = [];
  let chosen: EntryPlan["scan"];
  for (const pkg of entry.packages) {
    const label = `${pkg.registryType}:${pkg.identifier}${pkg.version ? `@${pkg.version}` : ""}`;
    const why = reasonNotRead(pkg, scanned);
    if (why) notChecked.push({ package: label, reason: why });
    else if (chosen) notChecked.push({ package: label, reason: `another package of this server: the catalog scans its first one (${chosen.label})` });
    else chosen = { ecosystem: pkg.registryType.toLowerCase() as Ecosystem, spec: specOf(pkg), label };
  }
  return { ...(chosen ? { scan: chosen } : {}), notChecked };
}

function reasonNotRead(pkg: ServerPackage, scanned: readonly Ecosystem[]): string | undefined {
  const type = pkg.registryType.toLowerCase();
  if (!(scanned as readonly string[]).includes(type)) return NOT_READ[type] ?? `a ${pkg.registryType} package: mcp-trust does not read this kind of package`;
  if (!pkg.identifier.trim()) return "its identifier is empty";
  if (pkg.registryBaseUrl) {
    let host: string | undefined;
    try {
      host = new URL(pkg.registryBaseUrl).hostname;
    } catch {
      return `its registryBaseUrl "${pkg.registryBaseUrl}" is not a URL`;
    }
    const ecosystem = type as Ecosystem;
    if (!REGISTRY_HOSTS[ecosystem].has(host)) return `published on ${host}, not ${REGISTRY_NAME[ecosystem]}`;
  }
  return undefined;
}

function specOf(pkg: ServerPackage): string {
  const type = pkg.registryType.toLowerCase();
  return type === "pypi" ? `pypi:${pkg.identifier}${pkg.version ? `==${pkg.version}` : ""}` : `npm:${pkg.identifier}${pkg.version ? `@${pkg.version}` : ""}`;
}

export async function scanCatalogEntry(job: EntryJob): Promise<EntryResult> {
  const { entry, options } = job;
  const plan = planEntry(entry);
  const serverJson = entry.serverJson ? serverJsonFile(entry.serverJson) : undefined;
  if (plan.scan) {
    const report = await scan({ target: plan.scan.spec, ...scanOptionsOf(options), ...(serverJson ? { serverJson } : {}) });
    const { name, version } = report.target;
    const resolved = name && version ? `${plan.scan.ecosystem}:${name}${plan.scan.ecosystem === "pypi" ? "==" : "@"}${version}` : plan.scan.spec;
    return { status: "scanned", ecosystem: plan.scan.ecosystem, package: resolved, notChecked: plan.notChecked, report };
  }
  if (serverJson && entry.remotes.length > 0) {
    return { status: "scanned", ecosystem: "remote", notChecked: plan.notChecked, report: await remoteOnlyReport(entry, serverJson, options) };
  }
  const notChecked = plan.notChecked.length > 0 ? plan.notChecked : [{ package: "(none)", reason: "the server lists neither a package nor a remote endpoint" }];
  return { status: "not-checked", notChecked };
}

/** The remote endpoints of a server with no package, judged from its server.json alone (nothing is fetched or probed). */
export async function remoteOnlyReport(entry: CatalogEntry, serverJson: JsonFile, options: PortableScanOptions): Promise<Report> {
  const started = Date.now();
  // The pipeline over an empty tree, with the listed server.json as the only fact and no network behind it.
  const root = mkdtempSync(path.join(tmpdir(), "mcp-trust-remote-"));
  try {
    const snapshot = await collectFacts({
      root,
      target: { kind: "remote", label: `${entry.name}@${entry.version ?? "latest"}`, name: entry.name, ...(entry.version ? { version: entry.version } : {}) },
      config: defaultConfig(),
      clients: { packuments: async () => ({ packuments: {}, notFound: [] }), advisories: async () => [], idealTree: async () => [] },
      offline: true,
      serverJson,
      ...(options.now ? { now: new Date(options.now) } : {}),
    });
    snapshot.skipped.push({
      check: "package",
      reason: "a remote-only server: it lists no npm or PyPI package, so its dependencies, code and transport cannot be read; only its remote endpoints are judged, from server.json, without probing them",
    });
    return buildReport(snapshot, Date.now() - started, ["remote-endpoint"]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The listed server.json as a file the rules can point into (pretty-printed, so findings get line numbers). */
export function serverJsonFile(doc: Record<string, unknown>): JsonFile {
  return { path: "server.json", text: `${JSON.stringify(doc, null, 2)}\n`, data: doc };
}

/** The ProcessPool handler entry. */
export const handle = scanCatalogEntry;
