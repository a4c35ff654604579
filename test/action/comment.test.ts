import nock from "nock";
import { createOctokit, upsertStickyComment } from "../../src/action/comment.js";
import { COMMENT_MARKER } from "../../src/report/markdown.js";

const API = "https://api.github.com";
const REPO = { owner: "acme", repo: "weather" };
const BODY = `${COMMENT_MARKER}\n## MCP Trust: **90/100**`;
const octokit = () => createOctokit("test-token", API);
const FULL_PAGE = Array.from({ length: 100 }, (_, i) => ({ id: 1000 + i, body: i === 0 ? `LGTM, quoting:\n> ${COMMENT_MARKER}` : "LGTM" }));

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("sticky pull request comment", () => {
  test("creates the comment when none carries the marker (reading every page)", async () => {
    const api = nock(API)
      .get("/repos/acme/weather/issues/7/comments")
      .query({ per_page: "100", page: "1" })
      .reply(200, FULL_PAGE)
      .get("/repos/acme/weather/issues/7/comments")
      .query({ per_page: "100", page: "2" })
      .reply(200, [{ id: 2, body: "another bot" }])
      .post("/repos/acme/weather/issues/7/comments", (body: { body: string }) => body.body === BODY)
      .reply(201, { id: 99, html_url: "https://github.com/acme/weather/pull/7#issuecomment-99" });
    expect(await upsertStickyComment(octokit(), REPO, 7, BODY)).toEqual({ status: "created", id: 99, url: "https://github.com/acme/weather/pull/7#issuecomment-99" });
    expect(api.isDone()).toBe(true);
  });

  test("updates the marked comment in place, found on a later page", async () => {
    const api = nock(API)
      .get("/repos/acme/weather/issues/7/comments")
      .query({ per_page: "100", page: "1" })
      .reply(200, FULL_PAGE)
      .get("/repos/acme/weather/issues/7/comments")
      .query({ per_page: "100", page: "2" })
      .reply(200, [{ id: 42, body: `${COMMENT_MARKER}\nold` }])
      .patch("/repos/acme/weather/issues/comments/42", (body: { body: string }) => body.body === BODY)
      .reply(200, { id: 42, html_url: "https://github.com/acme/weather/pull/7#issuecomment-42" });
    expect(await upsertStickyComment(octokit(), REPO, 7, BODY)).toMatchObject({ status: "updated", id: 42 });
    expect(api.isDone()).toBe(true);
  });

  test("a 403 (a fork's read-only token) is reported, not thrown", async () => {
    nock(API)
      .get("/repos/acme/weather/issues/7/comments")
      .query(true)
      .reply(200, [])
      .post("/repos/acme/weather/issues/7/comments")
      .reply(403, { message: "Resource not accessible by integration" });
    const outcome = await upsertStickyComment(octokit(), REPO, 7, BODY);
    expect(outcome.status).toBe("forbidden");
    expect(outcome.status === "forbidden" && outcome.reason).toMatch(/fork.*read-only token.*job summary/);
  });

  test("other API errors are thrown for the caller to log", async () => {
    nock(API).get("/repos/acme/weather/issues/7/comments").query(true).reply(500, { message: "boom" });
    await expect(upsertStickyComment(octokit(), REPO, 7, BODY)).rejects.toMatchObject({ status: 500 });
  });

  test("a body without the marker is refused (it could never be found again)", async () => {
    await expect(upsertStickyComment(octokit(), REPO, 7, "no marker")).rejects.toThrow(/marker/);
  });
});
