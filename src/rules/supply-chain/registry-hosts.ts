/** Which hosts a resolved tarball URL may come from: the public npm registry hosts plus those the config allows. */
import type { Config } from "../../model.js";

export const PUBLIC_REGISTRY_HOSTS: readonly string[] = ["registry.npmjs.org", "registry.npmjs.com", "registry.yarnpkg.com"];

/** Parses a URL, or undefined when the text is not an absolute URL (a yarn berry locator, a pnpm spec). */
export function parseUrl(text: string): URL | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** A config entry is a host name ("npm.internal.example.com", optionally with a port) or a URL. */
function allowedHost(entry: string): { hostname: string; port?: string } | undefined {
  const url = parseUrl(entry.includes("://") ? entry : `https://${entry}`);
  if (!url) return undefined;
  return url.port ? { hostname: url.hostname.toLowerCase(), port: url.port } : { hostname: url.hostname.toLowerCase() };
}

/** True when the URL's host is a public npm registry host or one named in `allowed-registries`. */
export function isAllowedRegistryHost(url: URL, config: Pick<Config, "allowedRegistries">): boolean {
  const hostname = url.hostname.toLowerCase();
  if (PUBLIC_REGISTRY_HOSTS.includes(hostname)) return true;
  return config.allowedRegistries.some((entry) => {
    const allowed = allowedHost(entry);
    if (!allowed || allowed.hostname !== hostname) return false;
    return allowed.port === undefined || allowed.port === url.port;
  });
}
