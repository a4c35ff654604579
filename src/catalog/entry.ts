/** One server of a catalog run: read from a server.json (the MCP registry format) or a package spec, keyed by name@version. */

/** A `packages[]` entry of server.json, as far as the catalog reads it. */
export interface ServerPackage {
  registryType: string;
  identifier: string;
  version?: string;
  registryBaseUrl?: string;
}

export interface ServerRemote {
  type?: string;
  url: string;
}

export interface CatalogEntry {
  /** The registry name (`io.github.owner/server`), or `npm:<name>` / `pypi:<name>` for a spec line. */
  name: string;
  /** The server's version; undefined for a spec line until the registry names its newest version. */
  version?: string;
  packages: ServerPackage[];
  remotes: ServerRemote[];
  /** The server.json as listed (registry or file); spec lines have none. */
  serverJson?: Record<string, unknown>;
  /** The registry's lifecycle status, when it says (active, deprecated). */
  registryStatus?: string;
}

/** What results are keyed by (and the BullMQ job id, once escaped): name@version. */
export function entryKey(entry: Pick<CatalogEntry, "name" | "version">): string {
  return `${entry.name}@${entry.version ?? "latest"}`;
}

/** The server.json of a registry listing or a file, or why it cannot be a catalog entry. */
export function entryFromServerJson(doc: unknown, registryStatus?: string): CatalogEntry | { invalid: string } {
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return { invalid: "not a JSON object" };
  const server = doc as Record<string, unknown>;
  if (typeof server.name !== "string" || !server.name.trim()) return { invalid: "server.json has no name" };
  if (typeof server.version !== "string" || !server.version.trim()) return { invalid: `${server.name}: server.json has no version` };
  if (server.name.length > 200 || /[\s\u0000-\u001f]/.test(server.name)) return { invalid: "server.json name is not a registry name" };
  return {
    name: server.name,
    version: server.version.trim(),
    packages: (Array.isArray(server.packages) ? server.packages : []).flatMap(packageOf),
    remotes: (Array.isArray(server.remotes) ? server.remotes : []).flatMap(remoteOf),
    serverJson: server,
    ...(registryStatus ? { registryStatus } : {}),
  };
}

function packageOf(value: unknown): ServerPackage[] {
  if (!value || typeof value !== "object") return [];
  const p = value as Record<string, unknown>;
  if (typeof p.registryType !== "string" || typeof p.identifier !== "string") return [];
  return [
    {
      registryType: p.registryType,
      identifier: p.identifier,
      ...(typeof p.version === "string" ? { version: p.version } : {}),
      ...(typeof p.registryBaseUrl === "string" ? { registryBaseUrl: p.registryBaseUrl } : {}),
    },
  ];
}

function remoteOf(value: unknown): ServerRemote[] {
  if (!value || typeof value !== "object") return [];
  const r = value as Record<string, unknown>;
  if (typeof r.url !== "string") return [];
  return [{ url: r.url, ...(typeof r.type === "string" ? { type: r.type } : {}) }];
}
