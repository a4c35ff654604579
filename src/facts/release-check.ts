/** On a release: is the package's version on the registry yet? From the report's verification when it ran, else one manifest request. */
import { readFileSync } from "node:fs";
import path from "node:path";
import npa from "npm-package-arg";
import pacote from "pacote";
import type { Report } from "../model.js";

export type PublishState =
  | { state: "published"; spec: string; detail: string }
  | { state: "not-published"; spec: string; detail: string }
  | { state: "unknown"; spec?: string; detail: string };

/** The package to look for: the `package` input, else the scanned tree's package.json name and version. */
export function releasedPackageSpec(root: string, packageSpec?: string): { name: string; version?: string } | undefined {
  if (packageSpec) {
    const parsed = npa(packageSpec.replace(/^npm:/, ""));
    if (!parsed.name) return undefined;
    const version = parsed.type === "version" ? parsed.fetchSpec ?? undefined : undefined;
    return version ? { name: parsed.name, version } : { name: parsed.name, ...ownVersion(root, parsed.name) };
  }
  try {
    const data = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
    if (typeof data.name !== "string") return undefined;
    return { name: data.name, ...(typeof data.version === "string" ? { version: data.version } : {}) };
  } catch {
    return undefined;
  }
}

function ownVersion(root: string, name: string): { version?: string } {
  try {
    const data = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
    return data.name === name && typeof data.version === "string" ? { version: data.version } : {};
  } catch {
    return {};
  }
}

export type ManifestLookup = (spec: string) => Promise<unknown>;

export function registryManifestLookup(registry: string): ManifestLookup {
  return (spec) => pacote.manifest(spec, { registry, preferOnline: true });
}

export async function publishState(report: Report, root: string, packageSpec: string | undefined, lookup: ManifestLookup): Promise<PublishState> {
  // Package verification (when it ran) already asked the registry; its answer wins.
  const verification = report.verification;
  if (verification?.status === "not-published")
    return { state: "not-published", spec: verification.package ?? "the package", detail: verification.reason };
  if (verification && verification.status !== "skipped" && verification.status !== "not-applicable")
    return { state: "published", spec: verification.package ?? "the package", detail: verification.reason };

  const pkg = releasedPackageSpec(root, packageSpec);
  if (!pkg) return { state: "unknown", detail: "no package name: set the `package` input or a name in package.json" };
  if (!pkg.version) return { state: "unknown", spec: pkg.name, detail: "no version to look for: package.json has none" };
  const spec = `${pkg.name}@${pkg.version}`;
  try {
    await lookup(spec);
    return { state: "published", spec, detail: `${spec} is on the registry` };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "E404" || code === "ETARGET") return { state: "not-published", spec, detail: `${spec} is not on the registry (${code})` };
    return { state: "unknown", spec, detail: `could not ask the registry about ${spec}: ${(error as Error).message.split("\n")[0]}` };
  }
}
