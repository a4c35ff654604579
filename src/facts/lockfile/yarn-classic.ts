/** Reads a yarn v1 ("# yarn lockfile v1") yarn.lock into a Lockfile, parsed by @yarnpkg/lockfile. */
import yarnLockfile from "@yarnpkg/lockfile";
import { UserError } from "../../errors.js";
import type { LockedPackage, Lockfile, PackageJson } from "../../model.js";
import { classifySource } from "./classify-source.js";
import { manifestSpecs, npmAliasTarget, splitNameAndSpec } from "./descriptor.js";
import { devOnlyKeys } from "./dev-only.js";
import { asDict, asString, stringRecord } from "./values.js";

interface EntryHeader {
  descriptors: string[];
  line: number;
}

export function parseYarnClassicLockfile(text: string, path: string, manifest?: PackageJson): Lockfile {
  const conflict = /^(?:<<<<<<<|=======|>>>>>>>)/m.exec(text);
  if (conflict) {
    throw new UserError("yarn.lock holds unresolved merge conflict markers", {
      file: path,
      line: text.slice(0, conflict.index).split("\n").length,
    });
  }
  const entries = parseEntries(text, path);
  const headers = entryHeaders(text);
  const groupOf = new Map<string, string>();
  for (const header of headers) for (const descriptor of header.descriptors) groupOf.set(descriptor, header.descriptors[0] ?? "");

  const specs = manifestSpecs(manifest);
  const isRootDescriptor = (descriptor: string, kinds?: string[]): boolean => {
    const split = splitNameAndSpec(descriptor);
    if (!split) return false;
    if (!kinds) return specs.get(split.name)?.has(split.spec) ?? false;
    return kinds.some((kind) => stringRecord(manifest?.[kind])[split.name] === split.spec);
  };
  const devOnly = manifest ? devOnlyGroups(headers, entries, groupOf, isRootDescriptor) : new Set<string>();

  const packages: LockedPackage[] = [];
  for (const { descriptors, line } of headers) {
    const first = descriptors[0];
    const entry = first === undefined ? undefined : asDict(entries[first]);
    const split = first === undefined ? undefined : splitNameAndSpec(first);
    if (!entry || !split || first === undefined) continue;
    const resolved = asString(entry["resolved"]);
    const integrity = asString(entry["integrity"]);
    const pkg: LockedPackage = {
      ecosystem: "npm",
      name: npmAliasTarget(split.spec)?.name ?? split.name,
      version: asString(entry["version"]) ?? "",
      ...(resolved !== undefined ? { resolved } : {}),
      // The "#<sha1>" on `resolved` is yarn's cache key, not a verified integrity: only `integrity` counts.
      ...(integrity ? { integrity } : {}),
      source: classifySource(resolved) ?? classifySource(split.spec) ?? "registry",
      line,
    };
    if (manifest) pkg.direct = descriptors.some((d) => isRootDescriptor(d));
    if (devOnly.has(first)) pkg.dev = true;
    packages.push(pkg);
  }
  return {
    kind: "yarn-classic",
    path,
    formatVersion: "1",
    packages,
    descriptors: headers.flatMap((h) => h.descriptors),
  };
}

function parseEntries(text: string, path: string): Record<string, unknown> {
  try {
    return yarnLockfile.parse(forYarnTokeniser(text), path).object;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /(\d+):\d+ in /.exec(message);
    throw new UserError(`malformed yarn.lock: ${message.replace(/\s*\d+:\d+ in .*$/, "")}`, {
      file: path,
      ...(position ? { line: Number(position[1]) } : {}),
      cause: error,
    });
  }
}

/**
 * @yarnpkg/lockfile's tokeniser counts "\n\n" as one line break (it takes it for "\r\n") and loops
 * forever on a final comment with no newline; an empty comment on each blank line and a final
 * newline keep its error lines true without changing what it parses.
 */
function forYarnTokeniser(text: string): string {
  return `${text.replace(/\n(?=\n)/g, "\n#")}\n`;
}

/** Each entry's header line: `"a@^1.0.0", a@^1.1.0:` gives both descriptors and the line it sits on. */
function entryHeaders(text: string): EntryHeader[] {
  const headers: EntryHeader[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!line.endsWith(":") || /^[\s#]/.test(line)) return;
    const descriptors = line
      .slice(0, -1)
      .split(/,\s*/)
      .map((d) => d.trim().replace(/^"(.*)"$/, "$1"))
      .filter((d) => d.length > 0);
    if (descriptors.length > 0) headers.push({ descriptors, line: index + 1 });
  });
  return headers;
}

/** yarn v1 does not flag dev packages: those only the manifest's devDependencies reach are dev. */
function devOnlyGroups(
  headers: EntryHeader[],
  entries: Record<string, unknown>,
  groupOf: Map<string, string>,
  isRootDescriptor: (descriptor: string, kinds?: string[]) => boolean,
): Set<string> {
  const all = headers.flatMap((h) => h.descriptors);
  const roots = (kinds: string[]): string[] =>
    all.filter((d) => isRootDescriptor(d, kinds)).map((d) => groupOf.get(d) ?? d);
  const children = (group: string): string[] => {
    const entry = asDict(entries[group]) ?? {};
    return ["dependencies", "optionalDependencies"].flatMap((kind) =>
      Object.entries(stringRecord(entry[kind])).flatMap(([name, range]) => groupOf.get(`${name}@${range}`) ?? []),
    );
  };
  return devOnlyKeys(roots(["dependencies", "optionalDependencies", "peerDependencies"]), roots(["devDependencies"]), children);
}
