import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { createApp, type AppOptions } from "../../src/app/create-app.js";
import { ScanQueue } from "../../src/app/queue.js";
import { BullmqAppQueue } from "../../src/app/bullmq-queue.js";
import { startRedis, type TestRedis } from "../helpers/redis.js";
import { openGitHubCommit } from "../../src/sources/github.js";
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
const HEAD_SHA_3 = "3".repeat(40);
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

/** One request to the checks API: a create (the id comes from its head SHA) or an update of check run `id`. */
interface CheckRunCall {
  kind: "create" | "update";
  id: number;
  body: any;
}

/** Expects exactly `creates` check-run creations and `updates` updates, and records them in order. */
function checkRunsApi(ids: Record<string, number>, counts: { creates: number; updates: number }): CheckRunCall[] {
  const calls: CheckRunCall[] = [];
  const parsed = (body: unknown): Record<string, unknown> => (typeof body === "string" ? JSON.parse(body) : body) as Record<string, unknown>;
  if (counts.creates) {
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/check-runs`)
      .times(counts.creates)
      .reply(201, (_uri, raw) => {
        const body = parsed(raw);
        const id = ids[body.head_sha as string] ?? 0;
        calls.push({ kind: "create", id, body });
        return { id };
      });
  }
  if (counts.updates) {
    nock(API)
      .patch(new RegExp(`^/repos/${OWNER}/${REPO}/check-runs/\\d+$`))
      .times(counts.updates)
      .reply(200, (uri, raw) => {
        const id = Number(uri.split("/").pop());
        calls.push({ kind: "update", id, body: parsed(raw) });
        return { id };
      });
  }
  return calls;
}

/** The status each check run was left in by the last request that set one. */
function finalStatuses(calls: CheckRunCall[]): Record<number, string> {
  const statuses: Record<number, string> = {};
  for (const call of calls) if (call.body.status) statuses[call.id] = call.body.status;
  return statuses;
}

/** The request that completed check run `id`. */
function completion(calls: CheckRunCall[], id: number): CheckRunCall["body"] {
  return calls.find((c) => c.id === id && c.body.status === "completed")?.body;
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

    const comments: string[] = [];
    installationToken();
    tarball(HEAD_SHA, head);
    tarball(BASE_SHA, base);
    // Created queued, updated in progress, completed with the first 50 annotations, then one more page.
    const calls = checkRunsApi({ [HEAD_SHA]: 42 }, { creates: 1, updates: 3 });
    nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).reply(200, []);
    nock(API)
      .post(`/repos/${OWNER}/${REPO}/issues/7/comments`, (body: { body: string }) => (comments.push(body.body), true))
      .reply(201, { id: 900, html_url: "https://github.com/octo/server/pull/7#issuecomment-900" });

    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await queue.idle();

    expect(calls.map((c) => `${c.kind} ${c.id} ${c.body.status ?? "page"}`)).toEqual(["create 42 queued", "update 42 in_progress", "update 42 completed", "update 42 page"]);
    expect(calls[0]!.body).toMatchObject({ name: "MCP Trust", head_sha: HEAD_SHA, external_id: "pull_request:7" });
    expect(calls[0]!.body.output).toBeUndefined();
    expect(Date.parse(calls[1]!.body.started_at)).not.toBeNaN();
    const run = calls[2]!.body as { conclusion: string; completed_at: string; output: { title: string; summary: string; text: string; annotations: { path: string; start_line: number; annotation_level: string }[] } };
    expect(run.conclusion).toBe("failure");
    expect(Date.parse(run.completed_at)).not.toBeNaN();
    expect(run.output.title).toMatch(/^❌ Failed: 60 new findings at or above medium · \d+\/100 \([A-F](, partial)?\), -\d+ vs base$/);
    // The verdict opens the summary, and says which gate applied.
    expect(run.output.summary.split("\n")[0]).toBe("**❌ MCP Trust: failed** — 60 new findings at or above medium · gate: fail-on medium (.github/mcp-trust.yml)");
    expect(run.output.summary).toContain("#### New findings (60)");
    expect(run.output.text).toMatch(/<!-- mcp-trust-score: \d+ [A-F]( partial)? -->/);
    expect(run.output.annotations).toHaveLength(50);
    expect(run.output.annotations[0]).toMatchObject({ path: "package-lock.json", annotation_level: "warning" });
    expect(run.output.annotations[0]!.start_line).toBeGreaterThan(1);
    // The remaining 10 go in one update that repeats title and summary.
    const page2 = calls[3]!.body as { output: { title: string; summary: string; annotations: unknown[] } };
    expect(page2.output.annotations).toHaveLength(10);
    expect(page2.output.title).toBe(run.output.title);
    const annotated = [...run.output.annotations, ...(page2.output.annotations as typeof run.output.annotations)];
    expect(new Set(annotated.map((a) => a.start_line)).size).toBe(60);

    expect(comments).toHaveLength(1);
    expect(comments[0]!.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]).toContain("#### New findings (60)");
    expect(comments[0]!.split("\n")[2]).toMatch(/^\*\*❌ MCP Trust: failed\*\*/);

    // A second push to the PR: the comment is found by its marker and edited, not posted again.
    const edits: string[] = [];
    tarball(HEAD_SHA_2, serverTarball({ count: 55, integrity: false, config }));
    tarball(BASE_SHA, base);
    const secondCalls = checkRunsApi({ [HEAD_SHA_2]: 43 }, { creates: 1, updates: 3 });
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
    expect(edits[0]).toContain("#### New findings (55)");
    expect(finalStatuses(secondCalls)).toEqual({ 43: "completed" });

    // A re-run that would write the same body leaves the comment alone (no PATCH is mocked: one would fail the job).
    tarball(HEAD_SHA_2, serverTarball({ count: 55, integrity: false, config }));
    tarball(BASE_SHA, base);
    const thirdCalls = checkRunsApi({ [HEAD_SHA_2]: 44 }, { creates: 1, updates: 3 });
    nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).reply(200, [{ id: 900, body: edits[0] }]);
    await receive(probot, "pull_request", pullRequestPayload("synchronize", HEAD_SHA_2, BASE_SHA));
    await queue.idle();
    expect(completion(thirdCalls, 44).conclusion).toBe("failure");
  });

  test("with no config, a new critical finding fails the check run (the default gate), and says so", async () => {
    const { probot, queue } = await harness();
    const injected = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { exec } from "node:child_process";
const server = new McpServer({ name: "octo", version: "1.0.0" });
server.tool("ping", "Ping a host", { host: z.string() }, async ({ host }) => {
  exec(\`ping -c 1 \${host}\`);
  return { content: [] };
});
`;
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true, files: { "src/index.ts": injected } }));
    tarball(BASE_SHA, serverTarball({ count: 1, integrity: true }));
    const calls = checkRunsApi({ [HEAD_SHA]: 81 }, { creates: 1, updates: 2 });
    const comments: string[] = [];
    nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).reply(200, []);
    nock(API).post(`/repos/${OWNER}/${REPO}/issues/7/comments`, (body: { body: string }) => (comments.push(body.body), true)).reply(201, { id: 903 });
    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await queue.idle();
    const run = completion(calls, 81);
    expect(run.conclusion).toBe("failure");
    expect(run.output.title).toMatch(/^❌ Failed: 1 new finding at or above critical · 40\/100 \(F(, partial)?\), -\d+ vs base$/);
    expect(run.output.summary).toContain("gate: fail-on critical (the default gate)");
    expect(run.output.summary).not.toMatch(/passed/i);
    expect(comments[0]).toContain("code/command-injection");
  });

  test("fail-on: none turns the gate off: neutral, and the check never reads passed", async () => {
    const { probot, queue } = await harness();
    installationToken();
    const config = "fail-on: none\ncomment: never\n";
    tarball(HEAD_SHA, serverTarball({ count: 3, integrity: false, config }));
    tarball(BASE_SHA, serverTarball({ count: 1, integrity: true, config }));
    const calls = checkRunsApi({ [HEAD_SHA]: 82 }, { creates: 1, updates: 2 });
    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await queue.idle();
    const run = completion(calls, 82);
    expect(run.conclusion).toBe("neutral");
    expect(run.output.title).toMatch(/^⚪ No gate: /);
    expect(`${run.output.title}\n${run.output.summary}\n${run.output.text}`).not.toMatch(/passed/i);
  });

  test("a config error in the head is a failed check run naming the file and line, not a crash", async () => {
    const { probot, queue } = await harness();
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true, config: "fail-on: medium\nfail-undr: 70\n" }));
    const calls = checkRunsApi({ [HEAD_SHA]: 44 }, { creates: 1, updates: 2 });
    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await queue.idle();
    // The queued check run is the one concluded: no second run is created for the failure.
    expect(calls.map((c) => `${c.kind} ${c.body.status}`)).toEqual(["create queued", "update in_progress", "update completed"]);
    expect(calls[2]!.body.conclusion).toBe("failure");
    expect(calls[2]!.body.output.summary).toContain('.github/mcp-trust.yml:2: unknown key "fail-undr"');
  });
});

describe("superseded pull request scans", () => {
  test("a job replaced in the queue by a newer push is concluded cancelled, naming the newer commit, and never runs", async () => {
    // The first scan is held open, so the second push waits in the queue until the third replaces it.
    let letFirstScanRun!: () => void;
    const firstScanMayRun = new Promise<void>((resolve) => (letFirstScanRun = resolve));
    const { probot, queue } = await harness({ openCommit: async (octokit, commit) => (await firstScanMayRun, openGitHubCommit(octokit, commit)) });
    installationToken();
    for (const sha of [HEAD_SHA, BASE_SHA, HEAD_SHA_3, BASE_SHA]) tarball(sha, serverTarball({ count: 1, integrity: true }));
    // Base and head are alike: under the default `comment: on-change` there is nothing to say, so no comment is started.
    nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).times(2).reply(200, []);
    const calls = checkRunsApi({ [HEAD_SHA]: 71, [HEAD_SHA_2]: 72, [HEAD_SHA_3]: 73 }, { creates: 3, updates: 5 });

    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await receive(probot, "pull_request", pullRequestPayload("synchronize", HEAD_SHA_2, BASE_SHA));
    expect(queue.pending).toBe(1);
    await receive(probot, "pull_request", pullRequestPayload("synchronize", HEAD_SHA_3, BASE_SHA));
    expect(queue.pending).toBe(1);
    letFirstScanRun();
    await queue.idle();

    expect(calls.filter((c) => c.kind === "create").map((c) => `${c.id} ${c.body.status}`)).toEqual(["71 queued", "72 queued", "73 queued"]);
    // Nothing is left queued or in progress.
    expect(finalStatuses(calls)).toEqual({ 71: "completed", 72: "completed", 73: "completed" });
    const superseded = calls.filter((c) => c.id === 72);
    expect(superseded.map((c) => c.body.status)).toEqual(["queued", "completed"]);
    expect(superseded[1]!.body).toMatchObject({ conclusion: "cancelled", output: { title: "Superseded" } });
    expect(superseded[1]!.body.output.summary).toBe("Not scanned: superseded by a newer push (commit 3333333) before this scan started.");
    expect(completion(calls, 73).conclusion).toMatch(/^(success|failure)$/);
  });

  test("if GitHub refuses the queued check run, the job still runs and creates it when it starts", async () => {
    const { probot, queue } = await harness();
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true, config: "fail-undr: 70\n" }));
    nock(API).post(`/repos/${OWNER}/${REPO}/check-runs`).reply(500, { message: "Server Error" });
    const calls = checkRunsApi({ [HEAD_SHA]: 80 }, { creates: 1, updates: 1 });
    await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
    await queue.idle();
    expect(calls.map((c) => `${c.kind} ${c.body.status}`)).toEqual(["create in_progress", "update completed"]);
    expect(calls[1]!.body.conclusion).toBe("failure");
  });
});

describe("on BullMQ (REDIS_URL set)", () => {
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => redis?.stop());

  test("a replica's worker runs the job for its installation; a waiting scan superseded by a newer push is cancelled, never run", async () => {
    if (!redis) return;
    const queue = new BullmqAppQueue({ url: redis.url, queueName: redis.unique("app"), concurrency: 1 });
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    let letFirstScanRun!: () => void;
    const firstScanMayRun = new Promise<void>((resolve) => (letFirstScanRun = resolve));
    const { probot } = await harness({
      queue,
      openCommit: async (octokit, commit) => {
        firstStarted();
        await firstScanMayRun;
        return openGitHubCommit(octokit, commit);
      },
    });
    try {
      // The webhook's octokit and the worker's app.auth(installation) both ask for an installation token.
      nock(API).persist().post(`/app/installations/${INSTALLATION_ID}/access_tokens`).reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" });
      for (const sha of [HEAD_SHA, BASE_SHA, HEAD_SHA_3, BASE_SHA]) tarball(sha, serverTarball({ count: 1, integrity: true }));
      nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).times(2).reply(200, []);
      const calls = checkRunsApi({ [HEAD_SHA]: 71, [HEAD_SHA_2]: 72, [HEAD_SHA_3]: 73 }, { creates: 3, updates: 5 });

      await receive(probot, "pull_request", pullRequestPayload("opened", HEAD_SHA, BASE_SHA));
      await started;
      await receive(probot, "pull_request", pullRequestPayload("synchronize", HEAD_SHA_2, BASE_SHA));
      await receive(probot, "pull_request", pullRequestPayload("synchronize", HEAD_SHA_3, BASE_SHA));
      letFirstScanRun();
      await queue.idle();

      expect(calls.filter((c) => c.kind === "create").map((c) => `${c.id} ${c.body.status}`)).toEqual(["71 queued", "72 queued", "73 queued"]);
      expect(finalStatuses(calls)).toEqual({ 71: "completed", 72: "completed", 73: "completed" });
      const superseded = calls.filter((c) => c.id === 72);
      expect(superseded.map((c) => c.body.status)).toEqual(["queued", "completed"]);
      expect(superseded[1]!.body).toMatchObject({ conclusion: "cancelled" });
      expect(superseded[1]!.body.output.summary).toBe("Not scanned: superseded by a newer push (commit 3333333) before this scan started.");
      expect(completion(calls, 71).conclusion).toMatch(/^(success|failure)$/);
      expect(completion(calls, 73).conclusion).toMatch(/^(success|failure)$/);
    } finally {
      await queue.close();
    }
  }, 60_000);
});

describe("push and re-runs", () => {
  test("a push to the default branch scans, concludes on the gate, and feeds the badge without a lookup", async () => {
    const { probot, queue, handlers } = await harness({ badgeLookup: () => async () => { throw new Error("no lookup expected"); } });
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 2, integrity: false, config: "fail-under: 99\n" }));
    const calls = checkRunsApi({ [HEAD_SHA]: 60 }, { creates: 1, updates: 2 });
    await receive(probot, "push", { ref: "refs/heads/main", deleted: false, after: HEAD_SHA, repository, installation });
    // Pushes elsewhere and branch deletions are not scanned.
    await receive(probot, "push", { ref: "refs/heads/feature", deleted: false, after: HEAD_SHA_2, repository, installation });
    await receive(probot, "push", { ref: "refs/heads/main", deleted: true, after: "0".repeat(40), repository, installation });
    await queue.idle();
    expect(calls.filter((c) => c.kind === "create")).toEqual([expect.objectContaining({ body: expect.objectContaining({ head_sha: HEAD_SHA, external_id: "push", status: "queued" }) })]);
    expect(finalStatuses(calls)).toEqual({ 60: "completed" });
    expect(completion(calls, 60)).toMatchObject({ conclusion: "failure" });
    const marker = /<!-- mcp-trust-score: (\d+) ([A-F])( partial)? -->/.exec(completion(calls, 60).output.text);
    expect(marker).not.toBeNull();

    const badge = await new Promise<string>((resolve) => {
      const res = { writeHead: () => res, end: (body: string) => resolve(body) } as unknown as ServerResponse;
      void handlers[0]!({ method: "GET", url: `/badge/${OWNER}/${REPO}.json` } as IncomingMessage, res);
    });
    expect(JSON.parse(badge).message).toBe(`${marker![2]} ${marker![1]}${marker![3] ? " (partial)" : ""}`);
  });

  test("check_suite rerequested on a pull request's commit runs the pull request check again", async () => {
    const { probot, queue } = await harness();
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true }));
    tarball(BASE_SHA, serverTarball({ count: 1, integrity: true }));
    const calls = checkRunsApi({ [HEAD_SHA]: 61 }, { creates: 1, updates: 2 });
    nock(API).get(`/repos/${OWNER}/${REPO}/issues/7/comments`).query({ per_page: 100, page: 1 }).reply(200, []);
    await receive(probot, "check_suite", {
      action: "rerequested",
      check_suite: { head_sha: HEAD_SHA, head_branch: "feature", pull_requests: [{ number: 7, base: { sha: BASE_SHA }, head: { sha: HEAD_SHA } }] },
      repository,
      installation,
    });
    await queue.idle();
    expect(calls[0]!.body).toMatchObject({ head_sha: HEAD_SHA, external_id: "pull_request:7", status: "queued" });
    expect(finalStatuses(calls)).toEqual({ 61: "completed" });
  });

  test("check_run rerequested on a default-branch run scans that commit again", async () => {
    const { probot, queue } = await harness();
    installationToken();
    tarball(HEAD_SHA, serverTarball({ count: 1, integrity: true }));
    const calls = checkRunsApi({ [HEAD_SHA]: 62 }, { creates: 1, updates: 2 });
    await receive(probot, "check_run", { action: "rerequested", check_run: { id: 60, name: "MCP Trust", head_sha: HEAD_SHA, external_id: "push" }, repository, installation });
    // Another tool's check run is not ours to re-run.
    await receive(probot, "check_run", { action: "rerequested", check_run: { id: 70, name: "lint", head_sha: HEAD_SHA, external_id: "" }, repository, installation });
    await queue.idle();
    expect(calls.filter((c) => c.kind === "create").map((c) => c.body)).toEqual([expect.objectContaining({ head_sha: HEAD_SHA, external_id: "push", status: "queued" })]);
    expect(finalStatuses(calls)).toEqual({ 62: "completed" });
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
    installationToken();
    nock(API).get(`/repos/${OWNER}/${REPO}/commits/refs%2Ftags%2Fv1.2.0`).reply(200, { sha: TAG_SHA });
    tarball(TAG_SHA, release);
    // The tag's commit is known only once the job runs: created in progress, then completed.
    let calls = checkRunsApi({ [TAG_SHA]: 50 }, { creates: 1, updates: 1 });

    await receive(probot, "release", { action: "published", release: { tag_name: "v1.2.0" }, repository, installation });
    await queue.idle();
    expect(asked).toEqual(["octo-server@1.2.0"]);
    expect(calls.map((c) => `${c.kind} ${c.body.status}`)).toEqual(["create in_progress", "update completed"]);
    expect(calls[0]!.body).toMatchObject({ head_sha: TAG_SHA, external_id: "release:v1.2.0" });
    expect(calls[1]!.body).toMatchObject({ conclusion: "neutral", actions: [{ identifier: "reverify", label: "Re-run verification" }] });
    expect(calls[1]!.body.output.title).toBe("octo-server@1.2.0 is not published yet: verification pending");
    expect(calls[1]!.body.output.summary).toContain("is not on the registry yet");

    // Published now: the button re-scans the tag's commit and concludes on the gate.
    published = true;
    tarball(TAG_SHA, release);
    calls = checkRunsApi({ [TAG_SHA]: 51 }, { creates: 1, updates: 2 });
    await receive(probot, "check_run", {
      action: "requested_action",
      requested_action: { identifier: "reverify" },
      check_run: { id: 50, name: "MCP Trust", head_sha: TAG_SHA, external_id: "release:v1.2.0" },
      repository,
      installation,
    });
    await queue.idle();
    expect(calls[0]!.body).toMatchObject({ status: "queued", external_id: "release:v1.2.0" });
    expect(completion(calls, 51)).toMatchObject({ conclusion: "success" });
    expect(completion(calls, 51).actions).toBeUndefined();
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
    // GitHub answers long after the badge's deadline, so the first answer cannot have waited for it.
    knownRepository({ delayMs: 600 });
    const first = await (await fetch(`${base}/badge/${OWNER}/${REPO}.json`)).json();
    expect(first.message).toBe("unknown");
    let later = first.message;
    while (later !== "A 92") {
      await new Promise((resolve) => setTimeout(resolve, 100));
      later = (await (await fetch(`${base}/badge/${OWNER}/${REPO}.json`)).json()).message;
    }
    expect(later).toBe("A 92");
  });

  test("other paths are left to the next handler", async () => {
    const { handlers } = await harness();
    const base = await serve(handlers);
    expect((await fetch(`${base}/badge/${OWNER}/${REPO}.png`)).status).toBe(404);
    expect((await fetch(`${base}/badge/../etc.svg`)).status).toBe(404);
  });
});
