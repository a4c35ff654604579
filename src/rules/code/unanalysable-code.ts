/** code/unanalysable-code: server code no parser can read (nested thousands deep), or shell/eval calls in code too large to analyse. */
import type { Draft, Rule, UnanalysedFile } from "../../model.js";

export const unanalysableCode: Rule = {
  id: "code/unanalysable-code",
  dimension: "code",
  severity: "low",
  title: "Code is nested too deep, or too large, to analyse",
  rationale:
    "People write code a few dozen levels deep; machines (bundlers, minifiers, generated parsers) stay within a few hundred. " +
    "A file nested thousands of levels deep (50,000 brackets, template literals or ternaries in a row) is written to break the " +
    "parsers that reviewers and scanners rely on: it crashes them, so whatever it does goes unread. A file over the size the " +
    "analysis reads whole is analysed in part (its statements with imports, shell and eval calls, and tool registrations); a " +
    "shell or eval call with a non-literal argument in a statement too large to analyse is medium, since where its input comes " +
    "from could not be followed. Either way the code dimension is partial; this finding says why.",
  remediation:
    "Find out what generates the file and why it is that deep or that large; replace it with readable source, keep generated " +
    "data as JSON outside the server's code, and do not commit bundles of third-party code. Until it is readable, treat it as unreviewed code.",
  check: (snapshot) => (snapshot.unanalysed ?? []).filter((file) => file.runtime).flatMap(draftsOf),
};

function draftsOf(file: UnanalysedFile): Draft[] {
  if (file.reason === "too-deep") {
    return [{
      message: `${file.path} ${file.detail}: the parsers would overflow their stack on it, so none of its code was read.`,
      location: { path: file.path, ...(file.line ? { startLine: file.line } : {}) },
      evidence: "nesting too deep to analyse",
    }];
  }
  const calls = file.unfollowed ?? [];
  if (calls.length === 0) return [];
  const listed = calls.slice(0, 5).map((c) => `${c.call}() at line ${c.line}`).join(", ");
  const more = calls.length > 5 ? ` and ${calls.length - 5} more` : "";
  return [{
    severity: "medium",
    message:
      `${file.path} is too large to analyse whole, and the part that could not be analysed makes ${calls.length === 1 ? "a shell or eval call" : `${calls.length} shell or eval calls`} ` +
      `with a non-literal argument (${listed}${more}): where that argument comes from could not be followed. Review those calls as if they took a tool's arguments.`,
    location: { path: file.path, startLine: calls[0]!.line },
    evidence: `${calls[0]!.call}() in code too large to analyse`,
  }];
}
