/** Shared construction of PyPI LockedPackage entries for the Python lockfile readers. */
import path from "node:path";
import type { LockedPackage, PackageSource, PythonDistribution } from "../../model.js";
import { normalisePythonName } from "./names.js";

export function pypiPackage(
  name: string,
  version: string,
  source: PackageSource,
  file: string,
  extra: Partial<Omit<LockedPackage, "ecosystem" | "name" | "version" | "source" | "file">> = {},
): LockedPackage {
  const pkg: LockedPackage = { ecosystem: "pypi", name: normalisePythonName(name), version, source, file, ...extra };
  const hashed = pkg.distributions?.find((d) => d.sha256);
  if (!pkg.integrity && hashed) pkg.integrity = `sha256:${hashed.sha256}`;
  return pkg;
}

/** "sha256:abc…" (or "sha256=abc…") → "abc…"; other algorithms are not what PyPI or the tools verify against. */
export function sha256Of(hash: string | undefined): string | undefined {
  const match = /^sha256[:=]([0-9a-f]{64})$/i.exec(hash?.trim() ?? "");
  return match ? match[1]!.toLowerCase() : undefined;
}

/** The file name at the end of a URL or path. */
export function fileNameOf(url: string): string {
  return decodeURIComponent(url.replace(/[#?].*$/, "").split("/").pop() ?? url);
}

export function distribution(filename: string, fields: { url?: string; hash?: string; uploadTime?: string }): PythonDistribution {
  const sha256 = sha256Of(fields.hash);
  return { filename, ...(fields.url ? { url: fields.url } : {}), ...(sha256 ? { sha256 } : {}), ...(fields.uploadTime ? { uploadTime: fields.uploadTime } : {}) };
}

/**
 * How a local path the lockfile records relates to the project: inside it (its own workspace code) or outside
 * (a dependency on a folder elsewhere on the author's machine). `lockDir` is the lockfile's folder in the tree.
 */
export function localPathSource(value: string, lockDir: string): PackageSource {
  if (/^[a-z]:[\\/]/i.test(value) || value.startsWith("/") || value.startsWith("file:")) return "file";
  const resolved = path.posix.normalize(path.posix.join(lockDir === "" ? "." : lockDir, value.replace(/\\/g, "/")));
  return resolved === ".." || resolved.startsWith("../") ? "file" : "workspace";
}
