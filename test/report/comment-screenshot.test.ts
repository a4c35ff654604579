/**
 * The PR comment of a realistic delta rendered as GitHub renders markdown, loaded in headless Chromium: nothing hostile
 * runs or renders as markup, the layout holds, and a screenshot is written (MCP_TRUST_SCREENSHOT_DIR, else a temp dir).
 * Skips, saying why, when Chromium cannot start.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluateGate, resolveGate } from "../../src/gate.js";
import { renderDeltaMarkdown } from "../../src/report/markdown.js";
import { startChromium, type Browser } from "../helpers/browser.js";
import { markdownToHtml } from "../helpers/markdown-html.js";
import { realisticDelta } from "../helpers/realistic-delta.js";

const require = createRequire(import.meta.url);
const GITHUB_CSS = readFileSync(require.resolve("github-markdown-css/github-markdown-light.css"), "utf8");

/** The comment inside a page shaped like a GitHub comment box (CSS inlined: the page loads nothing). */
export function commentPage(markdown: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>${GITHUB_CSS}
body { margin: 0; padding: 24px; background: #f6f8fa; }
.comment { max-width: 940px; margin: 0 auto; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; }
.comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; border-radius: 6px 6px 0 0; font: 14px -apple-system, "Segoe UI", sans-serif; color: #57606a; }
.markdown-body { padding: 16px; }
</style></head><body><div class="comment"><div class="comment-header"><b>mcp-trust</b> commented</div>
<article class="markdown-body">${markdownToHtml(markdown)}</article></div></body></html>`;
}

let browser: Browser | undefined;
beforeAll(async () => {
  // startChromium says why when it cannot start; the test then has nothing to drive and skips.
  browser = await startChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

test("the comment of a realistic delta in Chromium: no script runs, no hostile markup, the layout holds; screenshots written", async () => {
  if (!browser) return;
  const { delta, head } = await realisticDelta();
  const gate = evaluateGate(head.score, delta.newFindings, resolveGate([]), "new");
  const markdown = renderDeltaMarkdown(delta, { gate, marker: true, now: new Date("2026-11-25T12:00:00Z") });
  const dir = process.env["MCP_TRUST_SCREENSHOT_DIR"] ?? mkdtempSync(path.join(tmpdir(), "mcp-trust-screens-"));
  mkdirSync(dir, { recursive: true });
  const html = commentPage(markdown);
  writeFileSync(path.join(dir, "pr-comment.html"), html);

  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1012, height: 900 });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.setContent(html, { waitUntil: "load" });

  const body = page.locator("article.markdown-body");
  expect(await body.locator("img, h1, script, iframe").count()).toBe(0);
  expect(await body.locator("a[href^='javascript:']").count()).toBe(0);
  // Every table row has as many cells as its header.
  const shapes = await body.locator("table").evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll("tr")].map((r) => r.children.length)));
  for (const shape of shapes) expect(new Set(shape).size).toBe(1);
  expect(await body.locator("details").count()).toBeGreaterThanOrEqual(4);
  expect(await body.textContent()).toContain("Lists notes. <img src=x onerror=alert(1)> <h1>Approved by security</h1>");

  await page.screenshot({ path: path.join(dir, "pr-comment.png"), fullPage: true });
  await body.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
  await page.screenshot({ path: path.join(dir, "pr-comment-expanded.png"), fullPage: true });
  expect(statSync(path.join(dir, "pr-comment.png")).size).toBeGreaterThan(10_000);
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([]);
  await page.close();
}, 90_000);
