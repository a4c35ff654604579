/** Reduces the many spellings of a repository (git+https, ssh, scp-like, github: shorthand, owner/repo) to host/owner/repo. */

export interface RepositoryId {
  host: string;
  path: string;
}

const SHORTHAND_HOSTS: Record<string, string> = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" };

export function repositoryId(raw: string): RepositoryId | undefined {
  let text = raw.trim();
  if (!text) return undefined;
  const shorthand = /^(github|gitlab|bitbucket):([^/\s]+\/[^/#@\s]+)/.exec(text);
  if (shorthand) return finish(SHORTHAND_HOSTS[shorthand[1]!]!, shorthand[2]!);
  // owner/repo (npm's GitHub shorthand), optionally @ref or #ref.
  const bare = /^([\w.-]+)\/([\w.-]+)(?:[#@].*)?$/.exec(text);
  if (bare) return finish("github.com", `${bare[1]}/${bare[2]}`);
  // scp-like: git@github.com:owner/repo.git
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/)(.+)$/.exec(text);
  if (scp && !/^[a-z+]+$/i.test(scp[1]!)) return finish(scp[1]!, scp[2]!);
  text = text.replace(/^git\+/, "");
  try {
    const url = new URL(text);
    return finish(url.hostname, url.pathname);
  } catch {
    return undefined;
  }
}

function finish(host: string, rawPath: string): RepositoryId | undefined {
  const parts = rawPath.replace(/^\/+/, "").replace(/[#?].*$/, "").split("/").filter(Boolean);
  if (parts.length < 2) return undefined;
  // GitHub-style hosts: owner/repo, then /tree/... or /blob/... is a path inside it.
  const [owner, repo] = parts;
  return { host: host.toLowerCase().replace(/^www\./, ""), path: `${owner}/${repo!.replace(/\.git$/, "")}`.toLowerCase() };
}

export function sameRepository(a: RepositoryId, b: RepositoryId): boolean {
  return a.host === b.host && a.path === b.path;
}

export function repositoryField(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as { url?: unknown }).url === "string") return (value as { url: string }).url;
  return undefined;
}
