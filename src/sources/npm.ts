/** An npm package (`npm:<spec>`) resolved and extracted with pacote into a temp dir that close() removes. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import npa from "npm-package-arg";
import pacote from "pacote";
import { UserError } from "../errors.js";
import { directoryTree } from "./directory-tree.js";
import type { SourceTree } from "./source-tree.js";

export interface NpmSourceOptions {
  registry?: string;
  cacheDir?: string;
  offline?: boolean;
}

export const NPM_PREFIX = "npm:";

export function isNpmTarget(target: string): boolean {
  return target.startsWith(NPM_PREFIX);
}

/** Parses the part after `npm:`; only registry specs (name, name@version, name@range, name@tag) are accepted. */
export function parseNpmSpec(target: string): npa.Result {
  const spec = target.slice(NPM_PREFIX.length).trim();
  if (!spec) throw new UserError(`empty package spec: write npm:<name>[@<version>]`);
  let parsed: npa.Result;
  try {
    parsed = npa(spec);
  } catch (error) {
    throw new UserError(`bad package spec "${spec}": ${firstLine(error)}`);
  }
  if (!parsed.registry || !parsed.name) throw new UserError(`"${spec}" is not a registry package spec: write npm:<name>[@<version>]`);
  return parsed;
}

export async function openNpmPackage(target: string, options: NpmSourceOptions = {}): Promise<SourceTree> {
  const parsed = parseNpmSpec(target);
  const pacoteOptions = {
    ...(options.registry ? { registry: options.registry } : {}),
    ...(options.cacheDir ? { cache: path.join(options.cacheDir, "pacote") } : {}),
    ...(options.offline ? { offline: true } : {}),
    fullMetadata: false,
  };
  let manifest: { name: string; version: string };
  try {
    manifest = await pacote.manifest(parsed.raw, pacoteOptions);
  } catch (error) {
    throw new UserError(describeRegistryError(parsed.raw, error));
  }
  const root = mkdtempSync(path.join(tmpdir(), "mcp-trust-npm-"));
  const close = async (): Promise<void> => rmSync(root, { recursive: true, force: true });
  try {
    await pacote.extract(`${manifest.name}@${manifest.version}`, root, pacoteOptions);
  } catch (error) {
    await close();
    throw new UserError(describeRegistryError(`${manifest.name}@${manifest.version}`, error));
  }
  return directoryTree(root, { kind: "npm", label: `npm:${manifest.name}@${manifest.version}`, name: manifest.name, version: manifest.version }, close);
}

function describeRegistryError(spec: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "E404") return `package ${spec} is not on the registry`;
  if (code === "ETARGET") return `no version of ${spec} matches`;
  if (code === "ENOTCACHED") return `${spec} is not in the local cache and --offline forbids fetching it`;
  if (code === "EINTEGRITY") return `the tarball of ${spec} failed its integrity check`;
  if (code && /^E(AI_AGAIN|CONNREFUSED|CONNRESET|NOTFOUND|TIMEDOUT)$|^ECONN/.test(code))
    return `could not reach the npm registry to fetch ${spec} (${code})`;
  return `could not fetch ${spec}: ${firstLine(error)}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
