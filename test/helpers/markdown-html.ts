/** Renders our markdown the way GitHub does before it sanitises (GFM, raw HTML allowed), for assertions and screenshots. */
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

export function markdownToHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The HTML's text outside <code> and <pre>, where GitHub turns `@name` into a mention and `#12` into a reference. */
export function textOutsideCode(html: string): string {
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, "").replace(/<code>[\s\S]*?<\/code>/g, "").replace(/<[^>]+>/g, "");
}
