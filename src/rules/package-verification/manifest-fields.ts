/** The manifest fields package verification compares (name, version, scripts, the four dependency kinds, bin), and their differences. */
import path from "node:path";
import { DEPENDENCY_KINDS, type PackageJson } from "../../model.js";

export interface FieldDifference {
  /** Dotted key, e.g. "scripts.postinstall" or "dependencies.left-pad". */
  key: string;
  left?: string;
  right?: string;
}

export interface CompareOptions {
  /** Compare name and version too (registry vs tarball; the source's version may be bumped at release). */
  identity?: boolean;
  /** Left-hand dependency specs that a publisher rewrites (pnpm/yarn `workspace:` and `catalog:`) match anything. */
  rewrittenSpecs?: boolean;
}

/** Differences in the judged fields between two manifests, in a stable order. */
export function manifestDifferences(left: PackageJson, right: PackageJson, options: CompareOptions = {}): FieldDifference[] {
  const out: FieldDifference[] = [];
  if (options.identity) {
    for (const key of ["name", "version"] as const) {
      if (stringOf(left[key]) !== stringOf(right[key])) out.push(diff(key, stringOf(left[key]), stringOf(right[key])));
    }
  }
  out.push(...mapDifferences("scripts", stringMap(left.scripts), stringMap(right.scripts)));
  for (const kind of DEPENDENCY_KINDS) {
    const leftDeps = stringMap(left[kind]);
    const rightDeps = stringMap(right[kind]);
    const differences = mapDifferences(kind, leftDeps, rightDeps).filter(
      (d) => !(options.rewrittenSpecs && d.left !== undefined && d.right !== undefined && /^(workspace|catalog):/.test(d.left)),
    );
    out.push(...differences);
  }
  out.push(...mapDifferences("bin", binMap(left), binMap(right)));
  return out;
}

function diff(key: string, left: string | undefined, right: string | undefined): FieldDifference {
  return { key, ...(left !== undefined ? { left } : {}), ...(right !== undefined ? { right } : {}) };
}

function mapDifferences(field: string, left: Record<string, string>, right: Record<string, string>): FieldDifference[] {
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  return keys.filter((k) => left[k] !== right[k]).map((k) => diff(`${field}.${k}`, left[k], right[k]));
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : value === undefined ? undefined : JSON.stringify(value);
}

function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}

/** bin as npm normalises it: a string becomes { <unscoped name>: path }, paths lose their leading ./ . */
export function binMap(manifest: PackageJson): Record<string, string> {
  const bin = manifest.bin;
  const name = typeof manifest.name === "string" ? manifest.name.replace(/^@[^/]+\//, "") : "";
  const entries = typeof bin === "string" ? [[name, bin] as const] : bin && typeof bin === "object" ? Object.entries(bin) : [];
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    out[path.posix.basename(key)] = path.posix.normalize(value.replace(/\\/g, "/")).replace(/^\.\//, "").replace(/^\/+/, "");
  }
  return out;
}

/** "scripts.postinstall: registry has “node x.js”, tarball has none" — one difference, told for a finding. */
export function describeDifference(d: FieldDifference, leftName: string, rightName: string): string {
  const show = (v: string | undefined): string => (v === undefined ? "none" : `"${v.length > 120 ? `${v.slice(0, 117)}...` : v}"`);
  return `${d.key}: ${leftName} has ${show(d.left)}, ${rightName} has ${show(d.right)}`;
}

/** Install hooks and dependencies are how an injected release runs code; everything else is worth a look but less telling. */
export function isInstallTimeKey(key: string): boolean {
  return /^scripts\.(preinstall|install|postinstall|prepare)$/.test(key) || /^(dependencies|optionalDependencies)\./.test(key);
}
