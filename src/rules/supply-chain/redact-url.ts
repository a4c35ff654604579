/** Strips credentials from URLs and URL-like specs before they become evidence or message text. */

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/@?#]*)@/i;

/**
 * Removes `user:password@` (or a bare token used as the user) and any query string, which is where
 * signed-URL and token parameters live. A plain `git@` user carries no secret and is kept.
 */
export function redactUrl(value: string): string {
  let out = value.replace(USERINFO, (whole, scheme: string, userinfo: string) => (userinfo === "git" ? whole : scheme));
  const query = out.search(/[?]/);
  if (query >= 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(out)) {
    const fragment = out.indexOf("#", query);
    out = out.slice(0, query) + (fragment >= 0 ? out.slice(fragment) : "");
  }
  return out;
}
