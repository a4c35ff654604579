/** Reads the remote MCP endpoints a server advertises: server.json `remotes[]` and `mcpServers` blocks in its README. */
import { parse as parseJsonc, type ParseError } from "jsonc-parser";
import type { JsonFile, RemoteEndpoint, SourceFile } from "../model.js";

const README = /^readme(?:\.[a-z]+)?$/i;
const FENCE = /^\s*(```+|~~~+)\s*([\w-]*)/;

export function collectRemotes(serverJson: JsonFile | undefined, files: readonly SourceFile[]): RemoteEndpoint[] {
  const remotes: RemoteEndpoint[] = [];
  if (serverJson) remotes.push(...serverJsonRemotes(serverJson));
  for (const file of files) if (README.test(file.path)) remotes.push(...readmeRemotes(file));
  const seen = new Set<string>();
  return remotes.filter((r) => {
    const key = `${r.source}\u0000${r.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function serverJsonRemotes(serverJson: JsonFile): RemoteEndpoint[] {
  const remotes = serverJson.data.remotes;
  if (!Array.isArray(remotes)) return [];
  const out: RemoteEndpoint[] = [];
  for (const remote of remotes) {
    if (!remote || typeof remote !== "object") continue;
    const { url, type } = remote as { url?: unknown; type?: unknown };
    if (typeof url !== "string") continue;
    out.push({
      url,
      ...(transportOf(type) ? { transport: transportOf(type)! } : {}),
      source: "server.json",
      location: { path: serverJson.path, startLine: lineOf(serverJson.text, JSON.stringify(url).slice(1, -1)) },
    });
  }
  return out;
}

/** Remotes in the README's JSON code blocks: `mcpServers.<name>.url` / `serverUrl`, and `npx mcp-remote <url>` arguments. */
export function readmeRemotes(file: SourceFile): RemoteEndpoint[] {
  const out: RemoteEndpoint[] = [];
  for (const block of codeBlocks(file.text)) {
    if (!block.text.includes("mcpServers") && !block.text.includes("servers")) continue;
    const errors: ParseError[] = [];
    const data = parseJsonc(block.text, errors, { allowTrailingComma: true, disallowComments: false });
    if (!data || typeof data !== "object") continue;
    for (const server of serverEntries(data as Record<string, unknown>)) {
      const direct = typeof server.url === "string" ? server.url : typeof server.serverUrl === "string" ? server.serverUrl : undefined;
      const viaProxy = Array.isArray(server.args) && server.args.some((a) => typeof a === "string" && /(?:^|\/)mcp-remote(?:@|$)/.test(a))
        ? server.args.find((a): a is string => typeof a === "string" && /^https?:\/\//i.test(a))
        : undefined;
      const url = direct ?? viaProxy;
      if (!url) continue;
      const transport = transportOf(server.type ?? server.transport);
      const inBlock = lineOf(block.text, url.replace(/"/g, '\\"'));
      out.push({ url, ...(transport ? { transport } : {}), source: "readme", location: { path: file.path, startLine: block.startLine + inBlock - 1 } });
    }
  }
  return out;
}

/** The server entries of a client config: `mcpServers`, VS Code's `servers`, or both nested under `mcp`. */
function serverEntries(data: Record<string, unknown>): Record<string, unknown>[] {
  const holders = [data, data.mcp].filter((h): h is Record<string, unknown> => !!h && typeof h === "object");
  const out: Record<string, unknown>[] = [];
  for (const holder of holders) {
    for (const key of ["mcpServers", "servers"]) {
      const servers = holder[key];
      if (!servers || typeof servers !== "object" || Array.isArray(servers)) continue;
      for (const entry of Object.values(servers)) if (entry && typeof entry === "object") out.push(entry as Record<string, unknown>);
    }
  }
  return out;
}

/** Fenced code blocks tagged json/jsonc/json5 or untagged, with the 1-based line of their first content line. */
function codeBlocks(text: string): { text: string; startLine: number }[] {
  const lines = text.split(/\r?\n/);
  const blocks: { text: string; startLine: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const lang = open[2]!.toLowerCase();
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) end++;
    if (lang === "" || lang.startsWith("json")) blocks.push({ text: lines.slice(start, end).join("\n"), startLine: start + 1 });
    i = end;
  }
  return blocks;
}

function transportOf(type: unknown): RemoteEndpoint["transport"] | undefined {
  if (type === "sse") return "sse";
  if (type === "streamable-http" || type === "http" || type === "streamableHttp") return "streamable-http";
  return undefined;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split("\n").length;
}
