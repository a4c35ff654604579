/** Reads a Pipfile (pipenv's TOML manifest): [packages], [dev-packages] and [[source]] indexes. */
import type { PythonIndex, PythonManifest, PythonRequirement, PythonSourceOverride } from "../../model.js";
import { lineOf, normalisePythonName, tableOffset } from "./names.js";
import { normaliseSpecifier } from "../../pep508.js";
import { parseTomlFile, table, tables, text } from "./toml.js";

export function parsePipfile(source: string, path: string): PythonManifest {
  const doc = parseTomlFile(source, path);
  const requirements: PythonRequirement[] = [];
  const sources: PythonSourceOverride[] = [];
  for (const [section, scope] of [["packages", "runtime"], ["dev-packages", "dev"]] as const) {
    const from = Math.max(0, tableOffset(source, section));
    for (const [written, spec] of Object.entries(table(doc[section]))) {
      const entry = typeof spec === "string" ? { version: spec } : table(spec);
      const name = normalisePythonName(written);
      const version = text(entry["version"]) ?? "";
      const line = lineOf(source, `\n${written}`, from);
      const at = line ? { line: line + 1 } : {};
      const url = text(entry["git"]) ?? text(entry["file"]) ?? text(entry["path"]);
      requirements.push({
        name, raw: `${written} = ${JSON.stringify(spec)}`, specifier: version === "*" ? "" : normaliseSpecifier(version), extras: [],
        ...(url ? { url: text(entry["git"]) ? `git+${url}` : url } : {}), group: section, scope, path, ...at,
      });
      if (text(entry["git"])) {
        const ref = text(entry["ref"]);
        sources.push({ name, kind: "git", value: text(entry["git"])!, ...(ref ? { ref } : {}), path, ...at });
      } else if (text(entry["path"]) ?? text(entry["file"])) {
        sources.push({ name, kind: /^https?:/.test(url!) ? "url" : "path", value: url!, path, ...at });
      } else if (text(entry["index"])) {
        sources.push({ name, kind: "index", value: text(entry["index"])!, path, ...at });
      }
    }
  }
  const indexes: PythonIndex[] = tables(doc["source"]).flatMap((s, i): PythonIndex[] => {
    const url = text(s["url"]);
    if (!url) return [];
    const name = text(s["name"]);
    const line = lineOf(source, url);
    return [{ url, ...(name ? { name } : {}), role: i === 0 ? "default" : "extra", path, ...(line ? { line } : {}) }];
  });
  return { path, format: "Pipfile", requirements, sources, indexes, scripts: {}, entryPoints: {}, urls: {}, dynamic: [] };
}
