/** Reads package-lock.json and npm-shrinkwrap.json (lockfileVersion 1, 2 and 3) into a Lockfile. */
import { UserError } from "../../errors.js";
import { DEPENDENCY_KINDS, type LockedPackage, type Lockfile, type PackageJson, type PackageSource } from "../../model.js";
import { classifySource } from "./classify-source.js";
import { lineOf } from "./text-lines.js";
import { manifestSpecs, npmAliasTarget } from "./descriptor.js";
import { type JsonDocument, objectNodeAt, parseJsonDocument, propertyLines } from "./json-document.js";
import { type Dict, asDict, asString, isTrue, stringRecord } from "./values.js";

const NODE_MODULES = "node_modules/";

export function parseNpmLockfile(text: string, path: string, manifest?: PackageJson): Lockfile {
  const document = parseJsonDocument(text, path);
  const data = asDict(document.value);
  if (!data) throw new UserError("an npm lockfile must hold a JSON object", { file: path, line: 1 });
  const version = data["lockfileVersion"];
  if (version === 2 || version === 3) return readPackagesSection(data, document, path, String(version));
  if (version === 1) return readDependenciesTree(data, document, path, manifest);
  throw new UserError(`unsupported npm lockfileVersion ${JSON.stringify(version ?? null)} (expected 1, 2 or 3)`, {
    file: path,
    line: propertyLines(document.tree, document.lineAt).get("lockfileVersion") ?? 1,
  });
}

/** v2 and v3: a flat `packages` map keyed by install path; "" is the root. */
function readPackagesSection(data: Dict, document: JsonDocument, path: string, formatVersion: string): Lockfile {
  const entries = asDict(data["packages"]);
  if (!entries) throw new UserError(`npm lockfileVersion ${formatVersion} has no "packages" object`, { file: path });
  const lines = propertyLines(objectNodeAt(document.tree, ["packages"]), document.lineAt);
  const root = asDict(entries[""]) ?? {};
  const rootSpecs: Record<string, string> = {};
  for (const kind of DEPENDENCY_KINDS) Object.assign(rootSpecs, stringRecord(root[kind]));

  const packages: LockedPackage[] = [];
  for (const [key, value] of Object.entries(entries)) {
    const at = key.lastIndexOf(NODE_MODULES);
    const entry = asDict(value);
    // The root and workspace folders are not dependencies; what they depend on sits under node_modules/.
    if (at < 0 || !entry) continue;
    const installName = key.slice(at + NODE_MODULES.length);
    const link = isTrue(entry["link"]);
    const resolved = asString(entry["resolved"]);
    const target = link && resolved ? asDict(entries[resolved]) : undefined;
    packages.push(
      withFlags(
        {
          ecosystem: "npm",
          name: asString(entry["name"]) ?? installName,
          version: asString(entry["version"]) ?? asString(target?.["version"]) ?? "",
          ...(resolved !== undefined ? { resolved } : {}),
          ...(asString(entry["integrity"]) ? { integrity: asString(entry["integrity"]) } : {}),
          source: link ? "link" : (classifySource(resolved) ?? "registry"),
          direct: key === NODE_MODULES + installName && installName in rootSpecs,
          ...lineOf(lines, key),
        },
        entry,
        true,
      ),
    );
  }
  return { kind: "npm", path, formatVersion, packages, rootSpecs };
}

/** v1: nested `dependencies` objects; the lockfile does not record the root's specs, the manifest does. */
function readDependenciesTree(data: Dict, document: JsonDocument, path: string, manifest?: PackageJson): Lockfile {
  const rootNames = manifestSpecs(manifest);
  const packages: LockedPackage[] = [];
  const walk = (dependencies: unknown, nodePath: string[]): void => {
    const group = asDict(dependencies);
    if (!group) return;
    const lines = propertyLines(objectNodeAt(document.tree, nodePath), document.lineAt);
    for (const [installName, value] of Object.entries(group)) {
      const entry = asDict(value);
      if (!entry) continue;
      const direct = manifest ? nodePath.length === 1 && rootNames.has(installName) : undefined;
      packages.push(readV1Entry(installName, entry, direct, lines));
      walk(entry["dependencies"], [...nodePath, installName, "dependencies"]);
    }
  };
  walk(data["dependencies"], ["dependencies"]);
  return { kind: "npm", path, formatVersion: "1", packages };
}

function readV1Entry(installName: string, entry: Dict, direct: boolean | undefined, lines: Map<string, number>): LockedPackage {
  const version = asString(entry["version"]) ?? "";
  const alias = npmAliasTarget(version);
  // v1 writes git, file and tarball dependencies' spec into `version` ("github:u/r#sha", "file:../x").
  const versionIsSpec = !alias && classifySource(version) !== undefined;
  const resolved = asString(entry["resolved"]) ?? (versionIsSpec ? version : undefined);
  const source: PackageSource = classifySource(resolved) ?? "registry";
  return withFlags(
    {
      ecosystem: "npm",
      name: alias?.name ?? installName,
      version: alias?.spec ?? version,
      ...(resolved !== undefined ? { resolved } : {}),
      ...(asString(entry["integrity"]) ? { integrity: asString(entry["integrity"]) } : {}),
      source,
      ...(direct !== undefined ? { direct } : {}),
      ...lineOf(lines, installName),
    },
    entry,
    false,
  );
}

function withFlags(pkg: LockedPackage, entry: Dict, recordsInstallScripts: boolean): LockedPackage {
  if (isTrue(entry["dev"])) pkg.dev = true;
  if (isTrue(entry["optional"])) pkg.optional = true;
  if (recordsInstallScripts && isTrue(entry["hasInstallScript"])) pkg.hasInstallScript = true;
  if (isTrue(entry["inBundle"]) || isTrue(entry["bundled"])) pkg.bundled = true;
  return pkg;
}

