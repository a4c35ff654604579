/** Reads bun's text lockfile, bun.lock (JSONC, lockfileVersion 0 and 1), into a Lockfile. */
import { UserError } from "../../errors.js";
import { DEPENDENCY_KINDS, type LockedPackage, type Lockfile, type PackageJson, type PackageSource } from "../../model.js";
import { classifySource } from "./classify-source.js";
import { splitNameAndSpec } from "./descriptor.js";
import { devOnlyKeys } from "./dev-only.js";
import { objectNodeAt, parseJsonDocument, propertyLines } from "./json-document.js";
import { lineOf } from "./text-lines.js";
import { type Dict, asDict, asString, stringRecord } from "./values.js";

// The manifest is not needed: bun records every workspace's specs itself.
export function parseBunLockfile(text: string, path: string, _manifest?: PackageJson): Lockfile {
  const document = parseJsonDocument(text, path, { jsonc: true });
  const data = asDict(document.value);
  if (!data) throw new UserError("bun.lock must hold a JSON object", { file: path, line: 1 });
  const version = data["lockfileVersion"];
  if (version !== 0 && version !== 1)
    throw new UserError(`unsupported bun lockfileVersion ${JSON.stringify(version ?? null)} (expected 0 or 1)`, {
      file: path,
      line: propertyLines(document.tree, document.lineAt).get("lockfileVersion") ?? 1,
    });

  const workspaces = asDict(data["workspaces"]) ?? {};
  const rootSpecs: Record<string, string> = {};
  for (const kind of DEPENDENCY_KINDS) Object.assign(rootSpecs, stringRecord(asDict(workspaces[""])?.[kind]));
  const entries = asDict(data["packages"]) ?? {};
  const lines = propertyLines(objectNodeAt(document.tree, ["packages"]), document.lineAt);
  const devOnly = devOnlyPackageKeys(workspaces, entries);

  const packages: LockedPackage[] = [];
  for (const [key, value] of Object.entries(entries)) {
    if (!Array.isArray(value)) continue;
    const ident = splitNameAndSpec(asString(value[0]) ?? "");
    if (!ident || ident.spec.startsWith("root:")) continue;
    const pkg: LockedPackage = {
      name: ident.name,
      ...readEntry(ident.spec, value, workspaces),
      direct: keySegments(key).length === 1 && key in rootSpecs,
      ...lineOf(lines, key),
    };
    if (devOnly.has(key)) pkg.dev = true;
    packages.push(pkg);
  }
  return { kind: "bun", path, formatVersion: String(version), packages, rootSpecs };
}

/**
 * npm:       ["name@1.2.3", registryUrlOrEmpty, INFO, integrity]
 * git:       ["name@git+https://…#ref", INFO, resolvedCommit, integrity?]; github: the same with "github:user/repo"
 * tarball:   ["name@https://…tgz" or "name@./local.tgz", INFO, integrity?]
 * folder, link, workspace: ["name@file:path", INFO], ["name@link:path", INFO], ["name@workspace:path"]
 */
function readEntry(spec: string, entry: unknown[], workspaces: Dict): Omit<LockedPackage, "name"> {
  if (typeof entry[1] === "string") {
    const integrity = asString(entry[3]);
    return {
      ecosystem: "npm",
      version: spec,
      // "" means the default registry; bun writes any other registry's URL.
      ...(entry[1] ? { resolved: entry[1] } : {}),
      ...(integrity ? { integrity } : {}),
      source: "registry",
    };
  }
  const source: PackageSource = classifySource(spec) ?? (/\.(?:tgz|tar\.gz)$/.test(spec) ? "file" : "unknown");
  // git and github entries put the resolved commit before the integrity.
  const integrity = asString(entry[/^(?:git\+|github:)/.test(spec) ? 3 : 2]);
  const workspaceVersion =
    source === "workspace" ? asString(asDict(workspaces[spec.slice("workspace:".length)])?.["version"]) : undefined;
  return {
    ecosystem: "npm",
    // Only npm entries carry a version; for the others the lockfile records where, not which version.
    version: workspaceVersion ?? "",
    resolved: spec,
    ...(integrity?.startsWith("sha") ? { integrity } : {}),
    source,
  };
}

/** "a/@s/b/c" → ["a", "@s/b", "c"]: a package key is the install path of nested node_modules names. */
function keySegments(key: string): string[] {
  const segments: string[] = [];
  const parts = key.split("/");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    segments.push(part.startsWith("@") && i + 1 < parts.length ? `${part}/${parts[++i] ?? ""}` : part);
  }
  return segments;
}

/** bun does not flag dev packages: those only the workspaces' devDependencies reach are dev. */
function devOnlyPackageKeys(workspaces: Dict, entries: Dict): Set<string> {
  // Node-style lookup: a dependency of "a/b" resolves to "a/b/dep", then "a/dep", then "dep".
  const resolveFrom = (parent: string[], name: string): string[] => {
    for (let depth = parent.length; depth >= 0; depth--) {
      const key = [...parent.slice(0, depth), name].join("/");
      if (key in entries) return [key];
    }
    return [];
  };
  const prodRoots: string[] = [];
  const devRoots: string[] = [];
  for (const [workspacePath, value] of Object.entries(workspaces)) {
    const workspace = asDict(value) ?? {};
    const workspaceName = asString(workspace["name"]);
    const parent = workspacePath === "" || !workspaceName ? [] : [workspaceName];
    for (const kind of DEPENDENCY_KINDS) {
      const roots = kind === "devDependencies" ? devRoots : prodRoots;
      for (const name of Object.keys(stringRecord(workspace[kind]))) roots.push(...resolveFrom(parent, name));
    }
  }
  const children = (key: string): string[] => {
    const entry = entries[key];
    const info = Array.isArray(entry) ? asDict(entry.find((item) => asDict(item) !== undefined)) : undefined;
    return ["dependencies", "optionalDependencies", "peerDependencies"].flatMap((kind) =>
      Object.keys(stringRecord(info?.[kind])).flatMap((name) => resolveFrom(keySegments(key), name)),
    );
  };
  return devOnlyKeys(prodRoots, devRoots, children);
}
