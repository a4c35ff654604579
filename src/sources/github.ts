/** A GitHub repository at a commit as a SourceTree: its tarball fetched through an installation's octokit and extracted safely. */
import { mkdtempSync, rmSync, type Stats } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Unpack, type ReadEntry } from "tar";
import { UserError } from "../errors.js";
import { directoryTree } from "./directory-tree.js";
import type { SourceTree } from "./source-tree.js";

export interface GitHubCommit {
  owner: string;
  repo: string;
  sha: string;
}

/** The one octokit method this source needs, so any octokit (probot's, @actions/github's, @octokit/rest) fits. */
export interface TarballClient {
  rest: {
    repos: {
      downloadTarballArchive(params: { owner: string; repo: string; ref: string }): Promise<{ data: unknown }>;
    };
  };
}

export interface ExtractLimits {
  /** Sum of the unpacked file sizes, in bytes. */
  maxBytes: number;
  /** Number of entries (files and folders). */
  maxEntries: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxBytes: 200 * 1024 * 1024, maxEntries: 50_000 };

/** What extraction left out, for logs: links are never extracted, unsafe paths are refused. */
export interface ExtractStats {
  files: number;
  bytes: number;
  droppedLinks: string[];
  refusedPaths: string[];
}

export async function openGitHubCommit(
  octokit: TarballClient,
  commit: GitHubCommit,
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
): Promise<SourceTree> {
  const label = `${commit.owner}/${commit.repo}@${commit.sha}`;
  // GitHub answers with a redirect to codeload; octokit's fetch follows it.
  const { data } = await octokit.rest.repos.downloadTarballArchive({ owner: commit.owner, repo: commit.repo, ref: commit.sha });
  const tarball = toBuffer(data, label);
  const root = mkdtempSync(path.join(tmpdir(), "mcp-trust-github-"));
  const close = async (): Promise<void> => rmSync(root, { recursive: true, force: true });
  try {
    await extractRepositoryTarball(tarball, root, limits, label);
  } catch (error) {
    await close();
    throw error;
  }
  return directoryTree(root, { kind: "github", label }, close);
}

function toBuffer(data: unknown, label: string): Buffer {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw new UserError(`GitHub did not return a tarball for ${label}`);
}

/**
 * Extracts a GitHub archive into `dir`, dropping its top folder. Paths that are absolute or climb out with
 * `..` are refused, links of either kind are left out (a link can point anywhere), and the size and count
 * limits stop the extraction with a UserError.
 */
export async function extractRepositoryTarball(tarball: Buffer, dir: string, limits: ExtractLimits, label: string): Promise<ExtractStats> {
  const stats: ExtractStats = { files: 0, bytes: 0, droppedLinks: [], refusedPaths: [] };
  let entries = 0;
  let broken: UserError | undefined;
  const unpack = new Unpack({
    cwd: dir,
    strip: 1,
    preserveOwner: false,
    filter: (entryPath: string, entry: ReadEntry | Stats) => {
      if (broken) return false;
      if (path.posix.isAbsolute(entryPath) || /^[A-Za-z]:/.test(entryPath) || entryPath.split(/[\\/]/).includes("..")) {
        stats.refusedPaths.push(entryPath);
        return false;
      }
      const inner = withoutTopFolder(entryPath);
      if (inner === undefined) return false;
      // Unpack always passes a ReadEntry; Stats is only for the create side of the shared option type.
      const type: string = "type" in entry ? entry.type : "";
      if (type === "SymbolicLink" || type === "Link") {
        stats.droppedLinks.push(inner);
        return false;
      }
      if (type !== "File" && type !== "OldFile" && type !== "ContiguousFile" && type !== "Directory") return false;
      entries += 1;
      stats.bytes += entry.size ?? 0;
      if (entries > limits.maxEntries) {
        broken = new UserError(`${label} has more than ${limits.maxEntries} files and folders, the most the App unpacks`);
      } else if (stats.bytes > limits.maxBytes) {
        broken = new UserError(`${label} unpacks to more than ${sizeText(limits.maxBytes)}, the most the App unpacks`);
      }
      if (broken) {
        unpack.abort(broken);
        return false;
      }
      if (type !== "Directory") stats.files += 1;
      // Whatever the header says, keep the tree readable and removable by us.
      entry.mode = type === "Directory" ? 0o755 : 0o644;
      return true;
    },
  });
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => reject(broken ?? asUserError(error, label));
    unpack.on("error", fail);
    unpack.on("abort", fail);
    unpack.on("close", () => (broken ? reject(broken) : resolve()));
    unpack.end(tarball);
  });
  return stats;
}

/** The path inside the archive's single top folder; undefined for the top folder itself. */
function withoutTopFolder(entryPath: string): string | undefined {
  const slash = entryPath.indexOf("/");
  if (slash < 0) return undefined;
  const inner = entryPath.slice(slash + 1).replace(/\/+$/, "");
  return inner === "" ? undefined : inner;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

function asUserError(error: unknown, label: string): UserError {
  if (error instanceof UserError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new UserError(`could not unpack the tarball of ${label}: ${message.split("\n")[0]}`, { cause: error });
}
