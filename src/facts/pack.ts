/** Packs a directory exactly the way `npm pack` does (pacote's directory fetcher: npm-packlist + npm's tar settings) and compares tarballs. */
import Arborist from "@npmcli/arborist";
import pacote from "pacote";
import ssri from "ssri";
import type { TarballEntry } from "../model.js";
import { readTarball } from "./tarball.js";

export interface PackedTarball {
  bytes: Buffer;
  /** sha512 SRI of the bytes, the form of the registry's dist.integrity. */
  integrity: string;
}

/** `npm pack` of an already built directory: its prepare script is NOT run (the caller decides what runs). */
export async function packDirectory(dir: string): Promise<PackedTarball> {
  const bytes = await pacote.tarball(`file:${dir}`, { Arborist, ignoreScripts: true } as pacote.Options);
  return { bytes, integrity: sha512Integrity(bytes) };
}

export function sha512Integrity(bytes: Buffer): string {
  return ssri.fromData(bytes, { algorithms: ["sha512"] }).toString();
}

/** True when `integrity` (an SRI string, possibly with several hashes) holds a sha512 matching the bytes' sha512 SRI. */
export function sameSha512(integrity: string | undefined, computed: string): boolean {
  if (!integrity) return false;
  const declared = ssri.parse(integrity).sha512 ?? [];
  return declared.some((hash) => hash.toString() === computed);
}

export type TarballComparison =
  | { verdict: "byte-identical" | "content-identical"; differences: [] }
  | { verdict: "mismatch"; differences: TarballDifference[] };

export interface TarballDifference {
  path: string;
  kind: "content" | "missing" | "extra" | "type" | "mode";
  detail: string;
}

/** Compares a local pack with a published tarball: bytes first, then the unpacked entries (path, type, contents, mode). */
export async function compareTarballs(local: PackedTarball, published: { bytes: Buffer; integrity?: string }): Promise<TarballComparison> {
  if (sameSha512(published.integrity ?? sha512Integrity(published.bytes), local.integrity)) return { verdict: "byte-identical", differences: [] };
  const [mine, theirs] = await Promise.all([readTarball(local.bytes, "the local pack"), readTarball(published.bytes, "the published tarball")]);
  const differences = compareEntries(mine.entries, theirs.entries);
  return differences.length === 0 ? { verdict: "content-identical", differences: [] } : { verdict: "mismatch", differences };
}

/** Differences between two entry lists; directories are ignored (tar tools differ in whether they record them). */
export function compareEntries(local: readonly TarballEntry[], published: readonly TarballEntry[]): TarballDifference[] {
  const byPath = (entries: readonly TarballEntry[]): Map<string, TarballEntry> =>
    new Map(entries.filter((e) => e.type !== "directory").map((e) => [e.path, e]));
  const mine = byPath(local);
  const theirs = byPath(published);
  const differences: TarballDifference[] = [];
  for (const [file, entry] of theirs) {
    const own = mine.get(file);
    if (!own) differences.push({ path: file, kind: "extra", detail: "in the published tarball, not in the local pack" });
    else if (own.type !== entry.type) differences.push({ path: file, kind: "type", detail: `${entry.type} in the published tarball, ${own.type} locally` });
    else if (own.sha512 !== entry.sha512) differences.push({ path: file, kind: "content", detail: "contents differ" });
    else if ((own.mode & 0o111) !== (entry.mode & 0o111))
      differences.push({ path: file, kind: "mode", detail: `mode ${octal(entry.mode)} published, ${octal(own.mode)} locally` });
  }
  for (const file of mine.keys()) {
    if (!theirs.has(file)) differences.push({ path: file, kind: "missing", detail: "in the local pack, not in the published tarball" });
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function octal(mode: number): string {
  return `0${(mode & 0o7777).toString(8)}`;
}
