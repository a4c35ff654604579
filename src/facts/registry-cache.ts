/** The on-disk packument cache: one small JSON file per package holding its trimmed fact and validators. */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import type { PackumentFact } from "../model.js";

export interface CachedPackument {
  /** The registry the fact came from: a cache shared by two registries must not mix their answers. */
  registry: string;
  fact: PackumentFact;
  etag?: string;
  lastModified?: string;
  /** Epoch milliseconds of the last fetch or successful revalidation. */
  fetchedAt: number;
}

/** $XDG_CACHE_HOME/mcp-trust, else ~/.cache/mcp-trust. */
export function defaultCacheDir(): string {
  const xdg = process.env["XDG_CACHE_HOME"];
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), ".cache"), "mcp-trust");
}

export interface PackumentCache {
  read(name: string): Promise<CachedPackument | undefined>;
  write(name: string, entry: CachedPackument): Promise<void>;
  remove(name: string): Promise<void>;
}

/** A cache rooted at `dir`; an unreadable or foreign entry reads as absent, a failed write is ignored. */
export function createPackumentCache(dir: string, registry: string): PackumentCache {
  let ready: Promise<unknown> | undefined;
  const fileOf = (name: string): string => path.join(dir, `${encodeURIComponent(name)}.json`);

  return {
    async read(name) {
      let text: string;
      try {
        text = await readFile(fileOf(name), "utf8");
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as Partial<CachedPackument>;
        // Case-insensitive file systems can map two legacy names to one file: check whose entry it is.
        if (entry.registry !== registry || entry.fact?.name !== name || typeof entry.fetchedAt !== "number") return undefined;
        return entry as CachedPackument;
      } catch {
        return undefined;
      }
    },

    async write(name, entry) {
      const file = fileOf(name);
      const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      try {
        await (ready ??= mkdir(dir, { recursive: true }));
        await writeFile(temp, JSON.stringify(entry));
        await rename(temp, file);
      } catch {
        // The cache only saves time; a read-only or full disk must not fail the scan.
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },

    async remove(name) {
      await rm(fileOf(name), { force: true }).catch(() => undefined);
    },
  };
}
