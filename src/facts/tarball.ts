/** Reads an npm tarball's headers and file digests in memory: nothing is written to disk, so no entry can escape. */
import { createHash } from "node:crypto";
import path from "node:path";
import { Parser, type ReadEntry } from "tar";
import { UserError } from "../errors.js";
import type { TarballEntry } from "../model.js";

export interface TarballContents {
  entries: TarballEntry[];
  /** Contents of the regular files, by entry path (unsafe paths excluded). */
  files: Map<string, Buffer>;
}

const ENTRY_TYPES: Record<string, TarballEntry["type"]> = {
  File: "file",
  OldFile: "file",
  ContiguousFile: "file",
  Directory: "directory",
  SymbolicLink: "symlink",
  Link: "hardlink",
};

/** Lists every entry of a (gzipped) tarball with its type, mode, size and sha512; the top folder (`package/`) is removed. */
export async function readTarball(bytes: Buffer, label = "tarball"): Promise<TarballContents> {
  const entries: TarballEntry[] = [];
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: (entry: ReadEntry) => {
        const chunks: Buffer[] = [];
        entry.on("data", (chunk: Buffer) => chunks.push(chunk));
        entry.on("end", () => {
          const item = describeEntry(entry);
          if (!item) return;
          if (item.type === "file") {
            const data = Buffer.concat(chunks);
            item.sha512 = createHash("sha512").update(data).digest("base64");
            if (!item.unsafe) files.set(item.path, data);
          }
          entries.push(item);
        });
      },
    });
    parser.on("error", (error: Error) => reject(new UserError(`${label} is not a readable tarball: ${error.message}`)));
    // A lenient parser only warns on garbage; a tarball that is not one must not read as an empty package.
    parser.on("warn", (code: string, message: string) => {
      if (code === "TAR_BAD_ARCHIVE" || code === "TAR_ABORT") reject(new UserError(`${label} is not a readable tarball: ${message}`));
    });
    parser.on("end", () => resolve());
    parser.end(bytes);
  });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries, files };
}

function describeEntry(entry: ReadEntry): TarballEntry | undefined {
  const raw = entry.path.replace(/\\/g, "/");
  const unsafe = unsafeKind(raw);
  // npm packs under "package/"; old tarballs use another top folder name, so strip whatever the first segment is.
  const relative = unsafe ? raw : raw.replace(/^\.\//, "").split("/").slice(1).join("/").replace(/\/$/, "");
  if (!relative) return undefined;
  const item: TarballEntry = {
    path: relative,
    type: ENTRY_TYPES[entry.type] ?? "other",
    mode: (entry.mode ?? 0) & 0o7777,
    size: entry.size ?? 0,
  };
  if (entry.linkpath) item.linkTarget = entry.linkpath;
  if (unsafe) item.unsafe = unsafe;
  return item;
}

function unsafeKind(entryPath: string): TarballEntry["unsafe"] {
  if (entryPath.startsWith("/") || /^[A-Za-z]:/.test(entryPath)) return "absolute";
  if (entryPath.split("/").includes("..")) return "parent";
  const normalised = path.posix.normalize(entryPath);
  if (normalised.startsWith("../")) return "parent";
  return undefined;
}

/** True for a file the tarball marks executable for anyone. */
export function isExecutable(entry: Pick<TarballEntry, "mode">): boolean {
  return (entry.mode & 0o111) !== 0;
}
