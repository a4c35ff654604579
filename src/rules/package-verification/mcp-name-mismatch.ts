/** package-verification/mcp-name-mismatch: package.json's mcpName is not server.json's name, so the MCP registry cannot tie them. */
import type { Rule } from "../../model.js";
import { jsonKeyLine } from "../../json-key-line.js";

export const mcpNameMismatch: Rule = {
  id: "package-verification/mcp-name-mismatch",
  dimension: "package-verification",
  severity: "medium",
  title: "package.json's mcpName does not match server.json's name",
  rationale:
    "The MCP registry proves that an npm package belongs to a server by reading `mcpName` in the package's package.json and comparing it with " +
    "server.json's `name`. A different or missing mcpName means the listing and the package are not provably the same server.",
  remediation: 'Set "mcpName" in package.json to server.json\'s "name" exactly, and publish a new version.',
  ecosystems: ["npm"],
  check(snapshot) {
    const serverJson = snapshot.serverJson;
    const manifest = snapshot.packedSource?.manifest ?? snapshot.manifest?.data;
    if (!serverJson || !manifest) return [];
    const serverName = serverJson.data["name"];
    if (typeof serverName !== "string") return [];
    const mcpName = manifest["mcpName"];
    const packageName = typeof manifest.name === "string" ? manifest.name : undefined;
    const listed = listsNpmPackage(serverJson.data["packages"], packageName);
    const manifestPath = snapshot.packedSource?.directory ? `${snapshot.packedSource.directory}/package.json` : (snapshot.manifest?.path ?? "package.json");
    if (typeof mcpName === "string") {
      if (mcpName === serverName) return [];
      return [{
        message: `package.json mcpName is "${mcpName}" but ${serverJson.path} names the server "${serverName}".`,
        location: { path: manifestPath, ...(snapshot.packedSource?.directory ? {} : lineOf(snapshot.manifest?.text, "mcpName")) },
        evidence: mcpName,
      }];
    }
    if (!listed) return [];
    return [{
      message: `${serverJson.path} lists the npm package ${packageName} for "${serverName}", but its package.json has no mcpName: the registry cannot verify the package is this server's.`,
      location: { path: manifestPath },
      evidence: serverName,
    }];
  },
};

function listsNpmPackage(packages: unknown, name: string | undefined): boolean {
  if (!name || !Array.isArray(packages)) return false;
  return packages.some((p) => {
    const entry = p as { registryType?: unknown; registry_name?: unknown; identifier?: unknown; name?: unknown };
    const type = entry.registryType ?? entry.registry_name;
    return (type === undefined || type === "npm") && (entry.identifier === name || entry.name === name);
  });
}

function lineOf(text: string | undefined, key: string): { startLine?: number } {
  const line = text ? jsonKeyLine(text, key) : undefined;
  return line ? { startLine: line } : {};
}
