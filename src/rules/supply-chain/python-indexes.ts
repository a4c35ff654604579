/**
 * insecure-resolved-url for Python: packages and indexes over plain http or on a host that is neither PyPI nor an allowed
 * mirror, and index set-ups open to dependency confusion (pip's --extra-index-url, uv's unsafe-best-match).
 */
import type { Draft, PythonIndex, Snapshot } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";
import { isAllowedPythonIndexHost, PYPI_HOSTS, pythonManifests, pythonProjects } from "./python-declared.js";
import { redactUrl } from "../../redact.js";
import { parseUrl } from "./registry-hosts.js";

export function pythonInsecureUrls(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  for (const dependency of snapshot.dependencies) {
    if (dependency.ecosystem !== "pypi" || (dependency.source !== "registry" && dependency.source !== "tarball")) continue;
    const urls = [dependency.resolved, ...(dependency.distributions ?? []).map((d) => d.url)].filter((u): u is string => u !== undefined);
    const problem = urls.map((u) => ({ text: u, url: parseUrl(u) })).find(({ url }) => url && (url.protocol === "http:" || !isAllowedPythonIndexHost(url, snapshot.config)));
    if (!problem?.url) continue;
    const plainHttp = problem.url.protocol === "http:";
    const foreign = !isAllowedPythonIndexHost(problem.url, snapshot.config);
    const location = dependencyLocation(snapshot, dependency);
    drafts.push({
      message:
        `${dependency.name}${dependency.version ? `==${dependency.version}` : ""} is fetched ${[
          ...(plainHttp ? ["over plain http://, so anyone on the network path can replace it"] : []),
          ...(foreign ? [`from ${problem.url.host}, which is neither PyPI (${PYPI_HOSTS.slice(0, 2).join(", ")}) nor listed in allowed-registries`] : []),
        ].join(", and ")} (${redactUrl(problem.text)}). Re-lock it from PyPI over https${foreign ? ", or add the host to allowed-registries if it is your own mirror" : ""}.`,
      package: { name: dependency.name, ...(dependency.version ? { version: dependency.version } : {}) },
      evidence: `${problem.url.protocol}//${problem.url.host}`,
      ...(location ? { location } : {}),
    });
  }
  const indexes = [...pythonManifests(snapshot).flatMap((m) => m.indexes), ...pythonProjects(snapshot).flatMap((p) => p.lockfile?.indexes ?? [])];
  const seen = new Set<string>();
  for (const index of indexes) {
    const key = `${index.path}\u0000${index.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const url = parseUrl(index.url);
    if (url?.protocol !== "http:") continue;
    drafts.push({
      message: `${index.path} names the package index ${redactUrl(index.url)} over plain http://, so anyone on the network path can serve any package in its place. Serve it over https.`,
      location: at(index),
      evidence: `${url.protocol}//${url.host}`,
    });
  }
  drafts.push(...dependencyConfusion(snapshot));
  return drafts;
}

/**
 * pip merges every index it is given and takes the highest version wherever it is found, so a name that exists on a
 * private index can be outbid by whoever registers the same name on PyPI (dependency confusion). uv's default
 * first-index strategy and explicit indexes with per-package pins are immune; its unsafe-best-match strategy is not.
 */
function dependencyConfusion(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  // A pinned requirements file became the project's lockfile; pip reads its index options all the same.
  const requirementsLocks = pythonProjects(snapshot).flatMap((p) => (p.lockfile?.kind === "requirements" ? [{ format: "requirements" as const, indexes: p.lockfile.indexes, indexStrategy: undefined }] : []));
  for (const manifest of [...pythonManifests(snapshot), ...requirementsLocks]) {
    const extras = manifest.indexes.filter((i) => i.role === "extra");
    if (extras.length === 0) continue;
    const pipStyle = manifest.format === "requirements";
    const unsafeUv = manifest.format === "pyproject" && /^unsafe-/.test(manifest.indexStrategy ?? "");
    if (!pipStyle && !unsafeUv) continue;
    for (const index of extras) {
      drafts.push({
        severity: "high",
        message: pipStyle
          ? `${index.path} adds ${redactUrl(index.url)} with --extra-index-url: pip searches it and PyPI together and installs the highest version found on either, so anyone who publishes one of your private package names on PyPI with a higher version wins (dependency confusion). ` +
            `Use a single --index-url that proxies PyPI, or install with uv and pin private packages to their index.`
          : `${index.path} sets index-strategy = "${manifest.indexStrategy}" with the extra index ${redactUrl(index.url)}: uv then takes a package from whichever index offers the best version, so a private name published on PyPI can win (dependency confusion). ` +
            `Keep uv's default first-index strategy, mark the private index explicit = true and pin its packages in [tool.uv.sources].`,
        location: at(index),
        evidence: `extra index ${redactUrl(index.url)}`,
      });
    }
  }
  return drafts;
}

function at(index: PythonIndex): Draft["location"] {
  return index.line === undefined ? { path: index.path } : { path: index.path, startLine: index.line };
}
