/** remote-endpoint/unverified-operator: the endpoint's domain has nothing to do with the server's registry namespace or repository owner. */
import type { Rule, Snapshot } from "../../model.js";
import { endpointHost, isLoopback, isRawIp, registrableDomain, tunnelService } from "./endpoint-host.js";

export const unverifiedOperator: Rule = {
  id: "remote-endpoint/unverified-operator",
  dimension: "remote-endpoint",
  severity: "low",
  title: "A remote endpoint's domain is unrelated to the server's namespace or owner",
  rationale:
    "The MCP registry proves a server's namespace (io.github.<owner>/ by GitHub login, com.example/ by DNS) but does not " +
    "bind a remote's host to it: a listing can point clients at anyone's server. An endpoint on a domain that matches " +
    "neither the namespace nor the repository owner needs a reason.",
  remediation:
    "Host the endpoint on the namespace's domain (or the owner's), or use a reverse-DNS namespace for the domain you serve from " +
    "and say in the README who operates the endpoint.",
  check(snapshot) {
    const owners = ownerIdentities(snapshot);
    if (owners.names.length === 0 && owners.domains.length === 0) return [];
    return (snapshot.remotes ?? []).flatMap((remote) => {
      const parsed = endpointHost(remote);
      if (!parsed || isLoopback(parsed.host) || isRawIp(parsed.host) || tunnelService(parsed.host)) return [];
      const domain = registrableDomain(parsed.host);
      if (owners.domains.includes(domain)) return [];
      const label = squash(domain.split(".")[0] ?? "");
      const hostLabels = parsed.host.split(".").map(squash);
      if (owners.names.some((name) => name.length >= 3 && (label.includes(name) || name.includes(label) && label.length >= 3 || hostLabels.includes(name)))) return [];
      const claims = [...owners.domains, ...owners.names.map((n) => `owner "${n}"`)].join(", ");
      return [{
        message: `${remote.url} (from ${remote.source}) is on ${domain}, which matches neither the namespace nor the repository owner (${claims}).`,
        location: remote.location,
        evidence: domain,
      }];
    });
  },
};

/** Who the server says it is: the server.json namespace (a GitHub owner or a reverse-DNS domain) and package.json's repository owner. */
function ownerIdentities(snapshot: Snapshot): { names: string[]; domains: string[] } {
  const names: string[] = [];
  const domains: string[] = [];
  const name = snapshot.serverJson?.data.name;
  if (typeof name === "string" && name.includes("/")) {
    const namespace = name.slice(0, name.indexOf("/")).toLowerCase();
    const github = /^io\.github\.(.+)$/.exec(namespace);
    if (github) names.push(squash(github[1]!));
    else {
      const domain = namespace.split(".").reverse().join(".");
      domains.push(registrableDomain(domain));
      names.push(squash(registrableDomain(domain).split(".")[0] ?? ""));
    }
  }
  const repository = snapshot.manifest?.data.repository;
  const url = typeof repository === "string" ? repository : repository?.url;
  const owner = url ? repositoryOwner(url) : undefined;
  if (owner) names.push(squash(owner));
  return { names: [...new Set(names.filter(Boolean))], domains: [...new Set(domains)] };
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The owner in `github:o/r`, `o/r`, `git+https://host/o/r.git` or `git@host:o/r.git`. */
function repositoryOwner(url: string): string | undefined {
  const shorthand = /^(?:(?:github|gitlab|bitbucket):)?([\w.-]+)\/[\w.-]+$/.exec(url);
  if (shorthand) return shorthand[1];
  const scp = /^[\w.-]+@[\w.-]+:([\w.-]+)\//.exec(url);
  if (scp) return scp[1];
  try {
    return new URL(url.replace(/^git\+/, "")).pathname.split("/").filter(Boolean)[0];
  } catch {
    return undefined;
  }
}
