import { describe, expect, test } from "@jest/globals";
import { normaliseRepository } from "../../../src/rules/package-verification/provenance-repository.js";

describe("normaliseRepository", () => {
  test.each([
    ["https://github.com/nuxt/nuxt", "github.com/nuxt/nuxt"],
    ["git+https://github.com/Nuxt/Nuxt.git", "github.com/nuxt/nuxt"],
    ["git+ssh://git@github.com/nuxt/nuxt.git", "github.com/nuxt/nuxt"],
    ["git@github.com:nuxt/nuxt.git", "github.com/nuxt/nuxt"],
    ["github:nuxt/nuxt", "github.com/nuxt/nuxt"],
    ["nuxt/nuxt", "github.com/nuxt/nuxt"],
    ["gitlab:group/project", "gitlab.com/group/project"],
    ["https://www.github.com/nuxt/nuxt/#readme", "github.com/nuxt/nuxt"],
  ])("%s → %s", (raw, expected) => expect(normaliseRepository(raw)).toBe(expected));

  test("another owner stays another repository", () => {
    expect(normaliseRepository("github:nuxt-fork/nuxt")).not.toBe(normaliseRepository("https://github.com/nuxt/nuxt"));
  });

  test("nothing usable → undefined", () => {
    expect(normaliseRepository("")).toBeUndefined();
    expect(normaliseRepository("not a url")).toBeUndefined();
  });
});
