/** The leftovers of the per-file and file-set rungs: tarball-extra-file, tarball-content-mismatch and tarball-missing-file (npm tarballs, PyPI sdists and wheels). */
import type { Ecosystem, PackageRef, Rule, Snapshot } from "../../model.js";
import { isCodeFile, sourceComparison, type SourceComparison } from "./compare.js";
import { pypiArchiveComparisons } from "./python-layout.js";

/** One published file compared with the source: the npm tarball, or one file of a PyPI release. */
interface PublishedComparison {
  ecosystem: Ecosystem;
  /** "demo@1.0.0", or "demo-1.0.0-py3-none-any.whl of demo==1.0.0". */
  label: string;
  package: PackageRef;
  /** "" for the npm tarball; "sdist: " or "wheel: " before a PyPI file's paths in evidence. */
  evidencePrefix: string;
  /** A path of the source (relative to the scanned root) for a path relative to the source project. */
  sourcePath(projectPath: string): string;
  comparison: SourceComparison;
}

function publishedComparisons(snapshot: Snapshot): PublishedComparison[] {
  const out: PublishedComparison[] = [];
  const published = snapshot.published;
  // A --rebuild that showed the source builds to the same contents supersedes the per-file rungs.
  const npm = snapshot.rebuild?.contentIdentical ? undefined : sourceComparison(snapshot);
  if (npm && published) {
    out.push({ ecosystem: "npm", label: `${published.name}@${published.version}`, package: { name: published.name, version: published.version }, evidencePrefix: "", sourcePath: (p) => p, comparison: npm });
  }
  const release = snapshot.pypiPublished;
  const directory = release?.source?.directory ?? "";
  for (const { archive, comparison } of pypiArchiveComparisons(snapshot)) {
    out.push({
      ecosystem: "pypi",
      label: `${archive.filename} of ${release!.name}==${release!.version}`,
      package: { name: release!.name, version: release!.version },
      evidencePrefix: `${archive.kind}: `,
      sourcePath: (p) => (directory ? `${directory}/${p}` : p),
      comparison,
    });
  }
  return out;
}

export const tarballExtraFile: Rule = {
  id: "package-verification/tarball-extra-file",
  dimension: "package-verification",
  severity: "high",
  title: "The published package holds a file that is not in the source and no declared build produces",
  rationale:
    "Every file in a release should come from the reviewed source, either as is or from a declared build (tsc outDir, a bundler's output folder, " +
    "a Python build backend's metadata, a compiled extension built from its C or Rust source). Code in the tarball, sdist or wheel with no source " +
    "counterpart is how a compromised build machine or maintainer account injects a payload; a compiled extension module with no source in the tree cannot be reviewed at all.",
  remediation:
    "Find where the file came from. If a build makes it, declare that build (a build script with its output folder, tsconfig outDir, the native " +
    "build in pyproject.toml); otherwise remove it (.npmignore or `files`; the build backend's exclude list) and republish from a clean checkout.",
  ecosystems: ["npm", "pypi"],
  needs: ["published"],
  check(snapshot) {
    return publishedComparisons(snapshot).flatMap((published) =>
      published.comparison.extra.map((entry) => {
        const code = isCodeFile(entry);
        const compiled = published.ecosystem === "pypi" && /\.(?:so|pyd|dylib|dll)$/i.test(entry.path);
        const why = compiled
          ? "it is a compiled extension module, and the tree holds no source it is built from (nor a native build that compiles one)"
          : published.ecosystem === "pypi"
            ? "no file of the source maps to it (through the package folder or src/ layout) and the build backend does not generate it"
            : "no declared build (tsc outDir, bundler output folder, a .ts sibling) produces it";
        return {
          message: `${entry.path} is in ${published.label} but not in the source${code ? ", and it is code" : ""}; ${why}.`,
          severity: code ? ("high" as const) : ("low" as const),
          location: { path: entry.path },
          package: published.package,
          evidence: `${published.evidencePrefix}${entry.path}`,
        };
      }),
    );
  },
};

export const tarballContentMismatch: Rule = {
  id: "package-verification/tarball-content-mismatch",
  dimension: "package-verification",
  severity: "high",
  title: "A published file differs from the source file it comes from",
  rationale:
    "A file that is not build output is packed byte for byte from the source (npm pack, a Python sdist or wheel); different bytes in the release " +
    "mean it was made from other source than the one reviewed (an uncommitted change, or tampering).",
  remediation:
    "Publish from a clean checkout of the tagged commit (CI with npm publish --provenance, or PyPI Trusted Publishing), and compare again " +
    "(`mcp-trust verify-pack` for npm, `mcp-trust scan . --package pypi:name==version` for PyPI).",
  ecosystems: ["npm", "pypi"],
  needs: ["published"],
  check(snapshot) {
    return publishedComparisons(snapshot).flatMap((published) =>
      published.comparison.contentMismatch.map(({ entry, source }) => {
        const sourcePath = published.sourcePath(source.path);
        const where = sourcePath === entry.path ? "the source's" : `the source's ${sourcePath}`;
        return {
          message:
            `${entry.path} in ${published.label} differs from ${where} (${entry.size} bytes published, ${source.size} in the source).` +
            (source.packed ? "" : " npm would not even pack the source's copy."),
          location: { path: sourcePath },
          package: published.package,
          evidence: `${published.evidencePrefix}${entry.path}`,
        };
      }),
    );
  },
};

export const tarballMissingFile: Rule = {
  id: "package-verification/tarball-missing-file",
  dimension: "package-verification",
  severity: "low",
  title: "A file the source would publish is not in the published package",
  rationale:
    "The source's file set (what npm-packlist packs; the modules of a wheel's package folders) should match the release's; a missing file means " +
    "the release was built from a different tree or with different include rules than the source has now.",
  remediation: "Check .npmignore and `files` (or the build backend's include and exclude lists), then publish from a clean checkout of the tagged commit.",
  ecosystems: ["npm", "pypi"],
  needs: ["published"],
  check(snapshot) {
    return publishedComparisons(snapshot).flatMap((published) =>
      published.comparison.missing.map((file) => ({
        message: `${published.sourcePath(file.path)} would be ${published.ecosystem === "npm" ? "packed from the source" : "installed from the source's package folder"} but is not in ${published.label}.`,
        location: { path: published.sourcePath(file.path) },
        package: published.package,
        evidence: `${published.evidencePrefix}${file.path}`,
      })),
    );
  },
};
