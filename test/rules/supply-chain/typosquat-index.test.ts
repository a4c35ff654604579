import { readReferenceData } from "../../../src/facts/reference-data.js";
import { PopularNameIndex, boundedDamerauLevenshtein } from "../../../src/rules/supply-chain/typosquat-index.js";
import { popularNameIndex } from "../../../src/rules/supply-chain/typosquat.js";

/** Plain optimal-string-alignment distance, unbounded, to check the bounded one and the index against. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** A small deterministic generator so the sample is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz-";

function mutate(name: string, edits: number, next: () => number): string {
  let out = name;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * out.length);
    const letter = ALPHABET[Math.floor(next() * ALPHABET.length)]!;
    const kind = Math.floor(next() * 4);
    if (kind === 0) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + letter + out.slice(at);
    else if (kind === 2 && out.length > 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
  }
  return out;
}

describe("boundedDamerauLevenshtein", () => {
  test.each([
    ["lodash", "lodahs", 1],
    ["express", "expresss", 1],
    ["react", "raect", 1],
    ["typescript", "typscirpt", 2],
    ["abc", "abc", 0],
    ["kitten", "sitting", 3],
  ])("%s ↔ %s = %d", (a, b, distance) => {
    expect(boundedDamerauLevenshtein(a, b, 5)).toBe(distance);
    expect(boundedDamerauLevenshtein(a, b, distance)).toBe(distance);
    if (distance > 0) expect(boundedDamerauLevenshtein(a, b, distance - 1)).toBe(distance);
  });

  test("agrees with the plain algorithm on random pairs", () => {
    const next = random(7);
    for (let n = 0; n < 500; n++) {
      const a = mutate("supply-chain-rules", 4, next);
      const b = mutate(a, Math.floor(next() * 4), next);
      const limit = 2;
      expect(boundedDamerauLevenshtein(a, b, limit)).toBe(Math.min(osa(a, b), limit + 1));
    }
  });
});

describe("PopularNameIndex", () => {
  const popular = ["lodash", "express", "typescript", "cross-env", "react", "mocha", "@types/react", "@babel/core", "is-number", "webpack-cli"];
  const index = new PopularNameIndex(popular);

  test("finds the same edit matches as a brute-force scan", () => {
    const next = random(42);
    const unscoped = popular.filter((p) => !p.startsWith("@") && p.length >= 4);
    for (let n = 0; n < 2000; n++) {
      const target = unscoped[Math.floor(next() * unscoped.length)]!;
      const candidate = mutate(target, 1 + Math.floor(next() * 2), next);
      if (popular.includes(candidate) || candidate.length < 4 || candidate.startsWith("@")) continue;
      const found = index.imitationOf(candidate);
      const limit = candidate.length >= 8 ? 2 : 1;
      const brute = unscoped.filter((p) => osa(candidate, p) <= Math.min(limit, p.length >= 8 ? 2 : 1));
      if (found?.kind === "edit") expect(brute).toContain(found.popular);
      else if (found === undefined) expect(brute).toEqual([]);
    }
  });

  test("two substitutions in a long name are found", () => {
    expect(index.imitationOf("typeskrjpt")).toEqual({ popular: "typescript", kind: "edit", distance: 2 });
  });

  test("two edits are not enough for a short name", () => {
    expect(index.imitationOf("lodaxy")).toBeUndefined();
  });

  test("an established scope is never judged; an unknown look-alike scope is", () => {
    const withScopes = new PopularNameIndex(popular, { establishedScopes: ["@types-extra"] });
    expect(withScopes.imitationOf("@types-extra/react")).toBeUndefined();
    expect(withScopes.imitationOf("@types_/react")).toEqual({ popular: "@types/react", kind: "scope-swapped" });
    expect(withScopes.imitationOf("@bable/core")).toEqual({ popular: "@babel/core", kind: "scope-swapped" });
    expect(withScopes.imitationOf("@types/reactt")).toBeUndefined(); // only @types' owner publishes there
  });

  test("exceptions stay quiet", () => {
    expect(new PopularNameIndex(popular, { exceptions: ["lodahs"] }).imitationOf("lodahs")).toBeUndefined();
  });

  test("vv for w", () => {
    expect(new PopularNameIndex(["webpack"]).imitationOf("vvebpack")).toEqual({ popular: "webpack", kind: "homoglyph" });
  });
});

// Speed is measured by `npm run bench`, never by a timed assertion here (the suite runs on loaded machines).
describe("the real list", () => {
  test("one-edit mutations of long popular names are caught, across 1,500 random names", () => {
    const index = popularNameIndex(readReferenceData().popularNpm);
    const next = random(1);
    let judged = 0;
    let caught = 0;
    for (let n = 0; n < 1500; n++) {
      const base = ["lodash", "express", "typescript", "eslint-plugin-react"][n % 4]!;
      const name = mutate(base, 1, next);
      if (name === base || index.isPopular(name)) continue;
      judged++;
      if (index.imitationOf(name)) caught++;
    }
    expect(judged).toBeGreaterThan(1000);
    // A few mutations land on established packages in their own right (data/established-npm-names.txt).
    expect(caught / judged).toBeGreaterThan(0.97);
  });
});
