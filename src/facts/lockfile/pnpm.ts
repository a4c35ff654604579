/** Reads pnpm-lock.yaml (lockfileVersion 5.x best effort, 6.x, 7.x and 9.x) into a Lockfile. */
import { UserError } from "../../errors.js";
import type { LockedPackage, Lockfile, PackageJson, PackageSource } from "../../model.js";
import { classifySource } from "./classify-source.js";
import { splitNameAndSpec } from "./descriptor.js";
import { devOnlyKeys } from "./dev-only.js";
import { lineOf } from "./text-lines.js";
import { type Dict, asDict, asString, isTrue, stringRecord } from "./values.js";
import { parseYamlDocument } from "./yaml-document.js";

const IMPORTER_KINDS = ["dependencies", "devDependencies", "optionalDependencies"] as const;

interface ImporterDependency {
  name: string;
  /** What the importer resolved the name to: "1.2.3(peer@1)", "real-name@1.2.3", "link:../x", a URL… */
  reference: string;
  kind: (typeof IMPORTER_KINDS)[number];
}

// The manifest is not needed: pnpm records the root's specs itself.
export function parsePnpmLockfile(text: string, path: string, _manifest?: PackageJson): Lockfile {
  const document = parseYamlDocument(text, path);
  const data = asDict(document.value);
  if (!data) throw new UserError("pnpm-lock.yaml must hold a YAML mapping", { file: path, line: 1 });
  const formatVersion = asString(data["lockfileVersion"]) ?? "";
  const major = Number.parseInt(formatVersion, 10);
  if (![5, 6, 7, 9].includes(major))
    throw new UserError(`unsupported pnpm lockfileVersion ${JSON.stringify(formatVersion)} (expected 5.x, 6.x or 9.x)`, {
      file: path,
      line: document.keyLines([]).get("lockfileVersion") ?? 1,
    });

  const importers = asDict(data["importers"]);
  const rootImporter = asDict(importers?.["."]) ?? (importers ? {} : data);
  const { specs: rootSpecs, dependencies: rootDependencies } = readImporter(rootImporter);
  const direct = new Set(rootDependencies.flatMap((d) => packageKeyCandidates(d.name, d.reference, major)));

  const entries = asDict(data["packages"]) ?? {};
  const snapshots = asDict(data["snapshots"]);
  const lines = document.keyLines(["packages"]);
  const devOnly = snapshots ? devOnlySnapshots(importers ?? { ".": rootImporter }, snapshots) : undefined;
  const optionalOnly = snapshots
    ? packagesWhereEverySnapshot(snapshots, (key) => isTrue(asDict(snapshots[key])?.["optional"]))
    : undefined;

  const packages: LockedPackage[] = [];
  for (const [key, value] of Object.entries(entries)) {
    const entry = asDict(value) ?? {};
    const parsed = parsePackageKey(key, major);
    const name = asString(entry["name"]) ?? parsed?.name;
    if (!name) continue;
    const pkg: LockedPackage = {
      ecosystem: "npm",
      name,
      version: stripPeerSuffix(asString(entry["version"]) ?? parsed?.version ?? ""),
      ...readResolution(asDict(entry["resolution"]) ?? {}),
      direct: direct.has(normalizeKey(key, major)),
      ...lineOf(lines, key),
    };
    if (isTrue(entry["requiresBuild"])) pkg.hasInstallScript = true;
    if (isTrue(entry["dev"]) || devOnly?.has(key)) pkg.dev = true;
    if (isTrue(entry["optional"]) || optionalOnly?.has(key)) pkg.optional = true;
    packages.push(pkg);
  }
  packages.push(...linkedDependencies(rootDependencies));
  return { kind: "pnpm", path, formatVersion, packages, rootSpecs };
}

function readImporter(importer: Dict): { specs: Record<string, string>; dependencies: ImporterDependency[] } {
  const oldSpecifiers = stringRecord(importer["specifiers"]);
  const specs: Record<string, string> = {};
  const dependencies: ImporterDependency[] = [];
  for (const kind of IMPORTER_KINDS) {
    for (const [name, value] of Object.entries(asDict(importer[kind]) ?? {})) {
      // v6+: { specifier, version }; v5: the version alone, the spec under top-level `specifiers`.
      const detail = asDict(value);
      const reference = detail ? asString(detail["version"]) : asString(value);
      const spec = detail ? asString(detail["specifier"]) : oldSpecifiers[name];
      if (spec !== undefined) specs[name] = spec;
      if (reference !== undefined) dependencies.push({ name, reference, kind });
    }
  }
  return { specs, dependencies };
}

function readResolution(resolution: Dict): Pick<LockedPackage, "resolved" | "integrity" | "source"> {
  const integrity = asString(resolution["integrity"]);
  const withIntegrity = integrity ? { integrity } : {};
  const type = asString(resolution["type"]);
  if (type === "git") {
    const repo = asString(resolution["repo"]) ?? "";
    const commit = asString(resolution["commit"]);
    return { resolved: commit ? `${repo}#${commit}` : repo, source: "git", ...withIntegrity };
  }
  if (type === "directory") return { resolved: `file:${asString(resolution["directory"]) ?? ""}`, source: "file" };
  const tarball = asString(resolution["tarball"]);
  if (tarball) {
    const source: PackageSource = classifySource(tarball) ?? "tarball";
    return { resolved: tarball, source, ...withIntegrity };
  }
  return { source: "registry", ...withIntegrity };
}

/** Root dependencies on `link:` folders never appear under `packages`; they are still part of the tree. */
function linkedDependencies(dependencies: ImporterDependency[]): LockedPackage[] {
  return dependencies
    .filter((d) => d.reference.startsWith("link:"))
    .map((d) => ({ ecosystem: "npm" as const, name: d.name, version: "", resolved: d.reference, source: "link" as const, direct: true }));
}

/** v5 "/name/1.0.0_peer@1", v6 "/name@1.0.0(peer@1)", v9 "name@1.0.0"; non-registry keys carry name/version fields. */
function parsePackageKey(key: string, major: number): { name: string; version: string } | undefined {
  if (major >= 6) {
    const split = splitNameAndSpec(key.startsWith("/") ? key.slice(1) : key);
    return split && { name: split.name, version: stripPeerSuffix(split.spec) };
  }
  const bare = normalizeKey(key, major).replace(/^\//, "");
  const slash = bare.lastIndexOf("/");
  if (slash <= 0) return undefined;
  return { name: bare.slice(0, slash), version: bare.slice(slash + 1) };
}

function stripPeerSuffix(version: string): string {
  return version.replace(/\(.*$/, "");
}

/** A package key without its peer suffix, the form importer references are matched against. */
function normalizeKey(key: string, major: number): string {
  const stripped = stripPeerSuffix(key);
  return major < 6 ? stripped.replace(/_[^/]*$/, "") : stripped;
}

/** The package keys an importer or snapshot reference to `name` may point at, normalised. */
function packageKeyCandidates(name: string, reference: string, major: number): string[] {
  const ref = normalizeKey(reference, major);
  return [`${name}@${ref}`, `/${name}@${ref}`, `/${name}/${ref}`, ref, `/${ref}`];
}

/** v9 dropped the `dev` flag: derive it from which importer dependency kinds reach each snapshot. */
function devOnlySnapshots(importers: Dict, snapshots: Dict): Set<string> {
  const resolve = (name: string, reference: string): string[] => {
    const exact = [`${name}@${reference}`, reference].find((k) => k in snapshots);
    return exact ? [exact] : [];
  };
  const prodRoots: string[] = [];
  const devRoots: string[] = [];
  for (const importer of Object.values(importers)) {
    for (const dependency of readImporter(asDict(importer) ?? {}).dependencies) {
      (dependency.kind === "devDependencies" ? devRoots : prodRoots).push(...resolve(dependency.name, dependency.reference));
    }
  }
  const children = (key: string): string[] => {
    const snapshot = asDict(snapshots[key]) ?? {};
    return ["dependencies", "optionalDependencies"].flatMap((kind) =>
      Object.entries(stringRecord(snapshot[kind])).flatMap(([name, reference]) => resolve(name, reference)),
    );
  };
  const devSnapshots = devOnlyKeys(prodRoots, devRoots, children);
  return packagesWhereEverySnapshot(snapshots, (key) => devSnapshots.has(key));
}

/** Package keys (peer suffix stripped) for which every snapshot, one per peer set, passes the test. */
function packagesWhereEverySnapshot(snapshots: Dict, test: (snapshotKey: string) => boolean): Set<string> {
  const byPackage = new Map<string, boolean>();
  for (const key of Object.keys(snapshots)) {
    const packageKey = stripPeerSuffix(key);
    byPackage.set(packageKey, (byPackage.get(packageKey) ?? true) && test(key));
  }
  return new Set([...byPackage].filter(([, every]) => every).map(([key]) => key));
}
