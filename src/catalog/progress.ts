/** The catalog's progress line on stderr: a bar with rate and ETA, redrawn in place on a terminal, a line every 10% elsewhere. */
import type { CatalogCounts } from "./run.js";

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "–";
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** One progress line (pure): `[####----] 120/1000 12% 3.1/s ETA 4m43s · 2 failed · 5 not checked`. */
export function progressLine(counts: CatalogCounts, elapsedMs: number, width = 24): string {
  const finished = counts.scanned + counts.notChecked + counts.failed;
  const done = Math.min(finished, counts.queued);
  const fraction = counts.queued === 0 ? 1 : done / counts.queued;
  const filled = Math.round(fraction * width);
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? (counts.queued - done) / rate : Number.POSITIVE_INFINITY;
  const parts = [
    `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${counts.queued} ${Math.floor(fraction * 100)}%`,
    `${rate.toFixed(1)}/s`,
    done >= counts.queued ? `took ${formatDuration(elapsedMs / 1000)}` : `ETA ${done === 0 ? "–" : formatDuration(eta)}`,
  ];
  const extras = [
    counts.failed ? `${counts.failed} failed` : "",
    counts.notChecked ? `${counts.notChecked} not checked` : "",
    counts.alreadyDone ? `${counts.alreadyDone} done before` : "",
  ].filter(Boolean);
  return [parts.join(" "), ...extras].join(" · ");
}

export class CatalogProgress {
  /** The clock starts with the first update, once the list is read: listing the registry is not scan time. */
  private started?: number;
  private lastPrintedDecile = -1;
  private shown = false;

  constructor(private readonly stream: ProgressStream, private readonly now: () => number = Date.now) {}

  update(counts: CatalogCounts): void {
    this.started ??= this.now();
    const line = `catalog ${progressLine(counts, this.now() - this.started)}`;
    if (this.stream.isTTY) {
      const width = this.stream.columns ?? 120;
      this.stream.write(`\r\u001b[2K${line.slice(0, width - 1)}`);
      this.shown = true;
      return;
    }
    const finished = counts.scanned + counts.notChecked + counts.failed;
    const decile = counts.queued === 0 ? 10 : Math.floor((Math.min(finished, counts.queued) / counts.queued) * 10);
    if (decile !== this.lastPrintedDecile) {
      this.lastPrintedDecile = decile;
      this.stream.write(`mcp-trust: ${line}\n`);
    }
  }

  /** Leaves the last state on its own line. */
  done(): void {
    if (this.shown) this.stream.write("\n");
    this.shown = false;
  }

  message(text: string): void {
    if (this.shown) this.stream.write("\r\u001b[2K");
    this.stream.write(`mcp-trust: ${text}\n`);
    this.shown = false;
  }
}
