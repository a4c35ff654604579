/**
 * Extracts a PyPI sdist (.tar.gz, or an old .zip) or a wheel (.whl, a zip) into a folder, never outside it: absolute
 * and `..` paths are refused, links are left out, and the size, file-count and compression-ratio limits refuse zip bombs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import yauzl from "yauzl";
import { UserError } from "../errors.js";
import { DEFAULT_EXTRACT_LIMITS, extractRepositoryTarball, type ExtractLimits } from "./github.js";

export interface ArchiveLimits extends ExtractLimits {
  /** Uncompressed bytes per compressed byte past which a zip entry is taken for a bomb. */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { ...DEFAULT_EXTRACT_LIMITS, maxRatio: 200 };

/** Extracts `bytes` (the file `filename`) into `dir`; an sdist's top folder (`name-1.0/`) is dropped, a wheel has none. */
export async function extractPythonArchive(bytes: Buffer, filename: string, dir: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<void> {
  if (/\.(?:tar\.gz|tgz)$/i.test(filename)) {
    await extractRepositoryTarball(bytes, dir, limits, filename);
    return;
  }
  if (/\.(?:whl|zip)$/i.test(filename)) {
    await extractZip(bytes, dir, limits, filename, /\.zip$/i.test(filename));
    return;
  }
  throw new UserError(`${filename} is neither an sdist (.tar.gz, .zip) nor a wheel (.whl)`);
}

/** A zip entry's path made safe, or undefined when it must be refused. */
export function safeEntryPath(name: string): string | undefined {
  if (name.includes("\\") || name.includes("\u0000")) return undefined;
  if (path.posix.isAbsolute(name) || /^[A-Za-z]:/.test(name)) return undefined;
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.some((p) => p === "..")) return undefined;
  return parts.join("/");
}

function extractZip(bytes: Buffer, dir: string, limits: ArchiveLimits, label: string, stripTop: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(new UserError(`could not open ${label}: ${(openError?.message ?? "not a zip").split("\n")[0]}`));
      let entries = 0;
      let total = 0;
      const fail = (error: UserError): void => {
        zip.close();
        reject(error);
      };
      zip.on("error", (error: Error) => fail(new UserError(`could not unpack ${label}: ${error.message.split("\n")[0]}`)));
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > limits.maxEntries) return fail(new UserError(`${label} has more than ${limits.maxEntries} entries, the most the scan unpacks`));
        const inner = safeEntryPath(entry.fileName);
        if (inner === undefined) return fail(new UserError(`${label} holds an entry that escapes its folder (${entry.fileName.slice(0, 80)}); refused`));
        // The upper 16 bits of the external attributes are the Unix mode: a symlink (0o120000) is never written.
        const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
        const relative = stripTop ? inner.split("/").slice(1).join("/") : inner;
        if (mode === 0o120000 || relative === "" || entry.fileName.endsWith("/")) return zip.readEntry();
        total += entry.uncompressedSize;
        if (total > limits.maxBytes) return fail(new UserError(`${label} unpacks to more than ${Math.round(limits.maxBytes / 1024 / 1024)} MB, the most the scan unpacks`));
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
          return fail(new UserError(`${label}: ${inner} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times (a zip bomb); refused`));
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(new UserError(`could not unpack ${inner} from ${label}`));
          const chunks: Buffer[] = [];
          let read = 0;
          stream.on("data", (chunk: Buffer) => {
            read += chunk.length;
            // validateEntrySizes stops a stream that lies about its size; this is the belt to its braces.
            if (read > entry.uncompressedSize) stream.destroy(new Error("entry larger than declared"));
            else chunks.push(chunk);
          });
          stream.on("error", (error) => fail(new UserError(`could not unpack ${inner} from ${label}: ${error.message}`)));
          stream.on("end", () => {
            const target = path.join(dir, ...relative.split("/"));
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, Buffer.concat(chunks), { mode: 0o644 });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
