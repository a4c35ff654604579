/**
 * Read-only SQL guards a server writes itself (issue 10, class 8), and what actually makes SQL read-only. A guard that
 * splits the text on `;`, strips comments and checks each statement's first keyword against a list is not a parser:
 * MySQL runs `/*! … *\/` comments, PostgreSQL's `WITH d AS (DELETE … RETURNING *) SELECT …` and `EXPLAIN ANALYZE …`
 * modify data behind a read keyword, `SELECT … INTO OUTFILE` writes files, and a `;` inside a quoted string or comment
 * throws the split off. Only the engine enforces read-only: a read-only transaction or session, or a read-only connection.
 */
import { type AstNode, literalString, memberPropertyName, unwrapExpression } from "./ast.js";

const READ_KEYWORDS = new Set(["select", "with", "explain", "analyze", "analyse", "show", "describe", "desc", "pragma", "values", "table", "showplan", "use", "help"]);

/** A keyword allow-list of a read-only guard: it holds `select` and nothing that writes. */
export function isReadOnlyKeywordList(keywords: readonly string[]): boolean {
  const lower = keywords.map((k) => k.trim().toLowerCase());
  return lower.includes("select") && lower.every((k) => READ_KEYWORDS.has(k));
}

/** `.split(";")`, `.split(/;/)`, `.split(/;\s*\/)`: statement splitting that ignores quotes and comments. */
export function splitsOnSemicolon(node: AstNode | undefined): boolean {
  const n = unwrapExpression(node);
  if (n?.type !== "CallExpression" || memberPropertyName(n.callee) !== "split") return false;
  const separator = unwrapExpression((n.arguments as AstNode[])[0]);
  if (literalString(separator) === ";") return true;
  const pattern = separator?.type === "Literal" && separator.regex ? (separator.regex as { pattern: string }).pattern : undefined;
  return pattern !== undefined && /^;(?:\\s[*+])?$/.test(pattern);
}

/** SQL text that makes the engine refuse writes for what follows. */
export function enforcesReadOnly(sql: string): boolean {
  return (
    /\b(?:BEGIN|START\s+TRANSACTION)\b[^;]*\bREAD\s+ONLY\b/i.test(sql) ||
    /\bSET\s+(?:SESSION\s+|LOCAL\s+|GLOBAL\s+)?(?:SESSION\s+CHARACTERISTICS\s+AS\s+)?TRANSACTION\s+READ\s+ONLY\b/i.test(sql) ||
    /\bdefault_transaction_read_only\s*(?:=|\bTO\b)\s*'?(?:on|true|1)\b/i.test(sql) ||
    /\bPRAGMA\s+query_only\s*=\s*'?(?:1|on|true)\b/i.test(sql) ||
    /\bSET\s+(?:SESSION\s+)?transaction_read_only\s*=\s*'?(?:on|1)\b/i.test(sql)
  );
}

/** An options object that turns on multiple statements per query: mysql/mysql2/mariadb `multipleStatements: true`. */
export function enablesMultipleStatements(node: AstNode | undefined): boolean {
  const n = unwrapExpression(node);
  if (n?.type !== "ObjectExpression") return false;
  return (n.properties as AstNode[]).some((p) => {
    if (p.type !== "Property") return false;
    const key = unwrapExpression(p.key);
    const name = key?.type === "Identifier" ? key.name : literalString(key);
    const value = unwrapExpression(p.value);
    return (name === "multipleStatements" || name === "allowMultiQueries") && value?.type === "Literal" && value.value === true;
  });
}

/** An options object that opens the database read-only: better-sqlite3 `{ readonly: true }`, `{ readOnly: true }`. */
export function opensReadOnly(node: AstNode | undefined): boolean {
  const n = unwrapExpression(node);
  if (n?.type !== "ObjectExpression") return false;
  return (n.properties as AstNode[]).some((p) => {
    if (p.type !== "Property") return false;
    const key = unwrapExpression(p.key);
    const name = key?.type === "Identifier" ? key.name : literalString(key);
    const value = unwrapExpression(p.value);
    return (name === "readonly" || name === "readOnly") && value?.type === "Literal" && value.value === true;
  });
}

/** The bypass classes a message names for a hand-written read-only guard. */
export function guardBypasses(multipleStatements: boolean): string {
  const classes = [
    "a `;` inside a string, identifier or comment that the split does not see",
    "MySQL's executable `/*! … */` comments, which a comment stripper drops but the server runs",
    "writes behind a read keyword (PostgreSQL `WITH … AS (DELETE … RETURNING *) SELECT`, `EXPLAIN ANALYZE`, `SELECT … INTO OUTFILE`)",
  ];
  return `${multipleStatements ? "with multiple statements per query enabled, " : ""}it can be bypassed by ${classes.join("; ")}`;
}
