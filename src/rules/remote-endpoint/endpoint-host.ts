/** Host facts of a remote endpoint URL: parsed host, loopback, raw IP, tunnel services and an approximate registrable domain. */
import { isIP } from "node:net";
import type { RemoteEndpoint } from "../../model.js";

/** Tunnelling services that hand out throwaway public hostnames for a machine behind NAT. */
const TUNNEL_SUFFIXES = [
  "ngrok.io", "ngrok.app", "ngrok-free.app", "ngrok-free.dev", "ngrok.dev", "trycloudflare.com", "loca.lt",
  "serveo.net", "serveousercontent.com", "localhost.run", "lhr.life", "pinggy.io", "pinggy.link", "pinggy.online", "a.pinggy.link",
];
/** Second-level labels under a country code that are public suffixes themselves (example.co.uk). */
const COUNTRY_SECOND_LEVEL = new Set(["co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go"]);
/** Hosting platforms whose subdomains belong to different customers (PSL private section). */
const SHARED_HOSTING = ["vercel.app", "netlify.app", "herokuapp.com", "workers.dev", "pages.dev", "github.io", "onrender.com", "fly.dev", "azurewebsites.net", "run.app", "railway.app", "deno.dev", "replit.app", "glitch.me", "web.app", "firebaseapp.com", "smithery.ai"];

export interface EndpointHost {
  url: URL;
  host: string;
}

/** The endpoint's URL and lower-case host without IPv6 brackets; undefined for a URL that does not parse (a template). */
export function endpointHost(remote: RemoteEndpoint): EndpointHost | undefined {
  try {
    const url = new URL(remote.url);
    return { url, host: url.hostname.toLowerCase().replace(/^\[|\]$/g, "") };
  } catch {
    return undefined;
  }
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\./.test(host) || host === "0.0.0.0";
}

export function isRawIp(host: string): boolean {
  return isIP(host) !== 0;
}

export function tunnelService(host: string): string | undefined {
  return TUNNEL_SUFFIXES.find((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/** The domain an operator registers (api.mcp.example.com → example.com), approximating the public suffix list. */
export function registrableDomain(host: string): string {
  const labels = host.split(".").filter(Boolean);
  const hosting = SHARED_HOSTING.find((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  if (hosting) return labels.slice(-(hosting.split(".").length + 1)).join(".");
  const take = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && COUNTRY_SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-take).join(".");
}
