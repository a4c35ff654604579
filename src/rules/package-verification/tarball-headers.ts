/** What the tarball's headers say: entries with unsafe paths or links, and executable files that are not bins. */
import type { Draft, Rule, Snapshot } from "../../model.js";
import { binPaths } from "./compare.js";

export const tarballUnsafeEntry: Rule = {
  id: "package-verification/tarball-unsafe-entry",
  dimension: "package-verification",
  severity: "high",
  title: "The published archive has an entry with an absolute or `..` path, or a link",
  rationale:
    "npm pack writes only regular files below package/, and Python build backends write regular files below the sdist's top folder or the " +
    "wheel's root. An absolute path or one that climbs out with `..` is an attempt to write outside the install folder on an unpacker that " +
    "does not refuse it; links are not produced by these tools at all, so the archive was made by another tool.",
  remediation: "Republish with `npm publish` (or `python -m build` and Trusted Publishing) from a clean checkout. mcp-trust never extracts such entries.",
  ecosystems: ["npm", "pypi"],
  needs: ["published"],
  check(snapshot) {
    const pypi = pythonUnsafeEntries(snapshot);
    if (pypi) return pypi;
    const published = snapshot.published;
    if (!published) return [];
    const where = { name: published.name, version: published.version };
    return published.entries.flatMap((entry) => {
      if (entry.unsafe) {
        return [{
          message: `${published.name}@${published.version} has a tar entry ${JSON.stringify(entry.path)} with ${entry.unsafe === "absolute" ? "an absolute path" : "a `..` path that climbs out of the package"}; it was not extracted.`,
          package: where,
          evidence: entry.path,
        }];
      }
      if (entry.type === "symlink" || entry.type === "hardlink") {
        return [{
          message: `${entry.path} in ${published.name}@${published.version} is a ${entry.type === "symlink" ? "symbolic" : "hard"} link to ${JSON.stringify(entry.linkTarget ?? "")}; npm pack never writes links.`,
          severity: "medium" as const,
          location: { path: entry.path },
          package: where,
          evidence: entry.path,
        }];
      }
      return [];
    });
  },
};

export const tarballUnexpectedExecutable: Rule = {
  id: "package-verification/tarball-unexpected-executable",
  dimension: "package-verification",
  severity: "low",
  title: "A file in the tarball is executable but is not one of the package's bins",
  rationale:
    "npm marks the package's bin targets executable; other files with executable bits are unusual and worth a look (a script meant to be run " +
    "directly, or a binary slipped in).",
  remediation: "Drop the executable bit on files that are not meant to be run (chmod -x), or declare them in bin.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
    const published = snapshot.published;
    if (!published) return [];
    const bins = binPaths(snapshot);
    return published.entries
      .filter((e) => e.type === "file" && !e.unsafe && (e.mode & 0o111) !== 0 && !bins.has(e.path))
      .map((entry) => ({
        message: `${entry.path} in ${published.name}@${published.version} has mode 0${entry.mode.toString(8)} but is not a bin.`,
        location: { path: entry.path },
        package: { name: published.name, version: published.version },
        evidence: entry.path,
      }));
  },
};

/** The same for the sdist and wheel of a PyPI release: refused entries, dropped links, and archives refused whole (a zip entry that escapes, a bomb). */
function pythonUnsafeEntries(snapshot: Snapshot): Draft[] | undefined {
  const release = snapshot.pypiPublished;
  if (!release) return undefined;
  const where = { name: release.name, version: release.version };
  const drafts: Draft[] = [];
  for (const archive of release.archives) {
    if (archive.refused) {
      drafts.push({ message: `${archive.filename} of ${release.name}==${release.version} could not be unpacked safely (${archive.refused}); none of its files was compared.`, package: where, evidence: `${archive.kind}: refused` });
      continue;
    }
    for (const entry of archive.entries) {
      if (entry.unsafe) {
        drafts.push({
          message: `${archive.filename} has an entry ${JSON.stringify(entry.path)} with ${entry.unsafe === "absolute" ? "an absolute path" : "a `..` path that climbs out of its folder"}; it was not extracted.`,
          package: where,
          evidence: `${archive.kind}: ${entry.path}`,
        });
      } else if (entry.type === "symlink") {
        drafts.push({ message: `${entry.path} in ${archive.filename} is a link; Python build backends never write links, and it was not extracted.`, severity: "medium", location: { path: entry.path }, package: where, evidence: `${archive.kind}: ${entry.path}` });
      }
    }
  }
  return drafts;
}
