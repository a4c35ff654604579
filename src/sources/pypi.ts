/** A PyPI release (`pypi:<name>` or `pypi:<name>==<version>`): its sdist (or a wheel) downloaded, checked against its sha256 and extracted into a temp dir that close() removes. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { UnavailableError, UserError } from "../errors.js";
import { createPypiClient, type PypiClient, type PypiRelease } from "../facts/python/pypi-client.js";
import { isPythonName, normalisePythonName } from "../pep508.js";
import { extractPythonArchive } from "./pypi-archive.js";
import { directoryTree } from "./directory-tree.js";
import type { SourceTree } from "./source-tree.js";

export const PYPI_PREFIX = "pypi:";
/** A release file past this size is not downloaded. */
const MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024;

export function isPypiTarget(target: string): boolean {
  return target.startsWith(PYPI_PREFIX);
}

/** `pypi:name` or `pypi:name==version` (an exact version: PyPI has no ranges to resolve here). */
export function parsePypiSpec(target: string): { name: string; version?: string } {
  const spec = target.slice(PYPI_PREFIX.length).trim();
  if (!spec) throw new UserError("empty package spec: write pypi:<name>[==<version>]");
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:==([A-Za-z0-9][A-Za-z0-9.+!_-]*))?$/.exec(spec);
  if (!match || !isPythonName(match[1]!)) throw new UserError(`"${spec}" is not a PyPI package spec: write pypi:<name>[==<version>]`);
  return match[2] ? { name: match[1]!, version: match[2] } : { name: match[1]! };
}

/** The file to scan: the sdist (it has the source and pyproject.toml), else a pure wheel, else any wheel. */
export function chooseReleaseFile(release: PypiRelease): PypiRelease["files"][number] | undefined {
  const files = release.files.filter((f) => f.url);
  return (
    files.find((f) => /\.tar\.gz$/.test(f.filename)) ??
    files.find((f) => /\.zip$/.test(f.filename)) ??
    files.find((f) => /-none-any\.whl$/.test(f.filename)) ??
    files.find((f) => f.filename.endsWith(".whl"))
  );
}

export async function openPypiPackage(target: string, options: { client?: PypiClient; offline?: boolean } = {}): Promise<SourceTree> {
  const { name, version } = parsePypiSpec(target);
  if (options.offline) throw new UserError(`--offline: ${target} cannot be fetched from PyPI (the scan keeps no PyPI cache)`);
  const client = options.client ?? createPypiClient();
  const shown = version ? `${name}==${version}` : name;
  let release: PypiRelease | undefined;
  try {
    release = await client.release(normalisePythonName(name), version);
  } catch (error) {
    if (error instanceof UnavailableError) throw new UserError(`could not fetch ${shown} from PyPI: ${error.message}`);
    throw error;
  }
  if (!release) throw new UserError(`package ${shown} is not on PyPI`);
  const file = chooseReleaseFile(release);
  if (!file?.url) throw new UserError(`${release.name}==${release.version} has no files on PyPI to scan`);
  if (!file.sha256) throw new UserError(`PyPI lists no sha256 for ${file.filename}, so its download cannot be checked; refused`);
  let bytes: Buffer;
  try {
    bytes = await client.download({ url: file.url, sha256: file.sha256, filename: file.filename }, MAX_DOWNLOAD_BYTES);
  } catch (error) {
    if (error instanceof UnavailableError) throw new UserError(error.message);
    throw error;
  }
  const root = mkdtempSync(path.join(tmpdir(), "mcp-trust-pypi-"));
  const close = async (): Promise<void> => rmSync(root, { recursive: true, force: true });
  try {
    await extractPythonArchive(bytes, file.filename, root);
  } catch (error) {
    await close();
    throw error;
  }
  return directoryTree(root, { kind: "pypi", label: `pypi:${release.name}==${release.version}`, name: release.name, version: release.version }, close);
}
