/** code/sql-injection: SQL text assembled by template, concatenation or formatting from tool input. */
import type { Draft, Rule } from "../../model.js";
import { hitsOf, originPhrase, sinkDraft, worstTrace } from "./sink-findings.js";

export const sqlInjection: Rule = {
  id: "code/sql-injection",
  dimension: "code",
  severity: "high",
  title: "SQL text built from tool input",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs. SQL text built from a tool's arguments by a template " +
    "literal, concatenation, an f-string, % or str.format lets a quote in the input end the literal and add its own clauses: " +
    "read other tables, change or drop data. Parameterised queries (placeholders with a values array, sql`` tagged templates) stay quiet.",
  remediation: "Pass values as query parameters (`query('… WHERE id = $1', [id])`, `cursor.execute('… = ?', (id,))`); allowlist identifiers such as table or column names.",
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const hit of hitsOf(snapshot, ["sql"])) {
      // Only what is spliced into the SQL text counts; values passed as parameters are not in it.
      const holes = (hit.inputs[0]?.parts ?? []).flatMap((p) => ("hole" in p ? p.hole : []));
      const judged = worstTrace(hit, "sql", holes);
      if (!judged) continue;
      drafts.push(sinkDraft(hit, judged, `${hit.api} runs SQL text built from ${originPhrase(judged.trace)}; pass the values as query parameters instead.`));
    }
    return drafts;
  },
};
