/**
 * The shape of each rule's documented examples (one tree where it fires, one where it stays quiet), and small builders
 * for their files. docs/rules/ is generated from them, and a test runs every example through the real pipeline.
 */
import type { Advisory, PackumentFact } from "../model.js";

export interface RuleExample {
  /** One line: what this case is. */
  title: string;
  /** The smallest tree that shows it: path → content. */
  files: Record<string, string>;
  /** What the registry says about the tree's packages, for cases the files alone cannot show. */
  registry?: { packuments?: Record<string, PackumentFact>; advisories?: Advisory[] };
  /** For a rule that judges a change (tool-description-changed): the base the files are compared with. */
  base?: Record<string, string>;
  /** The package on the registry: its tarball's files (packed as npm packs) and, when it differs, the registry's manifest. */
  published?: { files: Record<string, string>; registryManifest?: Record<string, unknown> };
  /** What the git checkout says: its tags and its origin remote. */
  git?: { tags?: string[]; remote?: string };
  /**
   * Facts no file holds (a published tarball, a provenance bundle, a running server), described in words. An example
   * with context is shown, not run: the rule's own tests cover it.
   */
  context?: string;
}

export interface RuleExamples {
  fires: RuleExample;
  quiet: RuleExample;
  /** What the ignore snippet on the rule's page matches on. */
  ignoreBy: { package: string } | { path: string };
}

export const EXAMPLE_NOW = "2026-11-25T12:00:00Z";

const SHA512 = (seed: string): string => `sha512-${Buffer.from(`example:${seed}`).toString("base64")}`;

export interface LockEntryExample {
  version: string;
  resolved?: string;
  integrity?: string | null;
  dev?: boolean;
  hasInstallScript?: boolean;
}

/** A package.json: the server's name and version, then the given keys. */
export function packageJson(keys: Record<string, unknown>): string {
  return `${JSON.stringify({ name: "my-mcp-server", version: "1.0.0", ...keys }, null, 2)}\n`;
}

export function registryUrl(name: string, version: string): string {
  return `https://registry.npmjs.org/${name}/-/${name.split("/").pop()}-${version}.tgz`;
}

/** A package-lock.json (v3) for `dependencies` (name → range), with `packages` (name → entry) from the public registry. */
export function packageLock(dependencies: Record<string, string>, packages: Record<string, LockEntryExample>, devDependencies?: Record<string, string>): string {
  const entries: Record<string, unknown> = {
    "": { name: "my-mcp-server", version: "1.0.0", ...(Object.keys(dependencies).length ? { dependencies } : {}), ...(devDependencies ? { devDependencies } : {}) },
  };
  for (const [name, entry] of Object.entries(packages)) {
    const { integrity, resolved, ...rest } = entry;
    entries[`node_modules/${name}`] = {
      version: entry.version,
      resolved: resolved ?? registryUrl(name, entry.version),
      ...(integrity === null ? {} : { integrity: integrity ?? SHA512(`${name}@${entry.version}`) }),
      ...Object.fromEntries(Object.entries(rest).filter(([k]) => k !== "version")),
    };
  }
  return `${JSON.stringify({ name: "my-mcp-server", version: "1.0.0", lockfileVersion: 3, requires: true, packages: entries }, null, 2)}\n`;
}

/** package.json and its lockfile for direct registry dependencies (name → exact version). */
export function lockedProject(versions: Record<string, string>, extra: Record<string, unknown> = {}): Record<string, string> {
  const dependencies = Object.fromEntries(Object.entries(versions).map(([n, v]) => [n, `^${v}`]));
  return {
    "package.json": packageJson({ ...extra, dependencies }),
    "package-lock.json": packageLock(dependencies, Object.fromEntries(Object.entries(versions).map(([n, v]) => [n, { version: v }]))),
  };
}

/** A packument fact with one entry per version. */
export function packumentOf(name: string, versions: PackumentFact["versions"], created = "2019-01-01T00:00:00.000Z"): PackumentFact {
  const keys = Object.keys(versions);
  return { name, distTags: keys.length ? { latest: keys[keys.length - 1]! } : {}, created, versions };
}

export const SDK_IMPORTS = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
`;

/** A stdio MCP server package with one TypeScript source file (its body after the SDK imports). */
export function mcpServer(body: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    "package.json": packageJson({ type: "module", bin: { "my-mcp-server": "dist/index.js" } }),
    "src/index.ts": `${SDK_IMPORTS}${body}`,
    ...extra,
  };
}
