/** Normalises the many spellings of a git repository (git+https, .git, ssh, github: shorthand) to host/owner/repo for comparison. */
import type { PackageJson } from "../../model.js";

const SHORTHAND_HOSTS: Record<string, string> = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org", gist: "gist.github.com" };

/** "github.com/owner/repo" (lower case) for any spelling npm accepts; undefined when it names no repository. */
export function normaliseRepository(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw.trim();
  if (!text) return undefined;
  const shorthand = /^(github|gitlab|bitbucket|gist):(.+)$/i.exec(text);
  if (shorthand) text = `${SHORTHAND_HOSTS[shorthand[1]!.toLowerCase()]}/${shorthand[2]}`;
  else if (/^[\w.-]+\/[\w.-]+$/.test(text)) text = `github.com/${text}`;
  else {
    // scp-like: git@github.com:owner/repo.git
    const scp = text.includes("://") ? null : /^(?:[\w.-]+@)?([\w.-]+\.[\w.-]+):\/?(.+)$/.exec(text);
    if (scp) {
      text = `${scp[1]}/${scp[2]}`;
    } else {
      try {
        const url = new URL(text.replace(/^git\+/, ""));
        text = `${url.hostname}${url.pathname}`;
      } catch {
        return undefined;
      }
    }
  }
  const cleaned = text
    .replace(/#.*$/, "")
    .replace(/\/+$/, "")
    .replace(/\.git$/i, "")
    .replace(/^www\./i, "")
    .toLowerCase();
  return cleaned.includes("/") ? cleaned : undefined;
}

/** The repository URL a package.json declares (string or { url }). */
export function declaredRepository(manifest: PackageJson | undefined): string | undefined {
  const repository = manifest?.repository;
  if (typeof repository === "string") return repository;
  return typeof repository?.url === "string" ? repository.url : undefined;
}
