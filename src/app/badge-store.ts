/** Badge values per repository: cached for five minutes, looked up at most once at a time, and never waited on past a deadline. */
import type { BadgeInput } from "../report/badge.js";

/** Resolves undefined when there is nothing to show (not installed, private, never scanned). */
export type BadgeLookup = (owner: string, repo: string) => Promise<BadgeInput | undefined>;

export interface BadgeStoreOptions {
  lookup: BadgeLookup;
  /** How long a found value is served before asking GitHub again. */
  ttlMs?: number;
  /** Shorter, so a repository that just installed the App or just got scanned shows up soon. */
  unknownTtlMs?: number;
  /** Past this the badge answers "unknown" (the lookup keeps going and fills the cache). */
  timeoutMs?: number;
  now?: () => number;
}

export const BADGE_TTL_MS = 5 * 60_000;
const UNKNOWN_TTL_MS = 60_000;
const TIMEOUT_MS = 1_500;

interface Entry {
  value: BadgeInput | undefined;
  expires: number;
  /** Set by record(): a lookup that started earlier must not overwrite the App's own fresher result. */
  recorded?: boolean;
}

export class BadgeStore {
  private readonly cache = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<BadgeInput | undefined>>();
  private readonly ttlMs: number;
  private readonly unknownTtlMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly options: BadgeStoreOptions) {
    this.ttlMs = options.ttlMs ?? BADGE_TTL_MS;
    this.unknownTtlMs = options.unknownTtlMs ?? UNKNOWN_TTL_MS;
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
    this.now = options.now ?? Date.now;
  }

  /** The value to show now; undefined means "unknown". Never rejects, never takes longer than the timeout. */
  async get(owner: string, repo: string): Promise<BadgeInput | undefined> {
    const key = keyOf(owner, repo);
    const cached = this.cache.get(key);
    if (cached && cached.expires > this.now()) return cached.value;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.timeoutMs);
    });
    try {
      return await Promise.race([this.lookup(key, owner, repo), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A result the App just produced for the default branch. */
  record(owner: string, repo: string, value: BadgeInput): void {
    this.cache.set(keyOf(owner, repo), { value, expires: this.now() + this.ttlMs, recorded: true });
  }

  private lookup(key: string, owner: string, repo: string): Promise<BadgeInput | undefined> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const started = this.options
      .lookup(owner, repo)
      .catch(() => undefined)
      .then((value) => {
        const current = this.cache.get(key);
        if (current?.recorded && current.expires > this.now()) return current.value;
        this.cache.set(key, { value, expires: this.now() + (value ? this.ttlMs : this.unknownTtlMs) });
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}

/** GitHub owner and repository names are case-insensitive. */
function keyOf(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase();
}
