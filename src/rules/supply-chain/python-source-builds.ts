/**
 * install-script for Python: a dependency with no wheel for the common platforms is built from its sdist at install,
 * which runs the package's build backend (setup.py and friends) with the installing user's rights.
 */
import type { Dependency, Draft, PythonDistribution, Snapshot } from "../../model.js";
import { dependencyLocation } from "./declared-dependencies.js";

/** A wheel's platform tags, read from its file name: name-version(-build)?-python-abi-platform.whl. */
export function wheelPlatforms(filename: string): string[] | undefined {
  if (!filename.endsWith(".whl")) return undefined;
  const parts = filename.slice(0, -4).split("-");
  if (parts.length < 5) return undefined;
  return parts[parts.length - 1]!.split(".");
}

/** The platforms a wheel installs on without a build: pure wheels everywhere; otherwise Linux x86-64, macOS, Windows. */
function covered(platforms: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of platforms) {
    if (p === "any") return new Set(["linux", "macos", "windows"]);
    if (/^(?:many|musl)?linux.*_(?:x86_64|aarch64)$/.test(p) || p === "linux_x86_64") out.add("linux");
    if (p.startsWith("macosx_")) out.add("macos");
    if (p === "win_amd64" || p === "win32" || p === "win_arm64") out.add("windows");
  }
  return out;
}

/** undefined: nothing is known about the release's files; otherwise the common platforms with no wheel. */
export function platformsWithoutWheel(files: readonly PythonDistribution[] | undefined): string[] | undefined {
  if (!files || files.length === 0) return undefined;
  const platforms = new Set<string>();
  for (const f of files) for (const p of covered(wheelPlatforms(f.filename) ?? [])) platforms.add(p);
  return ["linux", "macos", "windows"].filter((p) => !platforms.has(p));
}

export function pythonSourceBuilds(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  for (const dependency of snapshot.dependencies) {
    if (dependency.ecosystem !== "pypi" || dependency.source !== "registry") continue;
    const files = dependency.distributions ?? snapshot.pypiReleases?.[`${dependency.name}@${dependency.version}`]?.files;
    const missing = platformsWithoutWheel(files);
    // Only a release with no wheel for any of the common platforms builds everywhere; a platform-specific package
    // (pywin32, pyobjc) has wheels where it is meant to be installed.
    if (!missing || missing.length < 3) continue;
    drafts.push(draft(snapshot, dependency, files!));
  }
  return drafts;
}

function draft(snapshot: Snapshot, dependency: Dependency, files: readonly PythonDistribution[]): Draft {
  const sdist = files.find((f) => !f.filename.endsWith(".whl"));
  const location = dependencyLocation(snapshot, dependency);
  return {
    severity: "medium",
    message:
      `${dependency.name}==${dependency.version} ships no wheel for Linux, macOS or Windows${sdist ? ` (only ${sdist.filename})` : ""}, so every install builds it from source ` +
      `and runs its build backend (setup.py or a PEP 517 hook) with the installing user's rights. Prefer a release with wheels, ` +
      `or review its build code and install with --only-binary :all: where you can.`,
    package: { name: dependency.name, version: dependency.version },
    evidence: `${dependency.name}: no wheel`,
    ...(location ? { location } : {}),
  };
}
