/**
 * The install-script decisions a project already records: our config, npm's allowScripts, pnpm's
 * onlyBuiltDependencies / allowBuilds / neverBuiltDependencies / ignoredBuiltDependencies, LavaMoat's
 * allowScripts, bun's trustedDependencies and yarn's dependenciesMeta.built.
 */
import semver from "semver";
import { parseDocument } from "yaml";
import { dataNestingTooDeep } from "../../analysis/data-nesting.js";
import { UserError } from "../../errors.js";
import type { Snapshot } from "../../model.js";

export const PNPM_WORKSPACE_FILE = "pnpm-workspace.yaml";

/** "allowed": the script runs and someone said so; "blocked": the package manager will not run it. */
export type ScriptDecision = "allowed" | "blocked";

export interface ScriptPolicyEntry {
  /** Where the entry lives, for messages: `package.json "allowScripts"`. */
  mechanism: string;
  name: string;
  /** A version or range the entry is limited to; undefined covers every version. */
  range?: string;
  decision: ScriptDecision;
}

/** Every mechanism, named the way messages list them. */
export const ALLOW_LIST_MECHANISMS = [
  'package.json "allowScripts" (npm 12)',
  'pnpm "onlyBuiltDependencies" or "allowBuilds"',
  'LavaMoat "lavamoat.allowScripts"',
  '"allow-install-scripts" in .github/mcp-trust.yml',
] as const;

/**
 * Reads every entry. Only our config applies to a published npm package: the allow-lists in its own
 * package.json govern the author's installs, never a consumer's.
 */
export function installScriptPolicy(snapshot: Snapshot): ScriptPolicyEntry[] {
  const entries: ScriptPolicyEntry[] = [];
  const configSource = snapshot.config.source ?? ".github/mcp-trust.yml";
  for (const item of snapshot.config.allowInstallScripts) {
    entries.push({ mechanism: `"allow-install-scripts" in ${configSource}`, ...splitNameRange(item), decision: "allowed" });
  }
  if (snapshot.target.kind === "npm") return entries;

  const manifest = snapshot.manifest?.data;
  if (manifest) {
    // npm 12: { "name" | "name@version-or-range": true | false }; the older allow-scripts tool also accepted a range string.
    for (const [key, value] of Object.entries(asRecord(manifest["allowScripts"]))) {
      const mechanism = 'package.json "allowScripts"';
      if (typeof value === "boolean") entries.push({ mechanism, ...splitNameRange(key), decision: value ? "allowed" : "blocked" });
      else if (typeof value === "string") entries.push({ mechanism, name: key, range: value, decision: "allowed" });
    }
    const pnpm = asRecord(manifest["pnpm"]);
    entries.push(...pnpmEntries(pnpm, 'package.json "pnpm.'));
    // LavaMoat keys are dependency paths ("parent>child"); the last segment is the package itself.
    for (const [key, value] of Object.entries(asRecord(asRecord(manifest["lavamoat"])["allowScripts"]))) {
      if (typeof value !== "boolean") continue;
      const name = key.split(">").pop()!.trim();
      entries.push({ mechanism: 'package.json "lavamoat.allowScripts"', name, decision: value ? "allowed" : "blocked" });
    }
    for (const name of stringArray(manifest["trustedDependencies"])) {
      entries.push({ mechanism: 'package.json "trustedDependencies" (bun)', name, decision: "allowed" });
    }
    for (const [key, meta] of Object.entries(asRecord(manifest["dependenciesMeta"]))) {
      if (asRecord(meta)["built"] === false) {
        entries.push({ mechanism: 'package.json "dependenciesMeta.built" (yarn)', ...splitNameRange(key), decision: "blocked" });
      }
    }
  }

  const workspace = snapshot.files.find((f) => f.path === PNPM_WORKSPACE_FILE);
  if (workspace) entries.push(...pnpmEntries(parsePnpmWorkspace(workspace.text), `${PNPM_WORKSPACE_FILE} "`));
  return entries;
}

/** The first entry that covers this name and version; an entry pinned to other versions does not. */
export function findScriptPolicy(entries: readonly ScriptPolicyEntry[], name: string, version: string): ScriptPolicyEntry | undefined {
  return entries.find((e) => e.name === name && (e.range === undefined || versionMatches(version, e.range)));
}

/** Entries naming the package but pinned to other versions: worth saying why they did not count. */
export function entriesForOtherVersions(entries: readonly ScriptPolicyEntry[], name: string): ScriptPolicyEntry[] {
  return entries.filter((e) => e.name === name && e.range !== undefined);
}

/** "esbuild", "@scope/pkg@^1.2.0", "nx@21.6.4 || 21.6.5" → name and optional range. */
export function splitNameRange(text: string): { name: string; range?: string } {
  const trimmed = text.trim();
  const at = trimmed.indexOf("@", trimmed.startsWith("@") ? 1 : 0);
  if (at <= 0) return { name: trimmed };
  const range = trimmed.slice(at + 1).trim();
  return range === "" ? { name: trimmed.slice(0, at) } : { name: trimmed.slice(0, at), range };
}

function versionMatches(version: string, range: string): boolean {
  if (version === range) return true;
  if (semver.valid(version) === null || semver.validRange(range) === null) return false;
  return semver.satisfies(version, range, { includePrerelease: true });
}

/** pnpm's keys, read the same way from package.json's "pnpm" object and from pnpm-workspace.yaml. */
function pnpmEntries(settings: Record<string, unknown>, prefix: string): ScriptPolicyEntry[] {
  const entries: ScriptPolicyEntry[] = [];
  for (const item of stringArray(settings["onlyBuiltDependencies"])) {
    entries.push({ mechanism: `${prefix}onlyBuiltDependencies"`, ...splitNameRange(item), decision: "allowed" });
  }
  for (const key of ["neverBuiltDependencies", "ignoredBuiltDependencies"] as const) {
    for (const item of stringArray(settings[key])) {
      entries.push({ mechanism: `${prefix}${key}"`, ...splitNameRange(item), decision: "blocked" });
    }
  }
  // pnpm 10: allowBuilds maps a name (or name@version) to true (run) or false (never run).
  for (const [key, value] of Object.entries(asRecord(settings["allowBuilds"]))) {
    if (typeof value === "boolean") {
      entries.push({ mechanism: `${prefix}allowBuilds"`, ...splitNameRange(key), decision: value ? "allowed" : "blocked" });
    }
  }
  return entries;
}

function parsePnpmWorkspace(text: string): Record<string, unknown> {
  const tooDeep = dataNestingTooDeep(text, "yaml");
  if (tooDeep) throw new UserError("nests too deep to read (more than 1000 levels of brackets)", { file: PNPM_WORKSPACE_FILE, line: tooDeep.line });
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    throw new UserError(`invalid YAML: ${error.message.split("\n")[0]}`, {
      file: PNPM_WORKSPACE_FILE,
      line: error.linePos?.[0]?.line,
    });
  }
  try {
    return asRecord(doc.toJS({ maxAliasCount: 100 }));
  } catch (error) {
    throw new UserError(`invalid YAML: ${(error as Error).message.split("\n")[0]}`, { file: PNPM_WORKSPACE_FILE });
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
}
