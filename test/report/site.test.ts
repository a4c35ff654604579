import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { appendRow, indexResults, resultsPath, type CatalogRow } from "../../src/catalog/results.js";
import { summarise } from "../../src/catalog/summary.js";
import { escapeHtml, html, safeHttpUrl } from "../../src/report/site/html.js";
import { serverSlug } from "../../src/report/site/pages.js";
import { writeSite } from "../../src/report/site/write-site.js";
import { finding, reportWith } from "../helpers/catalog.js";
import { startChromium, type Browser } from "../helpers/browser.js";

const HOSTILE_NAME = `io.github.evil/<img src=x onerror="window.__pwned=1">`;
const HOSTILE_MESSAGE = `</script><script>window.__pwned=2</script> runs the tool's "command" in a shell`;
const HOSTILE_EVIDENCE = `"><svg onload=window.__pwned=3>`;

function row(name: string, version: string, extra: Partial<CatalogRow>): CatalogRow {
  return { name, version, key: `${name}@${version}`, status: "scanned", ecosystem: "npm", run: "run-1", finishedAt: "2026-11-01T00:00:00.000Z", durationMs: 100, ...extra };
}

let dir: string;
let site: string;
let keys: string[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "catalog-site-"));
  site = path.join(dir, "site");
  const evil = reportWith("evil-mcp", "6.6.6", [
    finding("code/command-injection", "critical", { message: HOSTILE_MESSAGE, evidence: HOSTILE_EVIDENCE, location: { path: "src/<index>.js", startLine: 3 } }),
    finding("supply-chain/install-script", "high", { message: "postinstall runs", package: { name: "<b>dep</b>", version: "1.0.0" } }),
  ]);
  evil.dependencies = [
    { name: "<b>dep</b>", version: "1.0.0", ecosystem: "npm", direct: true, dev: false, source: "registry", origin: "resolved-now", flags: ["install-script"] },
    { name: "requests", version: "2.32.3", ecosystem: "pypi", direct: true, dev: false, source: "registry", origin: "resolved-now", flags: [] },
  ];
  const rows = [
    row(HOSTILE_NAME, "6.6.6", { package: "npm:evil-mcp@6.6.6", report: evil }),
    row("io.github.good/server", "1.0.0", { package: "npm:good@1.0.0", report: reportWith("good", "1.0.0", []) }),
    row("com.example/weather", "1.4.0", {
      ecosystem: "remote",
      report: reportWith("weather", "1.4.0", [finding("remote-endpoint/plain-http-endpoint", "medium")], { "remote-endpoint": "checked", "supply-chain": "skipped", code: "skipped", transport: "skipped", "package-verification": "skipped" }),
    }),
    row("io.github.acme/containers", "0.9.1", { status: "not-checked", ecosystem: undefined, notChecked: [{ package: "oci:acme/c@0.9.1", reason: "an OCI container image" }] }),
    row("io.github.broken/server", "2.0.0", { status: "failed", ecosystem: undefined, failure: { kind: "timeout", message: "the scan took longer than 180 s" } }),
  ];
  // An earlier run of the good server, at an older version, scored lower.
  appendRow(resultsPath(dir), { ...row("io.github.good/server", "0.9.0", { report: reportWith("good", "0.9.0", [finding("supply-chain/no-lockfile", "high")]) }), run: "run-0" });
  for (const r of rows) appendRow(resultsPath(dir), r);
  keys = rows.map((r) => r.key);
  const index = await indexResults(resultsPath(dir));
  const summary = summarise(index, keys, "run-1", new Date("2026-11-01T00:00:00Z"));
  await writeSite({ resultsFile: resultsPath(dir), keys, index, summary, siteDir: site });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("site files", () => {
  test("an index, a page per server, a badge per scanned server and a page per rule", () => {
    expect(readdirSync(path.join(site, "servers"))).toHaveLength(5);
    expect(readdirSync(path.join(site, "badges"))).toHaveLength(3);
    expect(readdirSync(path.join(site, "rules")).length).toBeGreaterThan(40);
    expect(readFileSync(path.join(site, "badges", `${serverSlug("io.github.good/server@1.0.0")}.svg`), "utf8")).toContain("A 100");
  });

  test("text from scanned packages is escaped everywhere; a CSP allows only our own inline style and script; no external asset", () => {
    const index = readFileSync(path.join(site, "index.html"), "utf8");
    const page = readFileSync(path.join(site, "servers", `${serverSlug(`${HOSTILE_NAME}@6.6.6`)}.html`), "utf8");
    for (const text of [index, page]) {
      expect(text).not.toContain("<img src=x");
      expect(text).not.toContain("<script>window");
      expect(text).not.toContain("<svg onload");
      expect(text).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      expect(text).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
    }
    expect(page).toContain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    expect(page).toContain("&lt;b&gt;dep&lt;/b&gt;");
    expect(page).not.toContain("<script");
  });

  test("the builder escapes values, not the template; only http(s) URLs become links", () => {
    expect(html`<p title="${'"x'}">${"<b>"}</p>`.text).toBe('<p title="&quot;x">&lt;b&gt;</p>');
    expect(escapeHtml("a\u0000b`")).toBe("a\ufffdb&#96;");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("https://example.com/x")).toBe("https://example.com/x");
  });
});

describe("site in headless Chromium", () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await startChromium();
  }, 90_000);
  afterAll(async () => browser?.close());

  test("the index loads, filters narrow the list, a server page shows its findings, and nothing hostile runs", async () => {
    if (!browser) return;
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path.join(site, "index.html")).href);
    const visible = async (): Promise<number> => page.locator("#servers tbody tr:not([hidden])").count();
    expect(await visible()).toBe(5);
    // Sorted by score, best first; the hostile name is shown as text.
    await expect(page.locator("#servers tbody tr").first().locator("td.name a").textContent()).resolves.toBe("io.github.good/server");
    await expect(page.locator("#servers tbody tr td.name a", { hasText: "<img" }).count()).resolves.toBe(1);
    expect(await page.locator("#servers tbody tr").first().locator("td.num").first().textContent()).toBe("100 (+10)");

    await page.selectOption("select[name=grade]", "F");
    expect(await visible()).toBe(1);
    expect(await page.locator("#shown").textContent()).toBe("1");
    await page.selectOption("select[name=grade]", "");
    await page.selectOption("select[name=dimension]", "serious:supply-chain");
    expect(await visible()).toBe(1);
    await page.selectOption("select[name=dimension]", "any:remote-endpoint");
    expect(await visible()).toBe(1);
    await page.selectOption("select[name=dimension]", "");
    await page.selectOption("select[name=ecosystem]", "remote");
    expect(await visible()).toBe(1);
    // A server's dependency ecosystems count too: the npm server with a Python dependency is found under pypi.
    await page.selectOption("select[name=ecosystem]", "pypi");
    expect(await visible()).toBe(1);
    await page.selectOption("select[name=ecosystem]", "npm");
    expect(await visible()).toBe(2);
    await page.selectOption("select[name=ecosystem]", "");
    await page.fill("input[name=q]", "acme");
    expect(await visible()).toBe(1);
    await page.fill("input[name=q]", "");
    expect(await visible()).toBe(5);

    await page.locator("#servers td.name a", { hasText: "<img" }).click();
    await page.waitForSelector("section.rule");
    expect(await page.locator("h1").textContent()).toContain(`<img src=x onerror="window.__pwned=1">`);
    expect(await page.locator("section.rule").count()).toBe(2);
    const first = page.locator("section.rule").first();
    expect(await first.getAttribute("data-rule")).toBe("code/command-injection");
    expect(await first.locator(".finding").textContent()).toContain(HOSTILE_MESSAGE);
    expect(await first.locator("pre").textContent()).toBe(HOSTILE_EVIDENCE);
    expect(await first.locator("h3 a").getAttribute("href")).toBe("../rules/code--command-injection.html");
    expect(await page.locator("#dimensions tbody tr").count()).toBe(5);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
