/**
 * `--from FILE`: server.json documents (one JSON document, an array, a registry listing, or one per line) or package
 * specs, one a line (`npm:name[@version]`, `pypi:name[==version]`, a bare npm name); `#` starts a comment line.
 */
import { readFileSync } from "node:fs";
import npa from "npm-package-arg";
import { UserError } from "../errors.js";
import { entryFromServerJson, type CatalogEntry } from "./entry.js";

export function readCatalogFile(file: string): CatalogEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UserError(code === "ENOENT" ? "no such file" : `cannot read the server list${code ? ` (${code})` : ""}`, { file });
  }
  return parseCatalogText(text, file);
}

export function parseCatalogText(text: string, file: string): CatalogEntry[] {
  const trimmed = text.trim();
  if (!trimmed) throw new UserError("the server list is empty", { file });
  if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !isJsonLines(trimmed))) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch (error) {
      throw new UserError(`malformed JSON: ${(error as Error).message.split("\n")[0]}`, { file });
    }
    return documentsOf(doc, file).map((d, index) => serverEntry(d.server, d.status, file, undefined, `entry ${index + 1}`));
  }
  const entries: CatalogEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    if (line.startsWith("{")) {
      let doc: unknown;
      try {
        doc = JSON.parse(line);
      } catch (error) {
        throw new UserError(`malformed JSON: ${(error as Error).message.split("\n")[0]}`, { file, line: index + 1 });
      }
      for (const d of documentsOf(doc, file, index + 1)) entries.push(serverEntry(d.server, d.status, file, index + 1));
      return;
    }
    entries.push(specEntry(line, file, index + 1));
  });
  if (entries.length === 0) throw new UserError("the server list names no server", { file });
  return entries;
}

/** True when every non-empty line is a JSON object of its own (JSON Lines), not one document over many lines. */
function isJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith("#"));
  if (lines.length < 2) return false;
  return lines.every((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return !!value && typeof value === "object";
    } catch {
      return false;
    }
  });
}

/** The server.json documents in a parsed file: a registry listing `{servers: [{server, _meta}]}`, an array, or one. */
function documentsOf(doc: unknown, file: string, line?: number): { server: unknown; status?: string }[] {
  if (Array.isArray(doc)) return doc.flatMap((d) => documentsOf(d, file, line));
  if (doc && typeof doc === "object") {
    const record = doc as Record<string, unknown>;
    if (Array.isArray(record.servers)) return record.servers.flatMap((d) => documentsOf(d, file, line));
    if (record.server && typeof record.server === "object") return [{ server: record.server, ...statusOf(record._meta) }];
    return [{ server: doc }];
  }
  throw new UserError("expected server.json documents (objects) or a registry listing", { file, ...(line ? { line } : {}) });
}

function statusOf(meta: unknown): { status?: string } {
  const official = meta && typeof meta === "object" ? (meta as Record<string, unknown>)["io.modelcontextprotocol.registry/official"] : undefined;
  const status = official && typeof official === "object" ? (official as Record<string, unknown>).status : undefined;
  return typeof status === "string" ? { status } : {};
}

function serverEntry(doc: unknown, status: string | undefined, file: string, line?: number, where?: string): CatalogEntry {
  const entry = entryFromServerJson(doc, status);
  if ("invalid" in entry) throw new UserError(`${where ? `${where}: ` : ""}${entry.invalid}`, { file, ...(line ? { line } : {}) });
  return entry;
}

/** `npm:name[@version]`, `pypi:name[==version]`, or a bare npm name (as in a list of npm packages). */
export function specEntry(spec: string, file: string, line: number): CatalogEntry {
  if (spec.startsWith("pypi:")) {
    const match = /^pypi:([A-Za-z0-9][A-Za-z0-9._-]*)(?:==([A-Za-z0-9.!+_-]+))?$/.exec(spec);
    if (!match) throw new UserError(`"${spec}" is not a PyPI spec: write pypi:<name>[==<version>]`, { file, line });
    const name = match[1]!.toLowerCase().replace(/[-_.]+/g, "-");
    return { name: `pypi:${name}`, ...(match[2] ? { version: match[2] } : {}), packages: [{ registryType: "pypi", identifier: name, ...(match[2] ? { version: match[2] } : {}) }], remotes: [] };
  }
  const body = spec.startsWith("npm:") ? spec.slice(4) : spec;
  if (/^[a-z][a-z0-9+.-]*:/i.test(body) && !spec.startsWith("npm:")) throw new UserError(`"${spec}": write npm:<name>, pypi:<name> or a server.json document`, { file, line });
  let parsed: npa.Result;
  try {
    parsed = npa(body);
  } catch (error) {
    throw new UserError(`bad package spec "${spec}": ${(error as Error).message.split("\n")[0]}`, { file, line });
  }
  if (!parsed.registry || !parsed.name) throw new UserError(`"${spec}" is not a registry package spec: write npm:<name>[@<version>]`, { file, line });
  const version = parsed.type === "version" ? parsed.fetchSpec ?? undefined : undefined;
  if (!version && parsed.rawSpec && parsed.rawSpec !== "*" && parsed.type !== "tag")
    throw new UserError(`"${spec}": give an exact version or none (a catalog row is one version)`, { file, line });
  const tag = parsed.type === "tag" && parsed.fetchSpec !== "latest" ? parsed.fetchSpec : undefined;
  if (tag) throw new UserError(`"${spec}": give an exact version or none, not the dist-tag "${tag}"`, { file, line });
  return {
    name: `npm:${parsed.name}`,
    ...(version ? { version } : {}),
    packages: [{ registryType: "npm", identifier: parsed.name, ...(version ? { version } : {}) }],
    remotes: [],
  };
}
