/** code/sql-injection: SQL text assembled by template, concatenation or formatting from tool input. */
import type { Rule } from "../../model.js";
import { sinkDrafts } from "./drafts.js";

export const sqlInjection: Rule = {
  id: "code/sql-injection",
  dimension: "code",
  severity: "medium",
  title: "SQL text built from tool input",
  rationale:
    "The MCP specification says servers MUST validate all tool inputs. SQL text built from a tool's arguments by a template " +
    "literal, concatenation, an f-string, % or str.format lets a quote in the input end the literal and add its own clauses: " +
    "read other tables, change or drop data. Parameterised queries (placeholders with a values array, sql`` tagged templates) stay quiet.",
  remediation: "Pass values as query parameters (`query('… WHERE id = $1', [id])`, `cursor.execute('… = ?', (id,))`); allowlist identifiers such as table or column names.",
  check: (snapshot) => sinkDrafts(snapshot, "sql-injection"),
};
