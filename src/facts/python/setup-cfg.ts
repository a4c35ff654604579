/** Reads setup.cfg (setuptools' declarative config): metadata, install_requires, extras, setup_requires and entry points. */
import type { PythonManifest, PythonRequirement } from "../../model.js";
import { parseRequirement } from "../../pep508.js";

interface IniValue {
  value: string;
  line: number;
}

/** A small INI reader for setuptools' dialect: `key = value` with indented continuation lines, `#`/`;` comments. */
function parseIni(text: string): Map<string, Map<string, IniValue>> {
  const sections = new Map<string, Map<string, IniValue>>();
  let section: Map<string, IniValue> | undefined;
  let last: IniValue | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*[#;]/.test(raw) || raw.trim() === "") return;
    const header = /^\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      section = new Map();
      sections.set(header[1]!.trim().toLowerCase(), section);
      last = undefined;
      return;
    }
    if (/^\s/.test(raw) && last) {
      last.value += `\n${raw.trim()}`;
      return;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (pair && section) {
      last = { value: pair[2]!.trim(), line: i + 1 };
      section.set(pair[1]!.trim().toLowerCase().replace(/-/g, "_"), last);
    }
  });
  return sections;
}

export function parseSetupCfg(text: string, path: string): PythonManifest {
  const ini = parseIni(text);
  const metadata = ini.get("metadata");
  const options = ini.get("options");
  const manifest: PythonManifest = { path, format: "setup.cfg", requirements: [], sources: [], indexes: [], scripts: {}, entryPoints: {}, urls: {}, dynamic: [] };
  const name = metadata?.get("name")?.value;
  const version = metadata?.get("version")?.value;
  if (name) manifest.name = name;
  if (version && !version.startsWith("attr:") && !version.startsWith("file:")) manifest.version = version;
  const url = metadata?.get("url")?.value;
  if (url) manifest.urls["url"] = url;
  const add = (entry: IniValue | undefined, group: string, scope: PythonRequirement["scope"]): void => {
    if (!entry) return;
    entry.value.split("\n").forEach((item, offset) => {
      const raw = item.replace(/\s+#.*$/, "").trim();
      const parsed = parseRequirement(raw);
      if (!parsed) return;
      manifest.requirements.push({
        name: parsed.name, raw, specifier: parsed.specifier, extras: parsed.extras,
        ...(parsed.marker ? { marker: parsed.marker } : {}), ...(parsed.url ? { url: parsed.url } : {}),
        group, scope, path, line: entry.line + offset,
      });
    });
  };
  add(options?.get("install_requires"), "options.install_requires", "runtime");
  add(options?.get("setup_requires"), "options.setup_requires", "build");
  add(options?.get("tests_require"), "options.tests_require", "dev");
  for (const [extra, entry] of ini.get("options.extras_require") ?? []) add(entry, `options.extras_require.${extra}`, "optional");
  for (const [group, entry] of ini.get("options.entry_points") ?? []) {
    for (const line of entry.value.split("\n")) {
      const match = /^\s*([^=\s]+)\s*=\s*(.+?)\s*$/.exec(line);
      if (!match) continue;
      if (group === "console_scripts" || group === "gui_scripts") manifest.scripts[match[1]!] = match[2]!;
      else (manifest.entryPoints[group] ??= {})[match[1]!] = match[2]!;
    }
  }
  return manifest;
}
