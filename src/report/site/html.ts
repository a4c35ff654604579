/**
 * The site's HTML builder: every interpolated value is escaped unless it is already Html, so text from a scanned
 * package (names, descriptions, messages, evidence: all written by strangers) can never become markup.
 */

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

/** Escapes for text and for quoted attribute values alike; control characters become visible U+FFFD. */
export function escapeHtml(value: string): string {
  return value
    .replace(/[&<>"'`]/g, (c) => ESCAPES[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\ufffd");
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** html`<p>${untrusted}</p>`: the template is trusted, the values are not. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Markup we wrote ourselves (the stylesheet, the script, a badge SVG we rendered). */
export function trusted(text: string): Html {
  return new Html(text);
}

/** A link target only when it is an http(s) URL; anything else (javascript:, data:) is shown as text, never linked. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
