/** Which MCP SDK versions a tree uses: @modelcontextprotocol/sdk from the dependency tree or package.json, `mcp` from Python requirement files. */
import semver from "semver";
import { jsonKeyLine } from "../../json-key-line.js";
import type { Location, Snapshot } from "../../model.js";

export const NPM_SDK = "@modelcontextprotocol/sdk";

export interface SdkUse {
  package: string;
  ecosystem: "npm" | "pypi";
  version: string;
  /** True when the version is the lower bound of a declared range, not a resolved one. */
  fromRange: boolean;
  declared?: string;
  location?: Location;
}

export function npmSdkUses(snapshot: Snapshot): SdkUse[] {
  const location = manifestLocation(snapshot);
  const resolved = [...new Set(snapshot.dependencies.filter((d) => d.name === NPM_SDK).map((d) => d.version))];
  if (resolved.length > 0) {
    return resolved.map((version) => ({ package: NPM_SDK, ecosystem: "npm" as const, version, fromRange: false, ...(location ? { location } : {}) }));
  }
  const data = snapshot.manifest?.data;
  const range = data?.dependencies?.[NPM_SDK] ?? data?.peerDependencies?.[NPM_SDK] ?? data?.devDependencies?.[NPM_SDK];
  if (!range) return [];
  let min: semver.SemVer | null = null;
  try {
    min = semver.minVersion(range);
  } catch {
    return [];
  }
  return min ? [{ package: NPM_SDK, ecosystem: "npm", version: min.version, fromRange: true, declared: range, ...(location ? { location } : {}) }] : [];
}

function manifestLocation(snapshot: Snapshot): Location | undefined {
  if (!snapshot.manifest) return undefined;
  const line = jsonKeyLine(snapshot.manifest.text, NPM_SDK);
  return { path: snapshot.manifest.path, ...(line ? { startLine: line } : {}) };
}

// A PEP 508 requirement on the `mcp` distribution, with its version clauses.
const MCP_REQUIREMENT = /^\s*mcp\s*(?:\[[^\]]*\])?\s*((?:[=<>!~^]=?=?\s*[\w.*]+\s*,?\s*)*)\s*(?:;.*)?$/i;
const POETRY_LINE = /^\s*mcp\s*=\s*(?:"([^"]+)"|\{[^}]*version\s*=\s*"([^"]+)")/i;

/** `mcp` requirements in requirements*.txt and pyproject.toml (PEP 621 strings and Poetry tables), by their lower bound. */
export function pythonSdkUses(snapshot: Snapshot): SdkUse[] {
  const uses: SdkUse[] = [];
  for (const file of snapshot.files) {
    const requirements = /(?:^|\/)requirements[^/]*\.txt$/.test(file.path);
    const pyproject = /(?:^|\/)pyproject\.toml$/.test(file.path);
    if (!requirements && !pyproject) continue;
    file.text.split(/\r?\n/).forEach((line, index) => {
      const candidates = requirements ? [line.replace(/#.*$/, "")] : [...line.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? "");
      let spec: string | undefined;
      for (const candidate of candidates) {
        const match = MCP_REQUIREMENT.exec(candidate);
        if (match && candidate.trim().toLowerCase().startsWith("mcp")) spec = match[1] ?? "";
      }
      if (spec === undefined && pyproject) {
        const poetry = POETRY_LINE.exec(line);
        if (poetry) spec = poetry[1] ?? poetry[2];
      }
      if (spec === undefined) return;
      const lower = lowerBound(spec);
      if (lower) uses.push({ package: "mcp", ecosystem: "pypi", version: lower.version, fromRange: !lower.exact, declared: spec.trim(), location: { path: file.path, startLine: index + 1 } });
    });
  }
  return uses;
}

/** The lowest version a requirement admits (==, ===, >=, ~=, ^), or undefined when it has no lower bound. */
function lowerBound(spec: string): { version: string; exact: boolean } | undefined {
  for (const clause of spec.split(",")) {
    const match = /^\s*(===?|>=|~=|\^|~)\s*([\w.]+)/.exec(clause);
    if (!match) continue;
    const version = semver.coerce(match[2]!)?.version;
    if (version) return { version, exact: match[1] === "==" || match[1] === "===" };
  }
  return undefined;
}
