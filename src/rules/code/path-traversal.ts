/** code/path-traversal: a file system call on a path taken from tool input with no containment check that holds. */
import type { Draft, Rule } from "../../model.js";
import { hitsOf, originPhrase, sinkDraft, worstTrace } from "./sink-findings.js";

export const pathTraversal: Rule = {
  id: "code/path-traversal",
  dimension: "code",
  severity: "high",
  title: "File path from tool input with no containment check",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs and implement proper access controls. A path argument " +
    "reaching fs.readFile, open() or a delete without a containment check lets `../../.ssh/id_rsa` or an absolute path reach any " +
    "file the user can. A check counts by what it does, on the value that is then used: the path is normalised first " +
    "(path.resolve, path.join, normalize or realpath; os.path.realpath/abspath or Path.resolve in Python) and compared with " +
    "`startsWith(root + path.sep)`, or path.relative(root, p) must not start with `..`, or Path.is_relative_to / " +
    "os.path.commonpath; a helper that does this (in any module) counts where its result or its guard applies. A bare " +
    "`startsWith(root)` is no check: it lets `/root-evil` through, and without normalisation `/root/../etc` passes. An input " +
    "schema that fixes the value (an enum, a literal, an anchored pattern) narrows it; `z.string()` is still any string.",
  remediation:
    "Resolve the path (realpath when symlinks matter), then require `resolved === root || resolved.startsWith(root + path.sep)`; " +
    "reject anything else before touching the file system.",
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const hit of hitsOf(snapshot, ["file"])) {
      const judged = worstTrace(hit, "file");
      if (!judged) continue;
      drafts.push(sinkDraft(hit, judged, `${hit.api} opens a path taken from ${originPhrase(judged.trace)} with no containment check that holds: \`../\` or an absolute path reaches any file the user can.`));
    }
    return drafts;
  },
};
