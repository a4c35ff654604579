/** What the tarball's headers say: entries with unsafe paths or links, and executable files that are not bins. */
import type { Rule } from "../../model.js";
import { binPaths } from "./compare.js";

export const tarballUnsafeEntry: Rule = {
  id: "package-verification/tarball-unsafe-entry",
  dimension: "package-verification",
  severity: "high",
  title: "The tarball has an entry with an absolute or `..` path, or a link",
  rationale:
    "npm pack writes only regular files below package/. An absolute path or one that climbs out with `..` is an attempt to write outside the " +
    "install folder on an unpacker that does not refuse it; symbolic and hard links are not produced by npm pack at all, so the tarball was made by another tool.",
  remediation: "Republish with `npm publish` from a clean checkout. mcp-trust never extracts such entries.",
  ecosystems: ["npm"],
  needs: ["published"],
  check(snapshot) {
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
