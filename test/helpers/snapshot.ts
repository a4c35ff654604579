/** Builds a real Snapshot from in-memory files, with in-memory registry facts instead of network clients. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultConfig, parseConfig } from "../../src/config.js";
import { collectFacts, type ScanClients } from "../../src/facts/collect.js";
import type { Advisory, Config, LockedPackage, PackumentFact, PypiReleaseFact, Snapshot, TargetInfo } from "../../src/model.js";

export interface SnapshotInput {
  files?: Record<string, string>;
  packuments?: Record<string, PackumentFact>;
  /** Undefined: the advisory endpoint answers with no advisories. */
  advisories?: Advisory[];
  /** PyPI releases by `name@version` (a PyPI client that knows only these; the others are not on PyPI). */
  pypiReleases?: Record<string, PypiReleaseFact>;
  /** What OSV answers: undefined means no OSV client; the client returns each advisory whose versions list the queried one. */
  osv?: Advisory[];
  /** Packages the ideal-tree resolver returns when there is no lockfile. */
  idealTree?: LockedPackage[];
  target?: TargetInfo;
  config?: Partial<Config>;
  /** Facts to set after collection, for cases easier to state as facts than as files. */
  facts?: Partial<Snapshot>;
  offline?: boolean;
  now?: Date;
}

export const FIXED_NOW = new Date("2026-11-25T12:00:00Z");

export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "mcp-trust-test-"));
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(root, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

export function inMemoryClients(input: Pick<SnapshotInput, "packuments" | "advisories" | "idealTree" | "pypiReleases" | "osv">): ScanClients {
  return {
    ...(input.pypiReleases
      ? {
          pypi: {
            async releases(packages) {
              const releases: Record<string, PypiReleaseFact> = {};
              for (const p of packages) if (input.pypiReleases![`${p.name}@${p.version}`]) releases[`${p.name}@${p.version}`] = input.pypiReleases![`${p.name}@${p.version}`]!;
              return { releases };
            },
            async release() {
              return undefined;
            },
            async download() {
              throw new Error("no downloads in memory");
            },
            async provenance() {
              return undefined;
            },
          },
        }
      : {}),
    ...(input.osv
      ? {
          osv: {
            async advisories(packages) {
              return input.osv!.filter((a) => packages.some((p) => p.ecosystem === (a.ecosystem ?? "npm") && p.name === a.package && (a.versions ?? []).includes(p.version)));
            },
          },
        }
      : {}),
    async packuments(names) {
      const packuments: Record<string, PackumentFact> = {};
      for (const name of names) if (input.packuments?.[name]) packuments[name] = input.packuments[name]!;
      return { packuments, notFound: names.filter((n) => !packuments[n]) };
    },
    async advisories(versions) {
      return (input.advisories ?? []).filter((a) => a.package in versions);
    },
    async idealTree() {
      return input.idealTree ?? [];
    },
  };
}

export async function buildSnapshot(input: SnapshotInput = {}): Promise<Snapshot> {
  const root = writeTree(input.files ?? {});
  try {
    const configText = input.files?.[".mcp-trust.yml"];
    const config: Config = {
      ...(configText ? parseConfig(configText, ".mcp-trust.yml") : defaultConfig()),
      ...input.config,
    };
    const snapshot = await collectFacts({
      root,
      target: input.target ?? { kind: "directory", label: "fixture" },
      config,
      clients: inMemoryClients(input),
      offline: input.offline ?? false,
      now: input.now ?? FIXED_NOW,
    });
    return { ...snapshot, ...input.facts };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A packument fact with one version per entry, for tests. */
export function packument(name: string, versions: Record<string, Partial<PackumentFact["versions"][string]>>, created = "2015-01-01T00:00:00.000Z"): PackumentFact {
  const keys = Object.keys(versions);
  return {
    name,
    distTags: keys.length ? { latest: keys[keys.length - 1]! } : {},
    created,
    versions: Object.fromEntries(keys.map((v) => [v, { published: "2020-01-01T00:00:00.000Z", ...versions[v] }])),
  };
}
