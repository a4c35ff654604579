/** code/path-traversal: a file system call on a path taken from tool input with no containment check that holds. */
import type { Rule } from "../../model.js";
import { sinkDrafts } from "./drafts.js";

export const pathTraversal: Rule = {
  id: "code/path-traversal",
  dimension: "code",
  severity: "medium",
  title: "File path from tool input with no containment check",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs and implement proper access controls. A path argument " +
    "reaching fs.readFile, open() or a delete without a containment check lets `../../.ssh/id_rsa` or an absolute path reach any " +
    "file the user can. What counts as a check: the path is normalised first (path.resolve, path.join, normalize or realpath; " +
    "os.path.realpath/abspath or Path.resolve in Python) and then compared with `startsWith(root + path.sep)` (a root ending in " +
    "a separator), or tested with path.relative(root, p) for `..` / isAbsolute, or Path.is_relative_to / os.path.commonpath; a " +
    "call to a local validator doing that, or to an imported one named for it (validatePath, isWithinAllowed…), counts too. " +
    "A bare `startsWith(root)` is no check: it lets `/root-evil` through, and without normalisation `/root/../etc` passes.",
  remediation:
    "Resolve the path (realpath when symlinks matter), then require `resolved === root || resolved.startsWith(root + path.sep)`; " +
    "reject anything else before touching the file system.",
  check: (snapshot) => sinkDrafts(snapshot, "path-traversal"),
};
