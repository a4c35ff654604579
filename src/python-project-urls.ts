/** Which `[project.urls]` entry of a Python project names its code repository, and forge URLs cut to host/owner/repo for comparison. */

/** "github.com/owner/repo" (lower case) for an https, git+https, ssh or scp-style URL on a known forge; undefined otherwise. */
export function forgeRepository(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim().replace(/^git\+/, "");
  const match =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?(?:www\.)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)(?::\d+)?\/([^/#?]+)\/([^/#?]+)/i.exec(text) ??
    /^(?:[\w.-]+@)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org):\/?([^/#?]+)\/([^/#?]+)/i.exec(text);
  if (!match) return undefined;
  return `${match[1]}/${match[2]}/${match[3]!.replace(/\.git$/i, "")}`.toLowerCase();
}

/** Labels that name the code, in the order they are trusted; a Homepage counts only when nothing better is given. */
const CODE_LABELS = [/^source(?:[\s_-]*code)?$/i, /^repository$/i, /^(?:code|github|gitlab)$/i, /^homepage$/i];

/** The URL a project's metadata gives for its code, cut to the repository; undefined when none is on a known forge. */
export function codeRepositoryUrl(urls: Record<string, string>): { label: string; url: string } | undefined {
  for (const pattern of CODE_LABELS) {
    for (const [label, raw] of Object.entries(urls)) {
      if (!pattern.test(label.trim())) continue;
      const repository = forgeRepository(raw);
      if (repository) return { label, url: `https://${repository}` };
    }
  }
  return undefined;
}
