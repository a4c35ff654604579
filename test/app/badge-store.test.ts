import { BadgeStore } from "../../src/app/badge-store.js";

test("concurrent requests share one lookup, and a failing lookup is unknown rather than an error", async () => {
  let calls = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const store = new BadgeStore({
    lookup: async (owner) => {
      calls++;
      await gate;
      if (owner === "down") throw new Error("ECONNREFUSED");
      return { score: 81, grade: "B" };
    },
    timeoutMs: 1_000,
  });
  const pending = [store.get("octo", "server"), store.get("Octo", "Server"), store.get("octo", "server")];
  release();
  expect(await Promise.all(pending)).toEqual([{ score: 81, grade: "B" }, { score: 81, grade: "B" }, { score: 81, grade: "B" }]);
  expect(calls).toBe(1);
  await expect(store.get("down", "repo")).resolves.toBeUndefined();
});

test("an unknown result is cached for a shorter time than a known one", async () => {
  let now = 0;
  let answer: { score: number; grade: "C" } | undefined;
  let calls = 0;
  const store = new BadgeStore({ lookup: async () => (calls++, answer), now: () => now, ttlMs: 300_000, unknownTtlMs: 60_000 });
  expect(await store.get("o", "r")).toBeUndefined();
  answer = { score: 75, grade: "C" };
  now = 59_000;
  expect(await store.get("o", "r")).toBeUndefined();
  now = 61_000;
  expect(await store.get("o", "r")).toEqual({ score: 75, grade: "C" });
  now = 61_000 + 299_000;
  answer = undefined;
  expect(await store.get("o", "r")).toEqual({ score: 75, grade: "C" });
  expect(calls).toBe(2);
});

test("a lookup that finishes after the App recorded a fresh result does not overwrite it", async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const store = new BadgeStore({ lookup: async () => (await gate, { score: 50, grade: "F" }), timeoutMs: 50 });
  expect(await store.get("o", "r")).toBeUndefined();
  store.record("o", "r", { score: 95, grade: "A" });
  release();
  await new Promise((resolve) => setImmediate(resolve));
  expect(await store.get("o", "r")).toEqual({ score: 95, grade: "A" });
});
