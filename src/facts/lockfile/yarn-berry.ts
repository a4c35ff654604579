/** Reads a yarn 2+ (berry) yarn.lock, the YAML one with __metadata, into a Lockfile. */
import { UserError } from "../../errors.js";
import type { LockedPackage, Lockfile, PackageJson, PackageSource } from "../../model.js";
import { classifySource } from "./classify-source.js";
import { splitNameAndSpec } from "./descriptor.js";
import { devOnlyKeys } from "./dev-only.js";
import { lineOf } from "./text-lines.js";
import { type Dict, asDict, asString, stringRecord } from "./values.js";
import { parseYamlDocument } from "./yaml-document.js";

/** __metadata.version 4 is yarn 2; 8 is yarn 4. */
const SUPPORTED_VERSIONS = new Set(["4", "5", "6", "7", "8"]);

export function parseYarnBerryLockfile(text: string, path: string, manifest?: PackageJson): Lockfile {
  const document = parseYamlDocument(text, path);
  const data = asDict(document.value);
  const metadata = asDict(data?.["__metadata"]);
  const keyLines = document.keyLines([]);
  if (!data || !metadata) throw new UserError("yarn.lock has no __metadata entry", { file: path, line: 1 });
  const formatVersion = asString(metadata["version"]) ?? "";
  if (!SUPPORTED_VERSIONS.has(formatVersion))
    throw new UserError(`unsupported yarn lockfile __metadata.version ${JSON.stringify(formatVersion)} (expected 4 to 8)`, {
      file: path,
      ...lineOf(keyLines, "__metadata"),
    });

  const groupOf = new Map<string, string>();
  const entries = new Map<string, Dict>();
  for (const [key, value] of Object.entries(data)) {
    const entry = asDict(value);
    if (key === "__metadata" || !entry) continue;
    entries.set(key, entry);
    for (const descriptor of splitKey(key)) groupOf.set(descriptor, key);
  }
  const rootKey = [...entries].find(([, entry]) => asString(entry["resolution"])?.endsWith("@workspace:."))?.[0];
  const root = rootKey === undefined ? {} : (entries.get(rootKey) ?? {});
  const rootDependencies = stringRecord(root["dependencies"]);
  const rootDescriptors = new Set(Object.entries(rootDependencies).map(([name, range]) => `${name}@${range}`));
  const devOnly = manifest ? devOnlyEntries(manifest, rootDependencies, entries, groupOf) : new Set<string>();

  const packages: LockedPackage[] = [];
  for (const [key, entry] of entries) {
    if (key === rootKey) continue;
    const resolution = splitNameAndSpec(asString(entry["resolution"]) ?? "");
    if (!resolution) continue;
    const checksum = asString(entry["checksum"]);
    const pkg: LockedPackage = {
      ecosystem: "npm",
      name: resolution.name,
      version: asString(entry["version"]) ?? "",
      ...resolvedAndSource(resolution.spec),
      ...(checksum ? { integrity: checksum } : {}),
      direct: splitKey(key).some((d) => rootDescriptors.has(d)),
      ...lineOf(keyLines, key),
    };
    if (devOnly.has(key)) pkg.dev = true;
    packages.push(pkg);
  }

  const rootSpecs: Record<string, string> = {};
  for (const [name, range] of Object.entries({ ...rootDependencies, ...stringRecord(root["peerDependencies"]) }))
    rootSpecs[name] = withoutPlainNpmProtocol(range);
  return {
    kind: "yarn-berry",
    path,
    formatVersion,
    packages,
    ...(rootKey === undefined ? {} : { rootSpecs }),
    descriptors: [...entries.keys()].flatMap(splitKey).map(withoutPlainNpmProtocol),
  };
}

/** '"a@npm:^1.0.0, a@npm:^1.1.0"' as YAML gives it → ["a@npm:^1.0.0", "a@npm:^1.1.0"]. */
function splitKey(key: string): string[] {
  return key.split(/,\s*/).map((d) => d.trim()).filter((d) => d.length > 0);
}

/** "a@npm:^1.0.0" → "a@^1.0.0", as package.json writes it; an alias ("a@npm:b@^1") keeps its protocol. */
function withoutPlainNpmProtocol(descriptorOrRange: string): string {
  return descriptorOrRange.replace(/(^|@)npm:(?=[^@]*$)/, "$1");
}

/**
 * The registry is not in the lockfile (it lives in .yarnrc.yml), so npm: resolutions have no URL to
 * keep; anything else keeps its resolution spec as written. Patches are judged by what they patch.
 */
function resolvedAndSource(spec: string): { resolved?: string; source: PackageSource } {
  if (spec.startsWith("npm:")) return { source: "registry" };
  if (spec.startsWith("patch:")) {
    const patched = splitNameAndSpec(decodeURIComponent(spec.slice("patch:".length).split("#")[0] ?? ""));
    if (patched) return resolvedAndSource(patched.spec);
  }
  return { resolved: spec, source: classifySource(spec) ?? "unknown" };
}

/** Berry merges dev and prod dependencies of a workspace: the manifest tells which root ones are dev. */
function devOnlyEntries(
  manifest: PackageJson,
  rootDependencies: Record<string, string>,
  entries: Map<string, Dict>,
  groupOf: Map<string, string>,
): Set<string> {
  const devNames = new Set(Object.keys(manifest.devDependencies ?? {}));
  const prodNames = new Set(
    [manifest.dependencies, manifest.optionalDependencies, manifest.peerDependencies].flatMap((g) => Object.keys(g ?? {})),
  );
  const rootsWhere = (names: Set<string>): string[] =>
    Object.entries(rootDependencies).flatMap(([name, range]) =>
      names.has(name) ? (groupOf.get(`${name}@${range}`) ?? []) : [],
    );
  const children = (key: string): string[] => {
    const entry = entries.get(key) ?? {};
    return ["dependencies", "optionalDependencies"].flatMap((kind) =>
      Object.entries(stringRecord(entry[kind])).flatMap(([name, range]) => groupOf.get(`${name}@${range}`) ?? []),
    );
  };
  return devOnlyKeys(rootsWhere(prodNames), rootsWhere(devNames), children);
}
