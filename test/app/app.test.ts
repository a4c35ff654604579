import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { createApp, type AppOptions } from "../../src/app/create-app.js";
import { ScanQueue } from "../../src/app/queue.js";
import { COMMENT_MARKER } from "../../src/report/markdown.js";
import { FIXED_NOW, inMemoryClients } from "../helpers/snapshot.js";
import {
  APP_ID,
  INSTALLATION_ID,
  OWNER,
  REPO,
  installation,
  pullRequestPayload,
  repository,
  serverTarball,
  throwawayPrivateKey,
} from "../helpers/github-app.js";

const API = "https://api.github.com";
const SECRET = "webhook-secret";
const BASE_SHA = "b".repeat(40);
const HEAD_SHA = "1".repeat(40);
const HEAD_SHA_2 = "2".repeat(40);
const TAG_SHA = "7".repeat(40);
let privateKey: string;

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

interface Harness {
  probot: Probot;
  queue: ScanQueue;
  handlers: Handler[];
}

async function harness(options: AppOptions = {}): Promise<Harness> {
  const probot = new Probot({
    appId: APP_ID,
    privateKey,
    secret: SECRET,
    logLevel: "fatal",
    // probot 14 fills `throttle` into every instance's options, which overrides an object passed to defaults():
    // only the function form really turns throttling off (otherwise writes are spaced a second apart).
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  const queue = new ScanQueue();
  const handlers: Handler[] = [];
  await probot.load(
    createApp({
      queue,
      scanOptions: { clients: inMemoryClients({}), now: FIXED_NOW },
      manifestLookup: async () => ({}),
      ...options,
    }),
    { cwd: process.cwd(), addHandler: (h) => handlers.push(h) },
  );
  return { probot, queue, handlers };
}

async function receive(probot: Probot, name: string, payload: Record<string, unknown>): Promise<void> {
  await probot.receive({ id: `delivery-${Math.random()}`, name, payload } as unknown as Parameters<Probot["receive"]>[0]);
}

function installationToken(): nock.Scope {
  return nock(API)
    .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
    .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: { checks: "write", contents: "read", pull_requests: "write" } });
}

function tarball(sha: string, body: Buffer): nock.Scope {
  return nock(API).get(`/repos/${OWNER}/${REPO}/tarball/${sha}`).reply(200, body, { "content-type": "application/x-gzip" });
}

beforeAll(() => {
  privateKey = throwawayPrivateKey();
  nock.disableNetConnect();
  nock.enableNetConnect("127.0.0.1");
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe("pull_request", () => {
  test("a check run with paged annotations, and one sticky comment that the next push updates", async () => {
    const { probot, queue } = await harness();
    const config = "fail-on: medium\n";
    const head = serverTarball({ count: 60, integrity: false, config });
    const base = serverTarball({ count: 60, integrity: true, config });

    const created: Record<string, unknown>[] = [];
    const updated: Record<string, unknown>[] = [];
    const comments: string[] = [];
    installationToken();
    tarball(HEAD_SHA, head);
    tarball(BASE_SHA, base);
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/check-runs`, (body: Record<string, unknown>) => (created.push(body), true))
      .reply(201, { id: 42 });
    nock(API)
      .patch(`/repos/${OWNER}/${REPO}/check-runs/42`, (body: Record<string, unknown>) => (updated.push(body), true))
      .reply(200, { id: 42 });
    nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).reply(200, []);
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/issues/7/comments`, (body: { body: string }) => (comments.push(body.body), true))
      .reply(201, { id: 900, html_url: "https://github.com/octo/server/pull/7#issuecomment-900" });

    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await queue.idle();

    expect(created).toHaveLength(1);
    const run = created[0] as { name: string; head_sha: string; conclusion: string; external_id: string; output: { title: string; summary: string; text: string; annotations: { path: string; start_line: number; annotation_level: string }[] } };
    expect(run.name).toBe("MCP Trust");
    expect(run.head_sha).toBe(HEAD_SHA);
    expect(run.external_id).toBe("pull_request:7");
    expect(run.conclusion).toBe("failure");
    expect(run.output.title).toMatch(/^\d+\/100 \(grade [A-F]\) \(-\d+ vs base\), gate failed$/);
    expect(run.output.summary).toContain("### New findings (60)");
    expect(run.output.summary).toContain("**Gate: failed:** 60 findings at or above medium");
    expect(run.output.text).toMatch(/<!-- mcp-trust-score: \d+ [A-F] -->/);
    expect(run.output.annotations).toHaveLength(50);
    expect(run.output.annotations[0]).toMatchObject({ path: "package-lock.json", annotation_level: "warning" });
    expect(run.output.annotations[0]!.start_line).toBeGreaterThan(1);
    // The remaining 10 go in one update that repeats title and summary.
    expect(updated).toHaveLength(1);
    const page2 = updated[0] as { output: { title: string; summary: string; annotations: unknown[] } };
    expect(page2.output.annotations).toHaveLength(10);
    expect(page2.output.title).toBe(run.output.title);
    const annotated = [...run.output.annotations, ...(page2.output.annotations as typeof run.output.annotations)];
    expect(new Set(annotated.map((a) => a.start_line)).size).toBe(60);

    expect(comments).toHaveLength(1);
    expect(comments[0]!.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]).toContain("### New findings (60)");

    // A second push to the PR: the comment is found by its marker and edited, not posted again.
    const edits: string[] = [];
    tarball(HEAD_SHA_2, serverTarball({ count: 55, integrity: false, config }));
    tarball(BASE_SHA, base);
    nock(API).post(`/repos/${OWNER}/${REPO}/check-runs`).reply(201, { id: 43 });
    nock(API).patch(`/repos/${OWNER}/${REPO}/check-runs/43`).reply(200, { id: 43 });
    nock(API)
      .get(`/repos/${OWNER}/${REPO}/issues/7/comments`)
      .query({ per_page: 100, page: 1 })
      .reply(200, [
        { id: 5, body: "LGTM" },
        { id: 900, body: comments[0] },
      ]);
    nock(API)
      .patch(`/repos/${OWNER}/${REPO}/issues/comments/900`, (body: { body: string }) => (edits.push(body.body), true))
      .reply(200, { id: 900 });

    await receive(probot, "pull_request", pullRequestPayload("synchronize", HEAD_SHA_2, BASE_SHA));
    await queue.idle();
    expect(edits).toHaveLength(1);
    expect(edits[0]).toContain("### New findings (55)");
  });

  test("a config error in the head is a failed check run naming the file and line, not a crash", async () => {
    const { probot, queue } = await harness();
    const runs: { conclusion: string; output: { summary: string } }[] = [];
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true, config: "fail-on: medium\nfail-undr: 70\n" }));
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/check-runs`, (body: (typeof runs)[number]) => (runs.push(body), true))
      .reply(201, { id: 44 });
    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await queue.idle();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.conclusion).toBe("failure");
    expect(runs[0]!.output.summary).toContain('.github/mcp-trust.yml:2: unknown key "fail-undr"');
  });
});

describe("push and re-runs", () => {
  test("a push to the default branch scans, concludes on the gate, and feeds the badge without a lookup", async () => {
    const { probot, queue, handlers } = await harness({ badgeLookup: () => async () => { throw new Error("no lookup expected"); } });
    const runs: { head_sha: string; conclusion: string; external_id: string; output: { text: string } }[] = [];
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 2, integrity: false, config: "fail-under: 99\n" }));
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/check-runs`, (body: (typeof runs)[number]) => (runs.push(body), true))
      .reply(201, { id: 60 });
    await receive(probot, "push", { ref: "refs/heads/main", deleted: false, after: HEAD_SHA, repository, installation });
    // Pushes elsewhere and branch deletions are not scanned.
    await receive(probot, "push", { ref: "refs/heads/feature", deleted: false, after: HEAD_SHA_2, repository, installation });
    await receive(probot, "push", { ref: "refs/heads/main", deleted: true, after: "0".repeat(40), repository, installation });
    await queue.idle();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: "failure", external_id: "push" });
    const marker = /<!-- mcp-trust-score: (\d+) ([A-F]) -->/.exec(runs[0]!.output.text);
    expect(marker).not.toBeNull();

    const badge = await new Promise<string>((resolve) => {
      const res = { writeHead: () => res, end: (body: string) => resolve(body) } as unknown as ServerResponse;
      void handlers[0]!({ method: "GET", url: `/badge/${OWNER}/${REPO}.json` } as IncomingMessage, res);
    });
    expect(JSON.parse(badge).message).toBe(`${marker![2]} ${marker![1]}`);
  });

  test("check_suite rerequested on a pull request's commit runs the pull request check again", async () => {
    const { probot, queue } = await harness();
    const runs: { head_sha: string; external_id: string }[] = [];
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true }));
    tarball(BASE_SHA, serverTarball({ count: 1, integrity: true }));
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/check-runs`, (body: (typeof runs)[number]) => (runs.push(body), true))
      .reply(201, { id: 61 });
    nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).reply(200, []);
    nock(API).post(`/repos/${OWNER}/${REPO}/issues/7/comments`).reply(201, { id: 901 });
    await receive(probot, "check_suite", {
      action: "rerequested",
      check_suite: { head_sha: HEAD_SHA, head_branch: "feature", pull_requests: [{ number: 7, base: { sha: BASE_SHA }, head: { sha: HEAD_SHA } }] },
      repository,
      installation,
    });
    await queue.idle();
    expect(runs).toEqual([expect.objectContaining({ head_sha: HEAD_SHA, external_id: "pull_request:7" })]);
  });

  test("check_run rerequested on a default-branch run scans that commit again", async () => {
    const { probot, queue } = await harness();
    const runs: { head_sha: string; external_id: string }[] = [];
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true }));
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/check-runs`, (body: (typeof runs)[number]) => (runs.push(body), true))
      .reply(201, { id: 62 });
    await receive(probot, "check_run", { action: "rerequested", check_run: { id: 60, name: "MCP Trust", head_sha: HEAD_SHA, external_id: "push" }, repository, installation });
    // Another tool's check run is not ours to re-run.
    await receive(probot, "check_run", { action: "rerequested", check_run: { id: 70, name: "lint", head_sha: HEAD_SHA, external_id: "" }, repository, installation });
    await queue.idle();
    expect(runs).toEqual([expect.objectContaining({ head_sha: HEAD_SHA, external_id: "push" })]);
  });
});

describe("release", () => {
  test("a version not on the registry yet is neutral with a Re-run verification action, which re-checks", async () => {
    let published = false;
    const asked: string[] = [];
    const { probot, queue } = await harness({
      manifestLookup: async (spec) => {
        asked.push(spec);
        if (!published) throw Object.assign(new Error(`404 Not Found - ${spec}`), { code: "E404" });
        return { version: "1.2.0" };
      },
    });
    const release = serverTarball({ count: 3, integrity: true, version: "1.2.0" });
    const runs: { conclusion: string; external_id: string; output: { title: string; summary: string }; actions?: { identifier: string; label: string }[] }[] = [];
    installationToken();
    nock(API).get(`/repos/${OWNER}/${REPO}/commits/refs%2Ftags%2Fv1.2.0`).reply(200, { sha: TAG_SHA });
    tarball(TAG_SHA, release);
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/check-runs`, (body: (typeof runs)[number]) => (runs.push(body), true))
      .times(2)
      .reply(201, { id: 50 });

    await receive(probot, "release", { action: "published", release: { tag_name: "v1.2.0" }, repository, installation });
    await queue.idle();
    expect(asked).toEqual(["octo-server@1.2.0"]);
    expect(runs[0]).toMatchObject({ conclusion: "neutral", external_id: "release:v1.2.0", actions: [{ identifier: "reverify", label: "Re-run verification" }] });
    expect(runs[0]!.output.title).toBe("octo-server@1.2.0 is not published yet: verification pending");
    expect(runs[0]!.output.summary).toContain("is not on the registry yet");

    // Published now: the button re-scans the tag's commit and concludes on the gate.
    published = true;
    tarball(TAG_SHA, release);
    await receive(probot, "check_run", {
      action: "requested_action",
      requested_action: { identifier: "reverify" },
      check_run: { id: 50, name: "MCP Trust", head_sha: TAG_SHA, external_id: "release:v1.2.0" },
      repository,
      installation,
    });
    await queue.idle();
    expect(runs[1]).toMatchObject({ conclusion: "success", external_id: "release:v1.2.0" });
    expect(runs[1]!.actions).toBeUndefined();
  });
});

test("loads without an HTTP server (webhooks only): probot.load(app) as probot's own tests do", async () => {
  const probot = new Probot({ appId: APP_ID, privateKey, secret: SECRET, logLevel: "fatal" });
  await expect(probot.load(createApp({ queue: new ScanQueue() }))).resolves.toBeUndefined();
});

describe("webhook signatures", () => {
  const payload = JSON.stringify({ ref: "refs/heads/feature", deleted: false, after: HEAD_SHA, repository, installation });
  const sign = (body: string, secret: string): string => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

  test("a forged signature is rejected and nothing is queued", async () => {
    const { probot, queue } = await harness();
    await expect(
      probot.webhooks.verifyAndReceive({ id: "forged", name: "push", payload, signature: sign(payload, "not-the-secret") }),
    ).rejects.toThrow(/signature does not match/i);
    expect(queue.pending + queue.running).toBe(0);
  });

  test("a correctly signed event is accepted (a push off the default branch needs no scan)", async () => {
    const { probot, queue } = await harness();
    await expect(probot.webhooks.verifyAndReceive({ id: "signed", name: "push", payload, signature: sign(payload, SECRET) })).resolves.toBeUndefined();
    expect(queue.pending + queue.running).toBe(0);
  });
});

describe("badge routes", () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function serve(handlers: Handler[]): Promise<string> {
    server = createServer(async (req, res) => {
      for (const h of handlers) if (await h(req, res)) return;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }

  function knownRepository(options: { delayMs?: number } = {}): void {
    const install = nock(API).get(`/repos/${OWNER}/${REPO}/installation`);
    (options.delayMs ? install.delay(options.delayMs) : install).reply(200, { id: INSTALLATION_ID, app_id: APP_ID });
    installationToken();
    nock(API).get(`/repos/${OWNER}/${REPO}`).reply(200, repository);
    nock(API)
      .get(`/repos/${OWNER}/${REPO}/commits/main/check-runs`)
      .query({ check_name: "MCP Trust", filter: "latest", per_page: 20 })
      .reply(200, {
        total_count: 2,
        check_runs: [
          // Someone else's check run with our name does not count.
          { name: "MCP Trust", status: "completed", app: { id: 999 }, output: { text: "<!-- mcp-trust-score: 100 A -->" } },
          { name: "MCP Trust", status: "completed", app: { id: APP_ID }, output: { text: "<!-- mcp-trust-score: 92 A -->\nGate: passed." } },
        ],
      });
  }

  test("a known repository: the grade and score, in SVG and shields JSON, then served from the cache", async () => {
    const { handlers } = await harness();
    const base = await serve(handlers);
    knownRepository();
    const svg = await fetch(`${base}/badge/${OWNER}/${REPO}.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const text = await svg.text();
    expect(text).toContain("A 92");
    expect(text).toContain("#4c1");
    // No interceptors left: a second lookup would fail and answer "unknown".
    expect(nock.pendingMocks()).toEqual([]);
    const json = await fetch(`${base}/badge/${OWNER}/${REPO}.json`);
    expect(await json.json()).toEqual({ schemaVersion: 1, label: "MCP Trust", message: "A 92", color: "brightgreen" });
    expect(json.headers.get("cache-control")).toBe("public, max-age=300");
  });

  test("the cache expires after five minutes", async () => {
    let now = 1_000_000;
    const { handlers } = await harness({ badge: { now: () => now } });
    const base = await serve(handlers);
    knownRepository();
    expect((await (await fetch(`${base}/badge/${OWNER}/${REPO}.json`)).json()).message).toBe("A 92");
    now += 5 * 60_000 + 1;
    nock(API).get(`/repos/${OWNER}/${REPO}/installation`).reply(404, { message: "Not Found" });
    expect((await (await fetch(`${base}/badge/${OWNER}/${REPO}.json`)).json()).message).toBe("unknown");
  });

  test("an unknown repository (app not installed) is a grey unknown badge", async () => {
    const { handlers } = await harness();
    const base = await serve(handlers);
    nock(API).get(`/repos/${OWNER}/missing/installation`).reply(404, { message: "Not Found" });
    const res = await fetch(`${base}/badge/${OWNER}/missing.svg`);
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg).toContain(">unknown<");
    expect(svg).toContain("#9f9f9f");
    expect(res.headers.get("cache-control")).toBe("no-cache, max-age=0");
  });

  test("a slow GitHub gives unknown by the deadline; the late answer fills the cache", async () => {
    const { handlers } = await harness({ badge: { timeoutMs: 200 } });
    const base = await serve(handlers);
    knownRepository({ delayMs: 500 });
    const started = Date.now();
    const first = await (await fetch(`${base}/badge/${OWNER}/${REPO}.json`)).json();
    expect(Date.now() - started).toBeLessThan(450);
    expect(first.message).toBe("unknown");
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await (await fetch(`${base}/badge/${OWNER}/${REPO}.json`)).json()).message).toBe("A 92");
  });

  test("other paths are left to the next handler", async () => {
    const { handlers } = await harness();
    const base = await serve(handlers);
    expect((await fetch(`${base}/badge/${OWNER}/${REPO}.png`)).status).toBe(404);
    expect((await fetch(`${base}/badge/../etc.svg`)).status).toBe(404);
  });
});
