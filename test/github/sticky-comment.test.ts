import nock from "nock";
import { Octokit } from "@octokit/rest";
import { upsertStickyComment } from "../../src/github/sticky-comment.js";
import { COMMENT_MARKER } from "../../src/report/markdown.js";

const API = "https://api.github.com";
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const octokit = new Octokit({ auth: "token", log: quiet });
const body = `${COMMENT_MARKER}\n## MCP Trust: **90/100**\n`;
const target = { owner: "octo", repo: "server", issueNumber: 7, body };

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

test("looks past the first page for its comment and edits it", async () => {
  const page1 = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, body: i === 3 ? `> quoting ${COMMENT_MARKER}` : "a comment" }));
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 1 }).reply(200, page1);
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 2 }).reply(200, [{ id: 555, body: `${COMMENT_MARKER}\nold` }]);
  nock(API).patch("/repos/octo/server/issues/comments/555", { body }).reply(200, { id: 555, html_url: "https://github.com/c/555" });
  await expect(upsertStickyComment(octokit, target)).resolves.toEqual({ status: "updated", id: 555, url: "https://github.com/c/555" });
});

test("creates the comment when there is none", async () => {
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 1 }).reply(200, [{ id: 1, body: "hi" }]);
  nock(API).post("/repos/octo/server/issues/7/comments", { body }).reply(201, { id: 2 });
  await expect(upsertStickyComment(octokit, target)).resolves.toEqual({ status: "created", id: 2 });
});

test("a 403 is reported as forbidden; other errors throw; a body without the marker is refused", async () => {
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 1 }).reply(403, { message: "Resource not accessible by integration" });
  await expect(upsertStickyComment(octokit, target)).resolves.toMatchObject({ status: "forbidden" });
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 1 }).reply(500, { message: "boom" });
  await expect(upsertStickyComment(octokit, target)).rejects.toMatchObject({ status: 500 });
  await expect(upsertStickyComment(octokit, { ...target, body: "no marker" })).rejects.toThrow(/marker/);
});

test("a body that would not change is not edited (line ends and a trailing newline aside)", async () => {
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 1 }).reply(200, [{ id: 9, body: body.replace(/\n/g, "\r\n").trimEnd(), html_url: "https://github.com/c/9" }]);
  await expect(upsertStickyComment(octokit, target)).resolves.toEqual({ status: "unchanged", id: 9, url: "https://github.com/c/9" });
});

test("create: false refreshes an earlier comment but starts none", async () => {
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 1 }).reply(200, [{ id: 1, body: "hi" }]);
  await expect(upsertStickyComment(octokit, { ...target, create: false })).resolves.toEqual({ status: "not-created" });
  nock(API).get("/repos/octo/server/issues/7/comments").query({ per_page: 100, page: 1 }).reply(200, [{ id: 3, body: `${COMMENT_MARKER}\nstale` }]);
  nock(API).patch("/repos/octo/server/issues/comments/3", { body }).reply(200, { id: 3 });
  await expect(upsertStickyComment(octokit, { ...target, create: false })).resolves.toEqual({ status: "updated", id: 3 });
});
