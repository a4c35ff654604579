/**
 * One in-memory packument cache per process, shared by every dependency-tree resolution in it. A long-lived scan
 * worker resolves hundreds of trees that share most of their packages (the MCP SDK, express, zod...): without it each
 * scan re-reads and revalidates every packument. Entries expire after ten minutes, so a long-lived process (the App,
 * a catalog worker) does not resolve against old packuments.
 */
import { getHeapStatistics } from "node:v8";
import { LRUCache } from "lru-cache";

const TTL_MS = 10 * 60_000;
/** pacote records the response size as `_contentLength`; a packument without it is counted as this big. */
const UNKNOWN_SIZE = 512 * 1024;

/** One per on-disk cache directory: a scan given another cache directory gets another memory too. */
const shared = new Map<string, LRUCache<string, object>>();

export function sharedPackumentCache(cacheDir: string): LRUCache<string, object> {
  const existing = shared.get(cacheDir);
  if (existing) return existing;
  // A fifth of the heap, as arborist's own per-run cache takes a quarter; one packument at most a tenth of that.
  const maxSize = Math.max(16 * 1024 * 1024, Math.floor(getHeapStatistics().heap_size_limit * 0.2));
  const maxEntrySize = Math.floor(maxSize / 10);
  const cache = new LRUCache<string, object>({
    maxSize,
    maxEntrySize,
    ttl: TTL_MS,
    sizeCalculation: (packument) => {
      const size = (packument as { _contentLength?: unknown })._contentLength;
      // Parsed JSON takes more room than its text.
      return typeof size === "number" && size > 0 ? Math.ceil(size * 1.5) : UNKNOWN_SIZE;
    },
  });
  shared.set(cacheDir, cache);
  return cache;
}
