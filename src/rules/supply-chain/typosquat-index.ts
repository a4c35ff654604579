/** Finds the popular npm name a package name imitates: by edit distance, separators, look-alike characters or scope. */

export type ImitationKind = "edit" | "separators" | "homoglyph" | "scope-added" | "scope-dropped" | "scope-swapped";

export interface Imitation {
  /** The popular package the name resembles. */
  popular: string;
  kind: ImitationKind;
  /** Damerau-Levenshtein distance, for "edit". */
  distance?: number;
}

export interface IndexOptions {
  /** Names never judged: established packages outside the popular list that tests on real servers showed. */
  exceptions?: Iterable<string>;
  /** Scopes of established organisations besides those in the popular list. */
  establishedScopes?: Iterable<string>;
}

/** Names shorter than this have too many legitimate one-edit neighbours ("qs", "ws", "ms") to judge by distance. */
const MIN_LENGTH_FOR_EDITS = 4;
/** Names (both of them) this long may be two edits apart; shorter ones only one. */
const MIN_LENGTH_FOR_TWO_EDITS = 8;

/**
 * Only the owner of a scope can publish under it, so a name under an established scope is never a
 * typosquat: scoped names are judged by their scope (added, look-alike), unscoped ones by edits.
 */
export class PopularNameIndex {
  private readonly popular = new Set<string>();
  /** Unscoped popular names, most downloaded first, and their ranks. */
  private readonly names: string[] = [];
  /** Hash of every string reachable by deleting up to one (two for long names) characters → name ranks. */
  private readonly deletions = new Map<number, number | number[]>();
  /** Separator-free form ("crossenv"; "typesnode" for "@types/node") → most popular full name. */
  private readonly bySeparatorless = new Map<string, string>();
  /** Separator-free, look-alike-folded form → most popular full name. */
  private readonly bySkeleton = new Map<string, string>();
  /** Bare name of a popular scoped package ("react" for "@types/react") → its full names, most popular first. */
  private readonly scopedByBare = new Map<string, string[]>();
  private readonly establishedScopes = new Set<string>();
  private readonly exceptions: Set<string>;

  constructor(popularNames: Iterable<string>, options: IndexOptions = {}) {
    this.exceptions = new Set([...(options.exceptions ?? [])].map((n) => n.toLowerCase()));
    for (const scope of options.establishedScopes ?? []) this.establishedScopes.add(scope.toLowerCase().replace(/^@/, ""));
    for (const raw of popularNames) {
      const name = raw.trim().toLowerCase();
      if (name === "" || this.popular.has(name)) continue;
      this.popular.add(name);
      const scoped = splitScope(name);
      const flat = scoped ? `${scoped.scope}${scoped.bare}` : name;
      setIfAbsent(this.bySeparatorless, withoutSeparators(flat), name);
      setIfAbsent(this.bySkeleton, skeleton(flat), name);
      if (scoped) {
        this.establishedScopes.add(scoped.scope);
        const list = this.scopedByBare.get(scoped.bare);
        if (list) list.push(name);
        else this.scopedByBare.set(scoped.bare, [name]);
        continue;
      }
      if (name.length < MIN_LENGTH_FOR_EDITS) continue;
      const rank = this.names.length;
      this.names.push(name);
      forEachDeletionHash(name, name.length >= MIN_LENGTH_FOR_TWO_EDITS ? 2 : 1, (key) => {
        const seen = this.deletions.get(key);
        if (seen === undefined) this.deletions.set(key, rank);
        else if (typeof seen === "number") {
          if (seen !== rank) this.deletions.set(key, [seen, rank]);
        } else if (seen[seen.length - 1] !== rank) seen.push(rank);
      });
    }
  }

  get size(): number {
    return this.popular.size;
  }

  isPopular(name: string): boolean {
    return this.popular.has(name.toLowerCase());
  }

  /** The popular name this one imitates, or undefined for popular names, exceptions and names that resemble nothing. */
  imitationOf(name: string): Imitation | undefined {
    const lower = name.trim().toLowerCase();
    if (lower === "" || this.popular.has(lower) || this.exceptions.has(lower)) return undefined;
    const scoped = splitScope(lower);
    if (scoped) return this.byScope(scoped);
    return this.bySeparators(lower) ?? this.byHomoglyphs(lower) ?? this.byEdits(lower);
  }

  private bySeparators(name: string): Imitation | undefined {
    const popular = this.bySeparatorless.get(withoutSeparators(name));
    if (popular === undefined) return undefined;
    return { popular, kind: popular.startsWith("@") ? "scope-dropped" : "separators" };
  }

  private byHomoglyphs(name: string): Imitation | undefined {
    const popular = this.bySkeleton.get(skeleton(name));
    return popular === undefined ? undefined : { popular, kind: "homoglyph" };
  }

  private byScope({ scope, bare }: { scope: string; bare: string }): Imitation | undefined {
    if (this.establishedScopes.has(scope)) return undefined;
    // The same bare name under a scope that looks like a popular one ("@types-x/react", "@typs/node", "@type5/node").
    for (const popular of this.scopedByBare.get(bare) ?? []) {
      if (looksLikeScope(scope, splitScope(popular)!.scope)) return { popular, kind: "scope-swapped" };
    }
    if (bare.length >= 3 && this.popular.has(bare)) return { popular: bare, kind: "scope-added" };
    return undefined;
  }

  private byEdits(name: string): Imitation | undefined {
    if (name.length < MIN_LENGTH_FOR_EDITS) return undefined;
    const limit = name.length >= MIN_LENGTH_FOR_TWO_EDITS ? 2 : 1;
    let best: { rank: number; distance: number } | undefined;
    const consider = (rank: number): void => {
      if (best && (best.rank === rank || (best.distance === 1 && best.rank < rank))) return;
      const popular = this.names[rank]!;
      const allowed = popular.length >= MIN_LENGTH_FOR_TWO_EDITS ? limit : 1;
      const distance = boundedDamerauLevenshtein(name, popular, allowed);
      if (distance > allowed) return;
      if (!best || distance < best.distance || (distance === best.distance && rank < best.rank)) best = { rank, distance };
    };
    forEachDeletionHash(name, limit, (key) => {
      const hit = this.deletions.get(key);
      if (hit === undefined) return;
      if (typeof hit === "number") consider(hit);
      else for (const rank of hit) consider(rank);
    });
    return best ? { popular: this.names[best.rank]!, kind: "edit", distance: best.distance } : undefined;
  }
}

/** A scope that is one slip from a popular one: an edit, separators, look-alike characters or a suffix ("types-x"). */
function looksLikeScope(scope: string, popularScope: string): boolean {
  if (withoutSeparators(scope) === withoutSeparators(popularScope) || skeleton(scope) === skeleton(popularScope)) return true;
  if (scope.startsWith(popularScope) && /^[-_.]/.test(scope.slice(popularScope.length))) return true;
  const limit = popularScope.length >= MIN_LENGTH_FOR_TWO_EDITS ? 2 : popularScope.length >= MIN_LENGTH_FOR_EDITS ? 1 : 0;
  return limit > 0 && boundedDamerauLevenshtein(scope, popularScope, limit) <= limit;
}

/**
 * Calls `visit` with a hash of the name and of every string reachable by deleting up to `depth` (1 or 2)
 * characters: the keys of the symmetric-delete index. Hashing the deletions from prefix hashes, instead of
 * building each string, keeps a check of a thousand names to a few milliseconds; a collision only adds a
 * candidate that the distance check then rejects.
 */
export function forEachDeletionHash(name: string, depth: 1 | 2, visit: (hash: number) => void): void {
  const n = name.length;
  if (powers.length <= n) growPowers(n);
  const prefix = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = (mul32(prefix[k]!, BASE) + name.charCodeAt(k)) | 0;
  // Hash of name[a, b) is prefix[b] - prefix[a] * BASE^(b - a), all modulo 2^32.
  visit(finish(prefix[n]!, n));
  for (let i = 0; i < n; i++) {
    // Deleting either of two equal neighbours gives the same string: visit it once.
    if (i > 0 && name.charCodeAt(i) === name.charCodeAt(i - 1)) continue;
    const head = prefix[i]!;
    const tail = (prefix[n]! - mul32(prefix[i + 1]!, powers[n - 1 - i]!)) | 0;
    visit(finish((mul32(head, powers[n - 1 - i]!) + tail) | 0, n - 1));
    if (depth === 2) {
      for (let j = i + 1; j < n; j++) {
        if (j > i + 1 && name.charCodeAt(j) === name.charCodeAt(j - 1)) continue;
        const middle = (prefix[j]! - mul32(prefix[i + 1]!, powers[j - i - 1]!)) | 0;
        const end = (prefix[n]! - mul32(prefix[j + 1]!, powers[n - 1 - j]!)) | 0;
        visit(finish((mul32(head, powers[n - 2 - i]!) + mul32(middle, powers[n - 1 - j]!) + end) | 0, n - 2));
      }
    }
  }
}

const BASE = 0x01000193;
let powers = new Int32Array([1]);

function growPowers(n: number): void {
  const next = new Int32Array(n + 33);
  next[0] = 1;
  for (let k = 1; k < next.length; k++) next[k] = mul32(next[k - 1]!, BASE);
  powers = next;
}

/**
 * a * b modulo 2^32, exact: each partial product stays below 2^53. Written out instead of Math.imul
 * (like Math.min and Math.abs below) because jest's VM sandbox runs those builtins tens of times slower.
 */
function mul32(a: number, b: number): number {
  return ((a & 0xffff) * b + ((((a >>> 16) * b) & 0xffff) << 16)) | 0;
}

/** Folds the length in and keeps the key a small integer, which Maps handle fastest. */
function finish(hash: number, length: number): number {
  return (hash ^ (length << 24)) & 0x3fffffff;
}

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), giving up
 * with `limit + 1` as soon as the answer must exceed the limit.
 */
export function boundedDamerauLevenshtein(a: string, b: string, limit: number): number {
  if (a.length - b.length > limit || b.length - a.length > limit) return limit + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Three rolling rows (two back, one back, current) in one reused buffer: this runs thousands of times per scan.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMinimum = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = rows[previous + j - 1]! + (ca === cb ? 0 : 1);
      const deletion = rows[previous + j]! + 1;
      const insertion = rows[current + j - 1]! + 1;
      if (deletion < value) value = deletion;
      if (insertion < value) value = insertion;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const transposition = rows[before + j - 2]! + 1;
        if (transposition < value) value = transposition;
      }
      rows[current + j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const recycled = before;
    before = previous;
    previous = current;
    current = recycled;
  }
  return rows[previous + b.length]!;
}

let rows = new Int32Array(3 * 64);

export function withoutSeparators(name: string): string {
  return name.replace(/[-_.]/g, "");
}

/** Folds characters people and fonts confuse (0→o, 1/i→l, rn→m, vv→w), after dropping separators. */
export function skeleton(name: string): string {
  return withoutSeparators(name).replace(/rn/g, "m").replace(/vv/g, "w").replace(/0/g, "o").replace(/[1i]/g, "l");
}

function splitScope(name: string): { scope: string; bare: string } | undefined {
  const match = /^@([^/]+)\/(.+)$/.exec(name);
  return match ? { scope: match[1]!, bare: match[2]! } : undefined;
}

function setIfAbsent(map: Map<string, string>, key: string, value: string): void {
  if (!map.has(key)) map.set(key, value);
}
