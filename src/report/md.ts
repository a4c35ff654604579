/**
 * Markdown built as an mdast tree and serialised by mdast-util-to-markdown (with GFM tables and strikethrough), so
 * text from a scanned tree — descriptions, evidence, paths, package names — can never render as markup: the serialiser
 * escapes it, code spans get a fence longer than any backtick run inside, and GitHub's mentions, issue references and
 * invisible characters are defused here.
 */
import type { BlockContent, Code, Html, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { revealHidden } from "./reveal.js";

export { revealHidden };

/** U+2060 WORD JOINER: invisible, but it stops GitHub from reading `@name` as a mention or `#12` as an issue reference. */
const JOINER = "\u2060";

/** Text from a scanned tree as a text node: escaped by the serialiser, with mentions, references and hidden characters defused. */
export function text(value: string): PhrasingContent {
  const defused = revealHidden(value)
    // @user, @org/team (GitHub notifies them); a word before the @ (an e-mail address) is left alone.
    .replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, `$1@${JOINER}`)
    // #123, GH-123 and owner/repo#123 (GitHub cross-references the issue).
    .replace(/#(?=\d)/g, `#${JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${JOINER}`);
  return { type: "text", value: defused };
}

/** Our own words (never scanned text): still escaped, but not defused. */
export function plain(value: string): PhrasingContent {
  return { type: "text", value };
}

/** A code span; its value is whitespace-flattened (a span cannot hold a line break) and hidden characters are shown. */
export function code(value: string): PhrasingContent {
  return { type: "inlineCode", value: revealHidden(value).replace(/\s+/g, " ") };
}

export function strong(...children: PhrasingContent[]): PhrasingContent {
  return { type: "strong", children };
}

export function emphasis(...children: PhrasingContent[]): PhrasingContent {
  return { type: "emphasis", children };
}

export function deleted(...children: PhrasingContent[]): PhrasingContent {
  return { type: "delete", children };
}

/** A link to a URL we built (rule docs); never to a URL taken from a scanned tree. */
export function link(url: string, ...children: PhrasingContent[]): Link {
  return { type: "link", url, children };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: "paragraph", children };
}

export function heading(depth: 1 | 2 | 3 | 4 | 5 | 6, ...children: PhrasingContent[]): RootContent {
  return { type: "heading", depth, children };
}

export function codeBlock(value: string, lang?: string): Code {
  return { type: "code", value: revealHidden(value), ...(lang ? { lang } : {}) };
}

export function list(items: (PhrasingContent[] | BlockContent[])[]): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => {
      const blocks = item.length > 0 && isBlock(item[0]!) ? (item as BlockContent[]) : [paragraph(...(item as PhrasingContent[]))];
      return { type: "listItem", spread: false, children: blocks };
    }),
  };
}

function isBlock(node: PhrasingContent | BlockContent): node is BlockContent {
  return ["paragraph", "code", "list", "blockquote", "table", "html", "heading"].includes(node.type);
}

export function table(header: string[], rows: PhrasingContent[][][], align?: ("left" | "right" | "center" | null)[]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: "tableRow", children: cells.map((c): TableCell => ({ type: "tableCell", children: c })) });
  return { type: "table", align: align ?? header.map(() => null), children: [row(header.map((h) => [plain(h)])), ...rows.map(row)] };
}

/** Our own HTML; only ever built from constants and numbers, never from scanned text. */
function html(value: string): Html {
  return { type: "html", value };
}

export function comment(marker: string): Html {
  return html(marker);
}

/** A collapsed section: `summary` is escaped for HTML (it is ours, but a rule id or a count is all it holds). */
export function details(summary: string, children: RootContent[]): RootContent[] {
  return [html(`<details><summary>${escapeHtml(summary)}</summary>`), ...children, html("</details>")];
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Small print under the body. */
export function smallPrint(...children: PhrasingContent[]): Paragraph {
  return paragraph(html("<sub>") as unknown as PhrasingContent, ...children, html("</sub>") as unknown as PhrasingContent);
}

export function render(children: RootContent[]): string {
  const tree: Root = { type: "root", children };
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: "-",
    emphasis: "_",
    fences: true,
    listItemIndent: "one",
    rule: "-",
  });
}
