/** Headless Chromium through playwright-core (Debian's /usr/bin/chromium, never a downloaded browser), or why it cannot start. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface HeadlessBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time; `undefined` plus the reason when Chromium is missing or will not start. */
export async function startChromium(): Promise<{ browser: HeadlessBrowser } | { reason: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), "mcp-trust-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 30_000, viewport: { width: 1012, height: 900 } });
    return {
      browser: {
        context,
        async close() {
          await context.close().catch(() => undefined);
          rmSync(profile, { recursive: true, force: true });
        },
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    return { reason: `${CHROMIUM} cannot start: ${(error as Error).message.split("\n")[0]}` };
  }
}

export type { Browser };
