/** `GET /badge/:owner/:repo.svg` and `.json` (shields.io endpoint): always a badge, grey "unknown" when there is no value. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { renderBadgeJson, renderBadgeSvg, type BadgeInput } from "../report/badge.js";
import type { BadgeStore } from "./badge-store.js";

const ROUTE = /^\/badge\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\.(svg|json)$/;
const UNKNOWN_MESSAGE = "unknown";

export function badgeRoute(store: BadgeStore): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const match = ROUTE.exec(new URL(req.url ?? "/", "http://localhost").pathname);
    if (!match) return false;
    const [, owner = "", repo = "", format] = match;
    let value: BadgeInput | undefined;
    try {
      value = await store.get(owner, repo);
    } catch {
      value = undefined;
    }
    const body = format === "json" ? badgeJson(value) : badgeSvg(value);
    res.writeHead(200, {
      "content-type": format === "json" ? "application/json; charset=utf-8" : "image/svg+xml; charset=utf-8",
      // Image proxies (camo) honour this; an unknown badge should come back soon.
      "cache-control": value ? "public, max-age=300" : "no-cache, max-age=0",
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}

const UNKNOWN: BadgeInput = { score: null, grade: null, message: UNKNOWN_MESSAGE };

function badgeJson(value: BadgeInput | undefined): string {
  return renderBadgeJson(value ?? UNKNOWN);
}

function badgeSvg(value: BadgeInput | undefined): string {
  return renderBadgeSvg(value ?? UNKNOWN);
}
