/** `mcp-trust verify-pack [dir] --against npm:spec`: pack a built directory the way npm does and compare it with the published tarball. */
import { existsSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import ssri from "ssri";
import { writeFileAtomic } from "../atomic-write.js";
import { UnavailableError, UserError } from "../errors.js";
import { compareTarballs, packDirectory, type TarballComparison } from "../facts/pack.js";
import { createPublishedClient, type PublishedClient } from "../facts/published-client.js";
import { defaultRegistry } from "../facts/registry.js";
import { defaultCacheDir } from "../facts/registry-cache.js";
import { parseNpmSpec } from "../sources/npm.js";
import type { CommonArgs } from "./args.js";
import type { CliIo } from "./main.js";

export interface VerifyPackResult {
  package: string;
  dir: string;
  localIntegrity: string;
  publishedIntegrity?: string;
  comparison: TarballComparison;
}

/** Packs `dir` (no scripts run: it is already built) and compares it with `against`'s published tarball. */
export async function verifyPack(dir: string, against: string, client: PublishedClient): Promise<VerifyPackResult> {
  const parsed = parseNpmSpec(against.startsWith("npm:") ? against : `npm:${against}`);
  const name = parsed.name!;
  if (!existsSync(path.join(dir, "package.json"))) throw new UserError("no package.json: give the package's directory", { file: dir });
  let packument;
  try {
    packument = await client.packument(name);
  } catch (error) {
    if (error instanceof UnavailableError) throw new UserError(`cannot verify: ${error.message}`);
    throw error;
  }
  if (!packument) throw new UserError(`${name} is not on the registry`);
  const version = pickVersion(parsed.fetchSpec ?? "latest", parsed.type, packument);
  const entry = version ? packument.versions[version] : undefined;
  if (!version || !entry) throw new UserError(`no published version of ${name} matches "${parsed.rawSpec || "latest"}"`);
  const integrity = (entry["dist"] as { integrity?: string } | undefined)?.integrity;
  let bytes: Buffer;
  try {
    bytes = await client.tarball(name, version);
  } catch (error) {
    if (error instanceof UnavailableError) throw new UserError(`cannot verify: ${error.message}`);
    throw error;
  }
  if (integrity && !ssri.checkData(bytes, integrity)) throw new UserError(`the registry's tarball of ${name}@${version} does not match its own dist.integrity`);
  const local = await packDirectory(path.resolve(dir));
  const comparison = await compareTarballs(local, { bytes, ...(integrity ? { integrity } : {}) });
  return { package: `${name}@${version}`, dir, localIntegrity: local.integrity, ...(integrity ? { publishedIntegrity: integrity } : {}), comparison };
}

function pickVersion(spec: string, type: string, packument: { "dist-tags"?: Record<string, string>; versions: Record<string, unknown> }): string | undefined {
  if (type === "version") return spec;
  if (type === "tag") return packument["dist-tags"]?.[spec];
  return semver.maxSatisfying(Object.keys(packument.versions), spec) ?? undefined;
}

export function renderVerifyPack(result: VerifyPackResult): string {
  const { comparison } = result;
  if (comparison.verdict === "byte-identical")
    return `byte-identical: ${result.dir} packs to ${result.localIntegrity.slice(0, 27)}..., the registry's integrity for ${result.package}\n`;
  if (comparison.verdict === "content-identical")
    return (
      `content-identical: ${result.dir} packs to the same files and contents as ${result.package}, but the tarball bytes differ ` +
      `(another npm version or tar settings made the published one)\n`
    );
  const lines = [`mismatch: ${result.dir} differs from ${result.package} in ${comparison.differences.length} file(s):`];
  for (const d of comparison.differences) lines.push(`  ${d.path}: ${d.detail}`);
  return `${lines.join("\n")}\n`;
}

export async function runVerifyPack(
  command: { dir: string; against: string } & CommonArgs,
  io: CliIo,
  progress: { update: (message: string) => void; done: () => void },
): Promise<number> {
  const registry = command.registry ?? defaultRegistry();
  const client =
    io.scanOptions?.clients?.published ??
    createPublishedClient({ registry, cacheDir: command.cacheDir ?? defaultCacheDir(), ...(command.offline ? { offline: true } : {}) });
  progress.update(`packing ${command.dir} and fetching ${command.against}`);
  const result = await verifyPack(command.dir, command.against, client).finally(progress.done);
  const text =
    command.format === "json"
      ? `${JSON.stringify({ verdict: result.comparison.verdict, package: result.package, dir: result.dir, localIntegrity: result.localIntegrity, publishedIntegrity: result.publishedIntegrity ?? null, differences: result.comparison.differences }, null, 2)}\n`
      : renderVerifyPack(result);
  if (command.output) writeFileAtomic(command.output, text);
  else io.stdout.write(text);
  return result.comparison.verdict === "mismatch" ? 1 : 0;
}
