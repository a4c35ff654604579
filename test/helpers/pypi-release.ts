/**
 * A PyPI release for package-verification tests: its sdist (a .tar.gz with a top folder) and wheel (a zip with a
 * .dist-info) built from in-memory files, served by an in-memory PyPI client, and the Snapshot facts the collector reads.
 */
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { defaultConfig } from "../../src/config.js";
import { UnavailableError } from "../../src/errors.js";
import { parseReleaseJson, type PypiClient } from "../../src/facts/python/pypi-client.js";
import { collectPypiVerification } from "../../src/facts/python/pypi-published.js";
import { readPythonProjects } from "../../src/facts/python/project.js";
import { readManifest } from "../../src/facts/manifest.js";
import type { Snapshot, TargetInfo } from "../../src/model.js";
import { directoryTree } from "../../src/sources/directory-tree.js";
import { writeTree } from "./snapshot.js";
import { githubArchive } from "./tarball.js";
import { zip } from "./zip.js";

export const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

/** A wheel's .dist-info files: METADATA (Requires-Dist), entry_points.txt (console scripts), WHEEL and RECORD. */
export function distInfo(name: string, version: string, options: { requires?: string[]; scripts?: Record<string, string> } = {}): Record<string, string> {
  const dir = `${name.replace(/-/g, "_")}-${version}.dist-info`;
  const metadata = [`Metadata-Version: 2.4`, `Name: ${name}`, `Version: ${version}`, ...(options.requires ?? []).map((r) => `Requires-Dist: ${r}`), "", "A server."].join("\n");
  const scripts = Object.entries(options.scripts ?? {});
  return {
    [`${dir}/METADATA`]: `${metadata}\n`,
    [`${dir}/WHEEL`]: "Wheel-Version: 1.0\nGenerator: hatchling 1.27.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    ...(scripts.length ? { [`${dir}/entry_points.txt`]: `[console_scripts]\n${scripts.map(([k, v]) => `${k} = ${v}`).join("\n")}\n` } : {}),
    [`${dir}/RECORD`]: "",
  };
}

export interface ReleaseInput {
  name: string;
  version: string;
  /** The sdist's files (under its `name-version/` top folder); undefined: no sdist. */
  sdist?: Record<string, string>;
  /** The wheel's files; undefined: no wheel. */
  wheel?: Record<string, string>;
  /** Raw bytes instead of building the sdist or wheel from files (entries no backend writes: `..`, links). */
  sdistBytes?: Buffer;
  wheelBytes?: Buffer;
  /** The wheel's platform tag (default py3-none-any). */
  wheelTag?: string;
  /** Files the JSON API lists by name and sha256 only (never downloaded in the test: the tree of a pypi: target). */
  listed?: { filename: string; sha256: string }[];
  /** The JSON API's info.requires_dist; undefined: null. */
  requiresDist?: string[];
  projectUrls?: Record<string, string>;
  /** The Integrity API's provenance object per file name; a file without one answers 404. */
  provenance?: Record<string, unknown>;
  /** The Integrity API cannot be reached. */
  integrityDown?: boolean;
  /** PyPI cannot be reached at all. */
  unreachable?: boolean;
  /** Other versions of the project that exist (for "not published yet"). */
  otherVersions?: string[];
}

export interface BuiltRelease {
  json: Record<string, unknown>;
  bytes: Map<string, Buffer>;
  files: { filename: string; url: string; sha256: string }[];
}

/** The JSON API answer and the bytes of each file, shaped like PyPI's (`info`, `urls` with digests and upload times). */
export function buildRelease(input: ReleaseInput): BuiltRelease {
  const stem = `${input.name.replace(/-/g, "_")}-${input.version}`;
  const bytes = new Map<string, Buffer>();
  if (input.sdistBytes ?? input.sdist) bytes.set(`${stem}.tar.gz`, input.sdistBytes ?? githubArchive(input.sdist!, stem));
  if (input.wheelBytes ?? input.wheel) bytes.set(`${stem}-${input.wheelTag ?? "py3-none-any"}.whl`, input.wheelBytes ?? zip(Object.entries(input.wheel!).map(([name, data]) => ({ name, data }))));
  const files = [
    ...(input.listed ?? []).map((f) => ({ ...f, url: `https://files.test.example/${f.filename}` })),
    ...[...bytes].map(([filename, data]) => ({ filename, url: `https://files.test.example/${filename}`, sha256: sha256(data) })),
  ];
  const json = {
    info: { name: input.name, version: input.version, requires_dist: input.requiresDist ?? null, project_urls: input.projectUrls ?? null, yanked: false, yanked_reason: null },
    urls: files.map((f) => ({
      filename: f.filename,
      packagetype: f.filename.endsWith(".whl") ? "bdist_wheel" : "sdist",
      digests: { sha256: f.sha256, md5: "0".repeat(32) },
      url: f.url,
      size: bytes.get(f.filename)?.length ?? 1000,
      upload_time_iso_8601: "2025-06-01T10:00:00.000000Z",
      yanked: false,
    })),
    vulnerabilities: [],
  };
  return { json, bytes, files };
}

/** A PyPI client that knows one release (and, by name only, `otherVersions`). */
export function memoryPypi(input: ReleaseInput): PypiClient {
  const built = buildRelease(input);
  const down = async (): Promise<never> => {
    throw new UnavailableError("PyPI unreachable (ECONNREFUSED)");
  };
  return {
    async release(name, version) {
      if (input.unreachable) return down();
      if (name !== input.name.toLowerCase().replace(/[-_.]+/g, "-")) return undefined;
      if (version === undefined || version === input.version) return parseReleaseJson(built.json);
      return undefined;
    },
    async releases() {
      return { releases: {} };
    },
    async download(file) {
      if (input.unreachable) return down();
      const data = built.bytes.get(file.filename);
      if (!data) throw new UnavailableError(`no ${file.filename}`);
      if (file.sha256 && sha256(data) !== file.sha256) throw new UnavailableError(`${file.filename} does not match its sha256`);
      return data;
    },
    async provenance(_name, _version, filename) {
      if (input.integrityDown) throw new UnavailableError("PyPI's Integrity API unreachable (ECONNREFUSED)");
      return input.provenance?.[filename];
    },
  };
}

/** Runs the PyPI verification collector on a temp tree and returns the Snapshot fields it sets (for ruleTest's `facts`). */
export async function pypiFacts(source: Record<string, string>, release: ReleaseInput, options: { packageSpec?: string; target?: TargetInfo } = {}): Promise<Partial<Snapshot>> {
  const root = writeTree(source);
  try {
    const target = options.target ?? { kind: "directory", label: "fixture" };
    const tree = directoryTree(root, target, async () => {});
    const manifest = readManifest(tree);
    const facts = await collectPypiVerification({
      ...(manifest ? { manifest } : {}),
      root,
      tree,
      target,
      config: defaultConfig(),
      python: readPythonProjects(root, tree.list().files),
      ...(options.packageSpec ? { packageSpec: options.packageSpec } : {}),
      client: memoryPypi(release),
    });
    return {
      ...(facts.candidate ? { pypiCandidate: facts.candidate } : {}),
      ...(facts.published ? { pypiPublished: facts.published } : {}),
      ...(facts.unpublished ? { unpublished: facts.unpublished } : {}),
      ...(facts.attestations ? { attestations: facts.attestations } : {}),
      skipped: facts.skipped,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
