/** code/unanalysable-code: server code nested too deep for any parser to read, which hides what it does. */
import type { Rule } from "../../model.js";

export const unanalysableCode: Rule = {
  id: "code/unanalysable-code",
  dimension: "code",
  severity: "low",
  title: "Code is nested too deep to analyse",
  rationale:
    "People write code a few dozen levels deep; machines (bundlers, minifiers, generated parsers) stay within a few hundred. " +
    "A file nested thousands of levels deep (50,000 brackets, template literals or ternaries in a row) is written to break the " +
    "parsers that reviewers and scanners rely on: it crashes them, so whatever it does goes unread. The file was not analysed, " +
    "so the code dimension is partial; this finding says why.",
  remediation:
    "Find out what generates the file and why its nesting is that deep; replace it with readable source, or keep generated data " +
    "as JSON outside the server's code. Until it is readable, treat it as unreviewed code.",
  check: (snapshot) =>
    (snapshot.unanalysed ?? [])
      .filter((file) => file.reason === "too-deep" && file.runtime)
      .map((file) => ({
        message: `${file.path} ${file.detail}: the parsers would overflow their stack on it, so none of its code was read.`,
        location: { path: file.path, ...(file.line ? { startLine: file.line } : {}) },
        evidence: "nesting too deep to analyse",
      })),
};
