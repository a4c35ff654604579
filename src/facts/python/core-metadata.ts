/** Reads core metadata (a wheel's `.dist-info/METADATA`, an sdist's `PKG-INFO`) and a wheel's `entry_points.txt`. */
import type { PythonManifest } from "../../model.js";
import { parseRequirement } from "../../pep508.js";

/** RFC 822-style headers until the first blank line; continuation lines start with whitespace. */
export function parseCoreMetadata(text: string, path: string): PythonManifest {
  const manifest: PythonManifest = { path, format: "METADATA", requirements: [], sources: [], indexes: [], scripts: {}, entryPoints: {}, urls: {}, dynamic: [] };
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") break;
    const match = /^([A-Za-z][A-Za-z0-9-]*):\s?(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (key === "name") manifest.name = value;
    else if (key === "version") manifest.version = value;
    else if (key === "requires-dist") {
      const parsed = parseRequirement(value);
      if (!parsed) continue;
      const extra = /extra\s*==\s*['"]([^'"]+)['"]/.exec(parsed.marker ?? "")?.[1];
      manifest.requirements.push({
        name: parsed.name, raw: value, specifier: parsed.specifier, extras: parsed.extras,
        ...(parsed.marker ? { marker: parsed.marker } : {}), ...(parsed.url ? { url: parsed.url } : {}),
        group: extra ? `Requires-Dist (extra ${extra})` : "Requires-Dist", scope: extra ? "optional" : "runtime", path, line: i + 1,
      });
    } else if (key === "project-url") {
      const [label, url] = value.split(/,\s*/, 2);
      if (label && url) manifest.urls[label] = url;
    } else if (key === "home-page") manifest.urls["Homepage"] = value;
  }
  return manifest;
}

/** entry_points.txt: `[console_scripts]` and `[gui_scripts]` become scripts, other groups entry points. */
export function readEntryPoints(text: string, manifest: PythonManifest): void {
  let group = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      group = header[1]!.trim();
      continue;
    }
    const match = /^([^=\s]+)\s*=\s*(.+)$/.exec(line);
    if (!match || !group) continue;
    if (group === "console_scripts" || group === "gui_scripts") manifest.scripts[match[1]!] = match[2]!;
    else (manifest.entryPoints[group] ??= {})[match[1]!] = match[2]!;
  }
}
