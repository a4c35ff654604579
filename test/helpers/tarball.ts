/** Builds gzipped tarballs in memory with tar's own Header, including the unsafe entries tar.c would never write. */
import { gzipSync } from "node:zlib";
import { Header } from "tar";

export interface RawEntry {
  path: string;
  type?: "File" | "Directory" | "SymbolicLink" | "Link";
  body?: string;
  linkpath?: string;
  /** Declared size when it should differ from the body (a header claiming a huge file). */
  size?: number;
}

export function rawTarball(entries: readonly RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? "");
    const type = entry.type ?? "File";
    const header = new Header({
      path: entry.path,
      type,
      mode: type === "Directory" ? 0o755 : 0o644,
      size: type === "File" ? (entry.size ?? body.length) : 0,
      mtime: new Date("2026-01-01T00:00:00Z"),
      ...(entry.linkpath ? { linkpath: entry.linkpath } : {}),
    });
    header.encode();
    if (!header.block) throw new Error(`could not encode a header for ${entry.path}`);
    blocks.push(header.block);
    if (type === "File") {
      const declared = entry.size ?? body.length;
      const padded = Buffer.alloc(Math.ceil(declared / 512) * 512);
      body.copy(padded);
      blocks.push(padded);
    }
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

/** A GitHub-style archive: every file under one `owner-repo-sha/` top folder. */
export function githubArchive(files: Record<string, string>, top = "octo-server-abc1234"): Buffer {
  return rawTarball([{ path: `${top}/`, type: "Directory" }, ...Object.entries(files).map(([p, body]) => ({ path: `${top}/${p}`, body }))]);
}
