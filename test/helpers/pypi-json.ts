/** PyPI JSON API answers (`/pypi/<name>/<version>/json`), shaped like the documented ones, built from a lockfile entry's files. */
import type { LockedPackage } from "../../src/model.js";

export function pypiReleaseJson(pkg: Pick<LockedPackage, "name" | "version" | "distributions">, extra: { yanked?: string; requiresDist?: string[]; projectUrls?: Record<string, string> } = {}): Record<string, unknown> {
  return {
    info: {
      name: pkg.name,
      version: pkg.version,
      summary: `${pkg.name} for tests`,
      requires_dist: extra.requiresDist ?? null,
      project_urls: extra.projectUrls ?? null,
      yanked: extra.yanked !== undefined,
      yanked_reason: extra.yanked ?? null,
    },
    last_serial: 1,
    urls: (pkg.distributions ?? []).map((d) => ({
      filename: d.filename,
      packagetype: d.filename.endsWith(".whl") ? "bdist_wheel" : "sdist",
      digests: { sha256: d.sha256, md5: "0".repeat(32), blake2b_256: "0".repeat(64) },
      url: d.url,
      size: 1000,
      upload_time: d.uploadTime?.slice(0, 19),
      upload_time_iso_8601: d.uploadTime,
      yanked: extra.yanked !== undefined,
      yanked_reason: extra.yanked ?? null,
      requires_python: ">=3.8",
    })),
    vulnerabilities: [],
  };
}
