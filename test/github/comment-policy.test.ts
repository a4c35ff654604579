import { commentPlan } from "../../src/github/comment-policy.js";

describe("commentPlan", () => {
  test.each([
    // mode, quiet, failed, plan
    ["on-change", false, false, "post"],
    ["on-change", true, false, "update-only"],
    ["on-change", true, true, "update-only"],
    ["always", true, false, "post"],
    ["on-failure", false, false, "update-only"],
    ["on-failure", false, true, "post"],
    ["never", false, true, "skip"],
  ] as const)("comment: %s, quiet %s, failed %s → %s", (mode, quiet, failed, plan) => {
    expect(commentPlan(mode, { quiet, failed })).toBe(plan);
  });
});
