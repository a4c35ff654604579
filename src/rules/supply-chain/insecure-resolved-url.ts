/** supply-chain/insecure-resolved-url: a locked tarball fetched over plain http or from a host that is not a registry. */
import type { Draft, Rule } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";
import { redactUrl } from "../../redact.js";
import { PUBLIC_REGISTRY_HOSTS, isAllowedRegistryHost, parseUrl } from "./registry-hosts.js";
import { pythonInsecureUrls } from "./python-indexes.js";

export const insecureResolvedUrl: Rule = {
  id: "supply-chain/insecure-resolved-url",
  dimension: "supply-chain",
  severity: "critical",
  title: "A dependency resolves over plain http or from an unexpected host",
  rationale:
    "A tarball fetched over http:// can be swapped by anyone on the network path, and a resolved URL on a host that is " +
    "not the registry (a lockfile edited to point elsewhere is a known injection technique) installs code no registry ever published. " +
    "For Python, pip's --extra-index-url (or uv's unsafe-best-match) lets a package of the same name on PyPI outbid a private one " +
    "(dependency confusion) [high].",
  remediation:
    "Re-resolve the dependency from the registry over https (delete its lockfile entry and reinstall, with " +
    "`registry=https://registry.npmjs.org/` in .npmrc); if you use a private mirror, serve it over https and list its host " +
    "under `allowed-registries` in .github/mcp-trust.yml. For Python, use one index that proxies PyPI instead of --extra-index-url, " +
    "or uv's default first-index strategy with the private index explicit and its packages pinned in [tool.uv.sources].",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const dependency of snapshot.dependencies) {
      if (dependency.ecosystem !== "npm") continue;
      // Git and path sources are non-registry-source's to judge.
      if ((dependency.source !== "registry" && dependency.source !== "tarball") || !dependency.resolved) continue;
      const url = parseUrl(dependency.resolved);
      if (!url) continue; // yarn berry locators and pnpm specs are not URLs: the registry is implied
      const plainHttp = url.protocol === "http:";
      const foreignHost = !isAllowedRegistryHost(url, snapshot.config);
      if (!plainHttp && !foreignHost) continue;
      const shown = redactUrl(dependency.resolved);
      const problems = [
        ...(plainHttp ? ["over plain http://, so anyone on the network path can replace it"] : []),
        ...(foreignHost
          ? [`from ${url.host}, which is neither the npm registry (${PUBLIC_REGISTRY_HOSTS.join(", ")}) nor listed in allowed-registries`]
          : []),
      ];
      const location = dependencyLocation(snapshot, dependency);
      drafts.push({
        message:
          `${dependency.name}@${dependency.version} is fetched ${problems.join(", and ")} (${shown}). ` +
          `Re-resolve it from the registry over https${foreignHost ? ", or add the host to allowed-registries if it is your own mirror" : ""}.`,
        package: { name: dependency.name, version: dependency.version },
        // Scheme and host say what is wrong; the path carries the version, which would unsettle the fingerprint.
        evidence: `${url.protocol}//${url.host}`,
        ...(location ? { location } : {}),
      });
    }
    return [...drafts, ...pythonInsecureUrls(snapshot)];
  },
};
