/** Resolves the dependency tree `npx` would install for a package that ships no lockfile, with arborist. */
import { mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Arborist from "@npmcli/arborist";
import npa from "npm-package-arg";
import { UnavailableError, UserError, parseJsonFile } from "../errors.js";
import type { DependencyKind, LockedPackage, PackageJson } from "../model.js";
import { classifySource } from "./lockfile/classify-source.js";
import { jsonKeyLine } from "./manifest.js";
import { defaultRegistry } from "./registry.js";
import { sharedPackumentCache } from "./packument-memory.js";
import { defaultCacheDir } from "./registry-cache.js";

export interface IdealTreeOptions {
  /** Default: process.env.npm_config_registry or https://registry.npmjs.org/. */
  registry?: string;
  /** Default: $XDG_CACHE_HOME/mcp-trust or ~/.cache/mcp-trust; arborist's cacache goes in its `arborist` folder. */
  cacheDir?: string;
  offline?: boolean;
  /** Per registry request; default 30000. */
  timeoutMs?: number;
}

/** The sections a user's install of the package resolves; devDependencies are never installed by its users. */
const INSTALLED_KINDS: readonly DependencyKind[] = ["dependencies", "optionalDependencies", "peerDependencies"];

/** Spec problems in package.json that are the manifest's fault, not the network's. */
const MANIFEST_ERROR_CODES = new Set(["EUNSUPPORTEDPROTOCOL", "EINVALIDPACKAGENAME", "EINVALIDTAGNAME", "EJSONPARSE"]);

export async function resolveIdealTree(dir: string, options: IdealTreeOptions = {}): Promise<LockedPackage[]> {
  const manifestPath = path.join(dir, "package.json");
  const text = await readFile(manifestPath, "utf8").catch((error: unknown) => {
    throw new UserError(`cannot read package.json: ${(error as Error).message}`, { file: "package.json" });
  });
  const installable = installableManifest(parseManifestObject(text), text, dir);

  // Arborist starts from node_modules when there is no lockfile and reads the whole manifest, dev
  // dependencies included: a scratch root holding only what users install gives npx's fresh tree.
  // realpath: arborist makes a symlinked root (macOS /var → /private/var) a Link, not the tree's root.
  const scratch = await realpath(await mkdtemp(path.join(tmpdir(), "mcp-trust-ideal-tree-")));
  try {
    await writeFile(path.join(scratch, "package.json"), JSON.stringify(installable));
    const registry = options.registry ?? defaultRegistry();
    const cache = path.join(options.cacheDir ?? defaultCacheDir(), "arborist");
    const arborist = new Arborist({
      path: scratch,
      registry,
      cache,
      offline: options.offline ?? false,
      omit: ["dev"],
      timeout: options.timeoutMs ?? 30_000,
      // npm's default backs off for up to a minute; one quick retry is enough for a scan.
      retry: { retries: 1, factor: 2, minTimeout: 200, maxTimeout: 1000 },
      audit: false,
      progress: false,
      // Shared by every resolution in this process (a scan worker resolves many trees with common packages).
      packumentCache: sharedPackumentCache(cache) as unknown as NonNullable<ConstructorParameters<typeof Arborist>[0]>["packumentCache"],
    });
    let tree: Arborist.Node;
    try {
      tree = await arborist.buildIdealTree();
    } catch (error) {
      throw toScanError(error);
    }
    return lockedPackages(tree);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function parseManifestObject(text: string): PackageJson {
  const data = parseJsonFile<unknown>(text, "package.json");
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new UserError("package.json must hold a JSON object", { file: "package.json", line: 1 });
  return data as PackageJson;
}

/**
 * The manifest a user's install sees: name, version and the installed dependency sections, each spec
 * checked with npm-package-arg (so a bad one is reported with its line) and relative file specs made
 * absolute, since the scratch root lives elsewhere.
 */
function installableManifest(data: PackageJson, text: string, dir: string): PackageJson {
  const out: PackageJson = {};
  if (typeof data.name === "string") out.name = data.name;
  if (typeof data.version === "string") out.version = data.version;
  for (const kind of INSTALLED_KINDS) {
    const section = data[kind];
    if (section === undefined) continue;
    if (section === null || typeof section !== "object" || Array.isArray(section))
      throw new UserError(`${kind} must be an object of name → version range`, { file: "package.json", line: jsonKeyLine(text, kind) });
    const specs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(section as Record<string, unknown>)) {
      const line = jsonKeyLine(text, name, kind);
      if (typeof spec !== "string") throw new UserError(`${kind}.${name} must be a version range string`, { file: "package.json", line });
      let parsed: npa.Result;
      try {
        parsed = npa.resolve(name, spec, dir);
      } catch (error) {
        throw new UserError(`${kind}.${name}: ${oneLine(error)}`, { file: "package.json", line });
      }
      specs[name] = (parsed.type === "file" || parsed.type === "directory") && parsed.fetchSpec ? `file:${parsed.fetchSpec}` : spec;
    }
    out[kind] = specs;
  }
  if (data["peerDependenciesMeta"] && typeof data["peerDependenciesMeta"] === "object")
    out["peerDependenciesMeta"] = data["peerDependenciesMeta"];
  return out;
}

function lockedPackages(tree: Arborist.Node): LockedPackage[] {
  const packages: LockedPackage[] = [];
  for (const node of tree.inventory.values()) {
    if (node.isRoot || node === tree.target || node.isWorkspace || (node.isLink && node.target?.isWorkspace)) continue;
    // A link's target repeats the link's package; the link carries the spec the user wrote.
    if (!node.isLink && node.linksIn.size > 0) continue;
    if (node.dev) continue;
    const locked: LockedPackage = {
      ecosystem: "npm",
      name: node.packageName,
      version: node.version,
      source: node.isLink ? "link" : node.isRegistryDependency ? "registry" : (classifySource(node.resolved ?? undefined) ?? "unknown"),
    };
    if (node.resolved) locked.resolved = node.resolved;
    if (node.integrity) locked.integrity = node.integrity;
    if (node.optional) locked.optional = true;
    if (node.hasInstallScript || node.package["gypfile"] === true) locked.hasInstallScript = true;
    if (node.parent === tree && tree.edgesOut.get(node.name)?.to === node) locked.direct = true;
    packages.push(locked);
  }
  return packages.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Arborist's errors carry npm codes: manifest problems are the user's, the rest mean the registry did not serve the tree. */
/** Arborist's failures: a manifest problem is the user's, a coded network or registry answer is unavailability. */
export function toScanError(error: unknown): Error {
  const code = error !== null && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  // Node's own ERR_* codes are programming errors, not a registry's answer.
  if (typeof code !== "string" || code.startsWith("ERR_")) return error instanceof Error ? error : new Error(String(error));
  if (MANIFEST_ERROR_CODES.has(code)) return new UserError(oneLine(error), { file: "package.json", cause: error });
  const message = oneLine(error);
  // "E503" adds nothing to "503 Service Unavailable - GET …"; "ECONNREFUSED" may be missing from the text.
  const labelled = message.includes(code) || /^E\d{3}$/.test(code) ? message : `${code}: ${message}`;
  return new UnavailableError(labelled, { cause: error });
}

function oneLine(error: unknown): string {
  const message = error !== null && typeof error === "object" && "message" in error ? String(error.message) : String(error);
  return (message.split("\n")[0] ?? message).trim();
}
