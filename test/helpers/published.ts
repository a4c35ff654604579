/** Published-package fixtures: tarballs packed in the test the way npm does (or raw, for odd headers), an in-memory registry, and Snapshot facts. */
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { Header } from "tar";
import { defaultConfig } from "../../src/config.js";
import { readManifest } from "../../src/facts/manifest.js";
import { packDirectory, sha512Integrity } from "../../src/facts/pack.js";
import { collectPublished, publishedSnapshotFields } from "../../src/facts/published.js";
import type { PublishedClient, RegistryPackument } from "../../src/facts/published-client.js";
import type { Snapshot, TargetInfo } from "../../src/model.js";
import { writeTree } from "./snapshot.js";

/** Packs files with pacote's directory fetcher (npm-packlist + npm's tar settings), as `npm pack` would. */
export async function packFiles(files: Record<string, string>): Promise<Buffer> {
  const dir = writeTree(files);
  try {
    return (await packDirectory(dir)).bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface RawEntry {
  path: string;
  type?: "File" | "Directory" | "SymbolicLink" | "Link";
  mode?: number;
  data?: string;
  linkpath?: string;
}

/** A gzipped tarball written header by header, for entries npm pack never makes (links, `..`, absolute paths). */
export function rawTarball(entries: RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const data = Buffer.from(entry.data ?? "");
    const type = entry.type ?? "File";
    const header = new Header({
      path: entry.path,
      mode: entry.mode ?? 0o644,
      size: type === "File" ? data.length : 0,
      type,
      ...(entry.linkpath ? { linkpath: entry.linkpath } : {}),
      mtime: new Date("1985-10-26T08:15:00Z"),
      uid: 0,
      gid: 0,
    });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block);
    if (type === "File" && data.length > 0) blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

export interface RegistryVersion {
  /** The registry's version manifest; dist.integrity is added from the bytes unless given. */
  manifest: Record<string, unknown>;
  bytes: Buffer;
}

/** An in-memory registry holding one package; `unreachable` makes every call fail the way a down registry does. */
export function memoryRegistry(name: string, versions: Record<string, RegistryVersion>, options: { unreachable?: boolean; distTags?: Record<string, string> } = {}): PublishedClient {
  const packument: RegistryPackument = {
    name,
    "dist-tags": options.distTags ?? { latest: Object.keys(versions).at(-1) ?? "0.0.0" },
    versions: Object.fromEntries(
      Object.entries(versions).map(([v, entry]) => [
        v,
        { ...entry.manifest, dist: { integrity: sha512Integrity(entry.bytes), tarball: `https://registry.test/${name}/-/x-${v}.tgz`, ...(entry.manifest["dist"] as object) } },
      ]),
    ),
  };
  const fail = async (): Promise<never> => {
    const { UnavailableError } = await import("../../src/errors.js");
    throw new UnavailableError("could not reach the registry (ECONNREFUSED)");
  };
  return {
    registry: "https://registry.test/",
    packument: async (wanted) => (options.unreachable ? fail() : wanted === name ? structuredClone(packument) : undefined),
    tarball: async (_n, version) => (options.unreachable ? fail() : versions[version]!.bytes),
  };
}

export interface PublishedCaseInput {
  /** The source tree. */
  source: Record<string, string>;
  /** The published tarball's files (packed as npm does); defaults to the source's. */
  published?: Record<string, string>;
  /** Raw tarball bytes instead of packing `published`. */
  bytes?: Buffer;
  /** Replaces the registry's version manifest (defaults to the published package.json). */
  registryManifest?: Record<string, unknown>;
  target?: TargetInfo;
  packageSpec?: string;
}

/** Runs the published-package collector on a real temp tree and returns the Snapshot facts it gathers (for ruleTest's `facts`). */
export async function publishedFacts(input: PublishedCaseInput): Promise<Partial<Snapshot>> {
  const publishedFiles = input.published ?? input.source;
  const bytes = input.bytes ?? (await packFiles(publishedFiles));
  const manifest = input.registryManifest ?? (JSON.parse(publishedFiles["package.json"] ?? "{}") as Record<string, unknown>);
  const name = String(manifest["name"]);
  const version = String(manifest["version"]);
  const root = writeTree(input.source);
  try {
    const facts = await collectPublished({
      root,
      target: input.target ?? { kind: "directory", label: "fixture" },
      config: defaultConfig(),
      ...(readManifest(root) ? { manifest: readManifest(root)! } : {}),
      ...(input.packageSpec ? { packageSpec: input.packageSpec } : {}),
      client: memoryRegistry(name, { [version]: { manifest, bytes } }),
    });
    return { ...publishedSnapshotFields(facts, input.packageSpec), skipped: facts.skipped };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const pkg = (fields: Record<string, unknown>): string => `${JSON.stringify({ name: "demo-mcp", version: "1.0.0", ...fields }, null, 2)}\n`;
