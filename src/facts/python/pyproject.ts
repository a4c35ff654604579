/** Reads pyproject.toml: PEP 621 [project], PEP 735 [dependency-groups], [tool.uv] (dev deps, sources, indexes), [tool.poetry] and [build-system]. */
import type { PythonIndex, PythonManifest, PythonRequirement, PythonSourceOverride } from "../../model.js";
import { lineOf, normalisePythonName, tableOffset } from "./names.js";
import { parseRequirement } from "../../pep508.js";
import { poetryToPep440 } from "./poetry-constraint.js";
import { parseTomlFile, strings, table, tables, text, type TomlTable } from "./toml.js";

export function parsePyproject(source: string, path: string): PythonManifest {
  const doc = parseTomlFile(source, path);
  const project = table(doc["project"]);
  const tool = table(doc["tool"]);
  const uv = table(tool["uv"]);
  const poetry = table(tool["poetry"]);
  const reader = new RequirementReader(source, path);

  reader.list(project["dependencies"], "project.dependencies", "runtime", "project");
  for (const [extra, list] of Object.entries(table(project["optional-dependencies"]))) {
    reader.list(list, `project.optional-dependencies.${extra}`, "optional", "project.optional-dependencies");
  }
  const groups = table(doc["dependency-groups"]);
  for (const [group, list] of Object.entries(groups)) {
    // `{ include-group = "x" }` entries pull in another group, which is read under its own name.
    reader.list(Array.isArray(list) ? list.filter((item) => typeof item === "string") : [], `dependency-groups.${group}`, "dev", "dependency-groups");
  }
  reader.list(uv["dev-dependencies"], "tool.uv.dev-dependencies", "dev", "tool.uv");
  readPoetryDependencies(reader, poetry);
  const buildSystem = table(doc["build-system"]);
  reader.list(buildSystem["requires"], "build-system.requires", "build", "build-system");

  const manifest: PythonManifest = {
    path,
    format: "pyproject",
    requirements: reader.requirements,
    sources: [...uvSources(source, path, table(uv["sources"])), ...reader.poetrySources],
    indexes: [...uvIndexes(source, path, uv), ...poetryIndexes(source, path, poetry)],
    scripts: { ...stringRecord(project["scripts"]), ...stringRecord(project["gui-scripts"]), ...stringRecord(poetry["scripts"]) },
    entryPoints: Object.fromEntries(Object.entries(table(project["entry-points"])).map(([group, entries]) => [group, stringRecord(entries)])),
    urls: { ...stringRecord(project["urls"]), ...poetryUrls(poetry) },
    dynamic: strings(project["dynamic"]),
  };
  const name = text(project["name"]) ?? text(poetry["name"]);
  const version = text(project["version"]) ?? text(poetry["version"]);
  if (name) manifest.name = name;
  if (version) manifest.version = version;
  const strategy = text(uv["index-strategy"]);
  if (strategy) manifest.indexStrategy = strategy;
  if (Object.keys(buildSystem).length > 0) {
    const backend = text(buildSystem["build-backend"]);
    manifest.buildSystem = { requires: strings(buildSystem["requires"]), ...(backend ? { backend } : {}) };
  }
  return manifest;
}

/** Collects requirements with the line each is written on. */
class RequirementReader {
  readonly requirements: PythonRequirement[] = [];
  readonly poetrySources: PythonSourceOverride[] = [];

  constructor(
    readonly source: string,
    readonly path: string,
  ) {}

  list(value: unknown, group: string, scope: PythonRequirement["scope"], table: string): void {
    const from = Math.max(0, tableOffset(this.source, table));
    for (const raw of strings(value)) {
      const parsed = parseRequirement(raw);
      if (!parsed) continue;
      const line = lineOf(this.source, JSON.stringify(raw), from) ?? lineOf(this.source, `'${raw}'`, from) ?? lineOf(this.source, raw, from);
      this.requirements.push({
        name: parsed.name,
        raw: raw.trim(),
        specifier: parsed.specifier,
        extras: parsed.extras,
        ...(parsed.marker ? { marker: parsed.marker } : {}),
        ...(parsed.url ? { url: parsed.url } : {}),
        group,
        scope,
        path: this.path,
        ...(line ? { line } : {}),
      });
    }
  }

  /** `name = "^1.2"` or `name = { version = "^1.2", git = "…", optional = true }`, one table of them. */
  poetryTable(deps: TomlTable, group: string, scope: PythonRequirement["scope"], tableName: string): void {
    const from = Math.max(0, tableOffset(this.source, tableName));
    for (const [written, spec] of Object.entries(deps)) {
      if (written.toLowerCase() === "python") continue; // the interpreter constraint, not a package
      const line = lineOf(this.source, `\n${written}`, from);
      const at = line ? { line: line + 1 } : {};
      // A list of constraints with markers: the first one stands for the package.
      const entry = Array.isArray(spec) ? table(spec[0]) : typeof spec === "string" ? { version: spec } : table(spec);
      const name = normalisePythonName(written);
      const version = text(entry["version"]) ?? "";
      const optional = entry["optional"] === true;
      const url = text(entry["git"]) ?? text(entry["url"]) ?? text(entry["path"]);
      this.requirements.push({
        name,
        raw: typeof spec === "string" ? `${written} = "${spec}"` : `${written} = ${JSON.stringify(entry)}`,
        specifier: poetryToPep440(version.trim()),
        extras: strings(entry["extras"]).map(normalisePythonName),
        ...(url ? { url: text(entry["git"]) ? `git+${url}` : url } : {}),
        group,
        scope: optional && scope === "runtime" ? "optional" : scope,
        path: this.path,
        ...at,
      });
      const kind = entry["git"] ? "git" : entry["url"] ? "url" : entry["path"] ? "path" : entry["source"] ? "index" : undefined;
      const value = text(entry["git"]) ?? text(entry["url"]) ?? text(entry["path"]) ?? text(entry["source"]);
      if (kind && value) {
        const ref = text(entry["rev"]) ?? text(entry["tag"]) ?? text(entry["branch"]);
        this.poetrySources.push({ name, kind, value, ...(ref ? { ref } : {}), path: this.path, ...at });
      }
    }
  }
}

function readPoetryDependencies(reader: RequirementReader, poetry: TomlTable): void {
  reader.poetryTable(table(poetry["dependencies"]), "tool.poetry.dependencies", "runtime", "tool.poetry.dependencies");
  reader.poetryTable(table(poetry["dev-dependencies"]), "tool.poetry.dev-dependencies", "dev", "tool.poetry.dev-dependencies");
  for (const [group, body] of Object.entries(table(poetry["group"]))) {
    const name = `tool.poetry.group.${group}.dependencies`;
    reader.poetryTable(table(table(body)["dependencies"]), name, "dev", name);
  }
}

/** `[tool.uv.sources]`: name → { git, rev|tag|branch } | { url } | { path } | { index } | { workspace = true }, or a list of them with markers. */
function uvSources(source: string, path: string, sources: TomlTable): PythonSourceOverride[] {
  const from = Math.max(0, tableOffset(source, "tool.uv.sources"));
  const out: PythonSourceOverride[] = [];
  for (const [written, value] of Object.entries(sources)) {
    const line = lineOf(source, `\n${written}`, from);
    for (const entry of Array.isArray(value) ? tables(value) : [table(value)]) {
      const name = normalisePythonName(written);
      const at = line ? { line: line + 1 } : {};
      const ref = text(entry["rev"]) ?? text(entry["tag"]) ?? text(entry["branch"]);
      if (text(entry["git"])) out.push({ name, kind: "git", value: text(entry["git"])!, ...(ref ? { ref } : {}), path, ...at });
      else if (text(entry["url"])) out.push({ name, kind: "url", value: text(entry["url"])!, path, ...at });
      else if (text(entry["path"])) out.push({ name, kind: "path", value: text(entry["path"])!, path, ...at });
      else if (text(entry["index"])) out.push({ name, kind: "index", value: text(entry["index"])!, path, ...at });
      else if (entry["workspace"] === true) out.push({ name, kind: "workspace", value: "workspace", path, ...at });
    }
  }
  return out;
}

/** `[[tool.uv.index]]` (name, url, default, explicit) and the older `index-url` / `extra-index-url` / `find-links` keys. */
function uvIndexes(source: string, path: string, uv: TomlTable): PythonIndex[] {
  const out: PythonIndex[] = [];
  for (const index of tables(uv["index"])) {
    const url = text(index["url"]);
    if (!url) continue;
    const role: PythonIndex["role"] = index["default"] === true ? "default" : index["explicit"] === true ? "explicit" : "extra";
    const name = text(index["name"]);
    const line = lineOf(source, url);
    out.push({ url, ...(name ? { name } : {}), role, path, ...(line ? { line } : {}) });
  }
  const add = (url: string | undefined, role: PythonIndex["role"]): void => {
    if (!url) return;
    const line = lineOf(source, url);
    out.push({ url, role, path, ...(line ? { line } : {}) });
  };
  add(text(uv["index-url"]), "default");
  for (const url of strings(uv["extra-index-url"])) add(url, "extra");
  for (const url of strings(uv["find-links"])) add(url, "find-links");
  return out;
}

/** `[[tool.poetry.source]]` with priority primary/supplemental/explicit (or the old default/secondary flags). */
function poetryIndexes(source: string, path: string, poetry: TomlTable): PythonIndex[] {
  const out: PythonIndex[] = [];
  for (const entry of tables(poetry["source"])) {
    const url = text(entry["url"]);
    if (!url) continue;
    const priority = text(entry["priority"]) ?? (entry["default"] === true ? "default" : entry["secondary"] === true ? "supplemental" : "primary");
    const role: PythonIndex["role"] = priority === "explicit" ? "explicit" : priority === "default" ? "default" : "extra";
    const name = text(entry["name"]);
    const line = lineOf(source, url);
    out.push({ url, ...(name ? { name } : {}), role, path, ...(line ? { line } : {}) });
  }
  return out;
}

function poetryUrls(poetry: TomlTable): Record<string, string> {
  const out: Record<string, string> = { ...stringRecord(poetry["urls"]) };
  for (const key of ["repository", "homepage"] as const) {
    const url = text(poetry[key]);
    if (url) out[key] = url;
  }
  return out;
}

function stringRecord(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(table(value)).filter((e): e is [string, string] => typeof e[1] === "string"));
}
