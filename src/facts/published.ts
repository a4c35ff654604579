/** The published-package fact: which npm package this tree publishes, its registry manifest and tarball entries, and what npm would pack from the source. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { minimatch } from "minimatch";
import npa from "npm-package-arg";
import semver from "semver";
import ssri from "ssri";
import { UnavailableError, UserError } from "../errors.js";
import type { Config, Manifest, PackageJson, PackedSource, PublishedPackage, RebuildResult, Skipped, Snapshot, TargetInfo } from "../model.js";
import { readGitCheckout } from "./git-checkout.js";
import { readManifest } from "./manifest.js";
import { treeOf } from "../sources/directory-tree.js";
import { treeHas, type SourceTree } from "../sources/source-tree.js";
import { normaliseForPublish } from "./normalise-manifest.js";
import { sha512Integrity } from "./pack.js";
import { buildOutputs, packageFilePaths, packlistFiles } from "./packed-source.js";
import type { PublishedClient, RegistryPackument } from "./published-client.js";
import { rebuildAndCompare } from "./rebuild.js";
import { readTarball, type TarballContents } from "./tarball.js";

export interface PublishedOptions {
  root: string;
  /** The tree's safe reader; a plain directory reader over `root` when not given. */
  tree?: SourceTree;
  target: TargetInfo;
  config: Config;
  manifest?: Manifest;
  /** --package, with or without the npm: prefix. */
  packageSpec?: string;
  client?: PublishedClient;
  rebuild?: boolean;
  progress?: (message: string) => void;
}

export interface PublishedFacts {
  published?: PublishedPackage;
  unpublished?: { name: string; version: string; chosenBy: PublishedPackage["chosenBy"] };
  packedSource?: PackedSource;
  rebuild?: RebuildResult;
  /** The packument's raw entry for the published version (with `dist.signatures`, `dist.attestations`, `_npmUser`), for the attestation collector. */
  registryEntry?: Record<string, unknown>;
  /** The packument's `time[version]`: when the version was published (ISO). */
  publishedAt?: string;
  skipped: Skipped[];
}

/** The package to verify, before the registry is asked: a name, a version or range or tag, and where the choice came from. */
export interface ChosenPackage {
  name: string;
  /** An exact version, a range or a dist-tag; undefined means "latest". */
  spec?: string;
  chosenBy: PublishedPackage["chosenBy"];
}

export function choosePackage(options: Pick<PublishedOptions, "target" | "config" | "manifest" | "packageSpec">): ChosenPackage | undefined {
  if (options.packageSpec) return fromSpec(options.packageSpec, "--package", "--package");
  if (options.target.kind === "npm" && options.target.name) {
    return { name: options.target.name, ...(options.target.version ? { spec: options.target.version } : {}), chosenBy: "target" };
  }
  if (options.config.package) return fromSpec(options.config.package, "config", options.config.source ?? "config package");
  const data = options.manifest?.data;
  if (typeof data?.name === "string" && data.name && data.private !== true) {
    return { name: data.name, ...(typeof data.version === "string" ? { spec: data.version } : {}), chosenBy: "package.json" };
  }
  return undefined;
}

function fromSpec(raw: string, chosenBy: ChosenPackage["chosenBy"], where: string): ChosenPackage {
  const spec = raw.startsWith("npm:") ? raw.slice(4) : raw;
  let parsed: npa.Result;
  try {
    parsed = npa(spec);
  } catch (error) {
    throw new UserError(`bad package spec "${raw}": ${(error as Error).message.split("\n")[0]}`, { file: where });
  }
  if (!parsed.registry || !parsed.name) throw new UserError(`"${raw}" is not a registry package spec (write name@version)`, { file: where });
  const version = parsed.rawSpec && parsed.rawSpec !== "*" ? parsed.fetchSpec ?? undefined : undefined;
  return { name: parsed.name, ...(version ? { spec: version } : {}), chosenBy };
}

/** Gathers the published package and the source's pack; registry failures become `skipped`, never a pass. */
export async function collectPublished(options: PublishedOptions): Promise<PublishedFacts> {
  const chosen = choosePackage(options);
  if (!chosen) return { skipped: [] };
  const sourceIsTarball = options.target.kind === "npm" && chosen.chosenBy === "target";
  if (!options.client) return { skipped: [{ check: "published", reason: "no registry client to fetch the published package" }] };
  const client = options.client;

  options.progress?.(`fetching the published package ${chosen.name}`);
  let packument: RegistryPackument | undefined;
  try {
    packument = await client.packument(chosen.name);
  } catch (error) {
    if (error instanceof UnavailableError) return { skipped: [{ check: "published", reason: error.message }] };
    throw error;
  }
  const tree = options.tree ?? treeOf(options.root);
  const directory = sourceIsTarball ? "" : findPackageFolder(tree, options.manifest, chosen.name);
  const localVersion = directory === undefined ? undefined : readManifest(tree, manifestPath(directory))?.data.version;
  const version = resolveVersion(chosen, packument, typeof localVersion === "string" ? localVersion : undefined);
  if (!packument || !version || !packument.versions[version]) {
    const wanted = version ?? chosen.spec ?? "latest";
    return { unpublished: { name: chosen.name, version: wanted, chosenBy: chosen.chosenBy }, skipped: [] };
  }
  const registryEntry = packument.versions[version]!;

  let bytes: Buffer;
  try {
    bytes = await client.tarball(chosen.name, version);
  } catch (error) {
    if (error instanceof UnavailableError) return { skipped: [{ check: "published", reason: error.message }] };
    throw error;
  }
  const dist = (registryEntry["dist"] ?? {}) as { integrity?: string; shasum?: string };
  const declared = dist.integrity ?? (dist.shasum ? ssri.fromHex(dist.shasum, "sha1").toString() : undefined);
  if (declared && !ssri.checkData(bytes, declared)) {
    return {
      skipped: [{ check: "published", reason: `the tarball of ${chosen.name}@${version} does not match the registry's dist.integrity: it was not verified` }],
    };
  }
  const contents = await readTarball(bytes, `the tarball of ${chosen.name}@${version}`);
  const tarballManifest = parseTarballManifest(contents);
  const normalised = await normaliseBoth(contents, stripRegistryFields(registryEntry), tarballManifest);
  const published: PublishedPackage = {
    name: chosen.name,
    version,
    registry: client.registry,
    chosenBy: chosen.chosenBy,
    registryManifest: normalised.registry,
    ...(tarballManifest ? { tarballManifest, tarballManifestNormalised: normalised.tarball! } : {}),
    entries: contents.entries,
    ...(dist.integrity ? { integrity: dist.integrity } : {}),
    tarballIntegrity: sha512Integrity(bytes),
    ...(typeof registryEntry["gitHead"] === "string" ? { gitHead: registryEntry["gitHead"] } : {}),
    distTags: packument["dist-tags"] ?? {},
    sourceIsTarball,
  };
  const publishedAt = packument.time?.[version];
  const facts: PublishedFacts = { published, registryEntry, ...(typeof publishedAt === "string" ? { publishedAt } : {}), skipped: [] };
  if (sourceIsTarball) return facts;

  const folder = directory ?? repositoryDirectory(tree, registryEntry, chosen.name);
  if (folder === undefined) {
    facts.skipped.push({ check: "packed-source", reason: `no folder of the tree holds a package.json named ${chosen.name}: the source was not compared` });
    return facts;
  }
  options.progress?.("listing what npm would pack from the source");
  const packageDir = path.join(options.root, folder);
  const manifest = readManifest(tree, manifestPath(folder))!;
  const git = await readGitCheckout(options.root);
  const packlist = await packlistFiles(packageDir, contents.entries.filter((e) => e.type === "file" && !e.unsafe).map((e) => e.path), { tree, folder });
  for (const file of packlist.unread) facts.skipped.push({ check: `file ${file.path}`, reason: `${file.reason}: not compared with the tarball`, dimension: "package-verification" });
  facts.packedSource = {
    directory: folder,
    manifest: manifest.data,
    files: packlist.files,
    allPaths: packageFilePaths(tree, folder),
    buildOutputs: buildOutputs(tree, folder, manifest.data),
    ...(git.tags ? { gitTags: git.tags } : {}),
    ...(git.remote ? { gitRemote: git.remote } : {}),
  };
  if (options.rebuild) {
    options.progress?.("rebuilding the package from source (--rebuild)");
    facts.rebuild = await rebuildAndCompare(packageDir, options.root, manifest.data, { bytes, ...(dist.integrity ? { integrity: dist.integrity } : {}) });
  }
  return facts;
}

/** The exact version to verify: the spec when exact, else the tree's own version when it fits, else the tag or the highest match. */
function resolveVersion(chosen: ChosenPackage, packument: RegistryPackument | undefined, localVersion: string | undefined): string | undefined {
  if (chosen.spec && semver.valid(chosen.spec)) return chosen.spec;
  if (!packument) return undefined;
  const versions = Object.keys(packument.versions);
  if (!chosen.spec) {
    if (localVersion && chosen.chosenBy !== "--package") return localVersion;
    return packument["dist-tags"]?.["latest"];
  }
  const tagged = packument["dist-tags"]?.[chosen.spec];
  if (tagged) return tagged;
  if (localVersion && semver.satisfies(localVersion, chosen.spec)) return localVersion;
  return semver.maxSatisfying(versions, chosen.spec) ?? undefined;
}

/** The folder (relative to root) whose package.json is named `name`: the root itself or one of its workspaces. */
export function findPackageFolder(tree: SourceTree, rootManifest: Manifest | undefined, name: string): string | undefined {
  if (rootManifest?.data.name === name) return "";
  const workspaces = rootManifest?.data.workspaces;
  const patterns = Array.isArray(workspaces) ? workspaces : (workspaces?.packages ?? []);
  if (patterns.length === 0) return undefined;
  const manifests = tree.list().files.filter((p) => p.endsWith("/package.json"));
  for (const pattern of patterns) {
    const clean = pattern.replace(/^\.\//, "").replace(/\/$/, "");
    for (const candidate of manifests) {
      const folder = path.posix.dirname(candidate);
      if (!minimatch(folder, clean)) continue;
      if (readManifest(tree, manifestPath(folder))?.data.name === name) return folder;
    }
  }
  return undefined;
}

/** A monorepo package found through the registry manifest's `repository.directory`. */
function repositoryDirectory(tree: SourceTree, entry: Record<string, unknown>, name: string): string | undefined {
  const repository = entry["repository"];
  const directory = repository && typeof repository === "object" ? (repository as { directory?: unknown }).directory : undefined;
  if (typeof directory !== "string") return undefined;
  const folder = path.posix.normalize(directory.replace(/\\/g, "/")).replace(/^\.?\/+/, "").replace(/\/$/, "");
  if (folder.startsWith("..")) return undefined;
  if (!treeHas(tree, manifestPath(folder))) return undefined;
  return readManifest(tree, manifestPath(folder))?.data.name === name ? folder : undefined;
}

function manifestPath(folder: string): string {
  return folder ? `${folder}/package.json` : "package.json";
}

function parseTarballManifest(contents: TarballContents): PackageJson | undefined {
  const bytes = contents.files.get("package.json");
  if (!bytes) return undefined;
  try {
    const data = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) as unknown;
    return data && typeof data === "object" && !Array.isArray(data) ? (data as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

// Fields the registry adds to a version manifest; they are never in a package.json.
const REGISTRY_FIELDS = ["dist", "_npmUser", "_npmOperationalInternal", "_hasShrinkwrap", "maintainers", "_nodeVersion", "_npmVersion", "_resolved", "_integrity", "_from"];

function stripRegistryFields(entry: Record<string, unknown>): PackageJson {
  const copy: Record<string, unknown> = { ...entry };
  for (const field of REGISTRY_FIELDS) delete copy[field];
  return copy as PackageJson;
}

/** Normalises the registry manifest and the tarball's package.json against the tarball's files, in a scratch folder. */
async function normaliseBoth(
  contents: TarballContents,
  registry: PackageJson,
  tarball: PackageJson | undefined,
): Promise<{ registry: PackageJson; tarball?: PackageJson }> {
  const scratch = mkdtempSync(path.join(tmpdir(), "mcp-trust-published-"));
  try {
    for (const [rel, data] of contents.files) {
      // Normalisation only asks whether files exist (gyp files, server.js, bins, types): big ones are written empty.
      const full = path.join(scratch, rel);
      if (!full.startsWith(scratch + path.sep)) continue;
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, rel === "package.json" ? "{}" : data.length > 1 << 20 ? "" : data);
    }
    const normalisedRegistry = await normaliseForPublish(registry, scratch);
    const normalisedTarball = tarball ? await normaliseForPublish(tarball, scratch) : undefined;
    return { registry: normalisedRegistry, ...(normalisedTarball ? { tarball: normalisedTarball } : {}) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The Snapshot fields of the published-package facts (only those that were gathered). */
export function publishedSnapshotFields(facts: PublishedFacts, packageSpec?: string): Partial<Pick<Snapshot, "published" | "unpublished" | "packedSource" | "rebuild" | "packageSpec">> {
  return {
    ...(facts.published ? { published: facts.published } : {}),
    ...(facts.unpublished ? { unpublished: facts.unpublished } : {}),
    ...(facts.packedSource ? { packedSource: facts.packedSource } : {}),
    ...(facts.rebuild ? { rebuild: facts.rebuild } : {}),
    ...(packageSpec ? { packageSpec } : {}),
  };
}
