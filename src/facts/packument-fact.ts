/** Trims a full registry packument to the PackumentFact the rules read, so the large document can be dropped. */
import type { PackumentFact, VersionFact } from "../model.js";

const INSTALL_HOOKS = ["preinstall", "install", "postinstall"] as const;

export function packumentToFact(name: string, document: unknown): PackumentFact {
  const doc = asRecord(document);
  const time = asRecord(doc["time"]);
  const fact: PackumentFact = { name, distTags: stringValues(doc["dist-tags"]), versions: {} };
  const created = time["created"];
  if (typeof created === "string") fact.created = created;
  for (const [version, manifest] of Object.entries(asRecord(doc["versions"]))) {
    fact.versions[version] = versionFact(asRecord(manifest), time[version]);
  }
  return fact;
}

function versionFact(manifest: Record<string, unknown>, published: unknown): VersionFact {
  const fact: VersionFact = {};
  // An empty string is how `npm deprecate pkg ""` lifts a deprecation.
  const deprecated = manifest["deprecated"];
  if (typeof deprecated === "string" && deprecated !== "") fact.deprecated = deprecated;
  const scripts = asRecord(manifest["scripts"]);
  const installScripts: string[] = INSTALL_HOOKS.filter((hook) => typeof scripts[hook] === "string" && scripts[hook] !== "");
  // npm sets gypfile when the package has a binding.gyp, which npm builds even without an install script.
  if (manifest["gypfile"] === true) installScripts.push("binding.gyp");
  if (installScripts.length > 0) fact.installScripts = installScripts;
  if (typeof published === "string") fact.published = published;
  const integrity = asRecord(manifest["dist"])["integrity"];
  if (typeof integrity === "string") fact.integrity = integrity;
  return fact;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringValues(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(asRecord(value))) if (typeof entry === "string") out[key] = entry;
  return out;
}
