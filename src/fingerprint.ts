/**
 * Finding fingerprints that survive rebuilds: rule + package + normalised evidence + the anchor the finding sits in
 * (a tool, route or exported function; the file's family when the rule names none). Never line numbers, never
 * content hashes from file names, never minified identifiers.
 */
import { createHash } from "node:crypto";
import type { Draft, Finding } from "./model.js";

/** Bumped whenever the recipe below changes: reports with another version are re-fingerprinted before matching. */
export const FINGERPRINT_VERSION = 2;

export type FingerprintInput = Pick<Draft, "location" | "package" | "evidence" | "anchor">;

export function fingerprint(ruleId: string, input: FingerprintInput): string {
  const parts = [`fp${FINGERPRINT_VERSION}`, ruleId, input.package?.name ?? "", anchorOf(input), fingerprintEvidence(input)];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

/**
 * The rule's anchor when it set one; otherwise a dependency finding is anchored on its package alone (switching
 * lockfile formats moves no finding), and a located one on its file's family.
 */
export function anchorOf(input: Pick<Draft, "location" | "package" | "anchor">): string {
  if (input.anchor) return input.anchor;
  if (input.package) return "";
  return input.location ? fileFamily(input.location.path) : "";
}

// ------------------------------------------------------------------ paths

const HEX = /^[0-9a-f]{8,}$/i;

/** True for one `-`/`.`-separated part of a file name that is a build's content hash, not a name anyone chose. */
function isHashPart(part: string): boolean {
  if (HEX.test(part) && /\d/.test(part)) return true;
  if (part.length < 6 || !/^[A-Za-z0-9_]+$/.test(part)) return false;
  // esbuild and rollup hash in base32/base64url: mixed letters and digits, or all capitals (chunk-IDCNACKQ).
  if (/\d/.test(part) && /[A-Za-z]/.test(part)) return true;
  return part.length >= 8 && /^[A-Z0-9]+$/.test(part);
}

/** A directory named by a build id (Next.js `_next/static/<id>/`). */
function isHashSegment(segment: string): boolean {
  return (HEX.test(segment) && /\d/.test(segment)) || (/^[A-Za-z0-9_-]{16,}$/.test(segment) && /\d/.test(segment) && /[A-Za-z]/.test(segment));
}

const EXTENSION = /((?:\.(?:min|chunk|bundle|esm|cjs|mjs|d))*\.[A-Za-z0-9]{1,6})$/;

/**
 * The path with content hashes replaced by `*`: `dist/chunk-IDC7NACK.js` and `dist/chunk-Q77VG2BX.js` are one family,
 * as are `assets/index-BrD3k9aZ.js` and `static/js/main.3f2a1b4c.chunk.js` across builds.
 */
export function fileFamily(filePath: string): string {
  const segments = filePath.replace(/\\/g, "/").split("/");
  return segments
    .map((segment, i) => {
      if (i < segments.length - 1) return isHashSegment(segment) ? "*" : segment;
      const extension = EXTENSION.exec(segment)?.[1] ?? "";
      const stem = segment.slice(0, segment.length - extension.length);
      const parts = stem.split(/([-.~])/);
      // Parts sit at even indexes, separators between them; the first part is the name someone chose (or a numeric chunk id).
      const hashed = parts.some((p, j) => j > 0 && j % 2 === 0 && isHashPart(p));
      const mapped = parts.map((p, j) => {
        if (j % 2 === 1) return p;
        if (j > 0 && isHashPart(p)) return "*";
        if (hashed && /^\d+$/.test(p)) return "*";
        return p;
      });
      return mapped.join("") + extension;
    })
    .join("/");
}

// ------------------------------------------------------------------ evidence

const JS_FILE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/i;

/** The evidence as it enters the fingerprint: whitespace-free tokens, versions and hashes out, minified names out of JS. */
export function fingerprintEvidence(input: Pick<Draft, "location" | "package" | "evidence">): string {
  let text = input.evidence ?? "";
  if (!text) return "";
  // A version bump of the same package is a dependency change, not a new finding.
  const version = input.package?.version;
  if (version) text = text.split(version).join("<version>");
  const code = input.location ? JS_FILE.test(input.location.path) : false;
  return (code ? normaliseJsTokens(jsTokens(text)) : text.split(/\s+/).filter(Boolean).map(normaliseHashes)).join(" ");
}

/** Content hashes inside a string or a path-like word (an `import("./chunk-IDC7NACK.js")`). */
function normaliseHashes(text: string): string {
  return text.replace(/[A-Za-z0-9_@.~/-]*\/?[A-Za-z0-9_.~-]+\.[A-Za-z0-9]{1,6}/g, (m) => (m.includes(".") ? fileFamily(m) : m));
}

type Token = { kind: "word" | "string" | "template" | "number" | "punct"; text: string };

/** A small, forgiving JS tokenizer: evidence is a snippet (often cut off mid-string), never a whole program. */
export function jsTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  const word = /[\p{ID_Continue}$\u200c\u200d]/u;
  const wordStart = /[\p{ID_Start}$_]/u;
  while (i < n) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
      tokens.push({ kind: "string", text: text.slice(i + 1, Math.min(j, n)) });
      i = j + 1;
      continue;
    }
    if (c === "`") {
      // Template text is kept; each `${` opens tokens of its own until the matching `}`.
      let j = i + 1;
      let chunk = "";
      while (j < n && text[j] !== "`") {
        if (text[j] === "\\") {
          chunk += text.slice(j, j + 2);
          j += 2;
        } else if (text[j] === "$" && text[j + 1] === "{") {
          tokens.push({ kind: "template", text: chunk });
          chunk = "";
          let depth = 1;
          let k = j + 2;
          while (k < n && depth > 0) {
            if (text[k] === "{") depth++;
            else if (text[k] === "}") depth--;
            if (depth > 0) k++;
          }
          tokens.push(...jsTokens(text.slice(j + 2, k)));
          tokens.push({ kind: "punct", text: "}" });
          j = k + 1;
        } else chunk += text[j++];
      }
      tokens.push({ kind: "template", text: chunk });
      i = j + 1;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(text[j]!)) j++;
      tokens.push({ kind: "number", text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (wordStart.test(c) || c === "\\") {
      let j = i + 1;
      while (j < n && word.test(text[j]!)) j++;
      tokens.push({ kind: "word", text: text.slice(i, j) });
      i = j;
      continue;
    }
    const three = text.slice(i, i + 3);
    const two = text.slice(i, i + 2);
    const op = ["===", "!==", "...", "**=", "&&=", "||=", "??="].includes(three) ? three : ["=>", "?.", "==", "!=", "&&", "||", "??", "<=", ">=", "+=", "-="].includes(two) ? two : c;
    tokens.push({ kind: "punct", text: op });
    i += op.length;
  }
  return tokens;
}

const KEYWORDS = new Set(
  (
    "await async break case catch class const continue debugger default delete do else export extends false finally for from function " +
    "if import in instanceof let new null of return static super switch this throw true try typeof undefined var void while with yield as"
  ).split(" "),
);

/** Globals a minifier never renames (a free name is left alone), so they say something across builds. */
const GLOBALS = new Set(
  (
    "require module exports process globalThis global window self Buffer console JSON Math Date Promise Object Array String Number " +
    "Boolean Symbol Error RegExp Map Set URL URLSearchParams fetch eval Function setTimeout setInterval queueMicrotask structuredClone " +
    "encodeURIComponent decodeURIComponent escape unescape atob btoa Reflect Proxy WebAssembly Deno Bun __dirname __filename"
  ).split(" "),
);

/**
 * Minifiers rename every bound name (`exec` becomes `Xe`, `branch` becomes `t`); they keep property names, object keys,
 * keywords and free globals. So bound names become `_`, and what a minifier keeps is kept.
 */
export function normaliseJsTokens(tokens: readonly Token[]): string[] {
  return tokens.map((t, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind === "string") return JSON.stringify(normaliseHashes(t.text));
    if (t.kind === "template") return `\`${normaliseHashes(t.text)}\``;
    if (t.kind !== "word") return t.text;
    if (KEYWORDS.has(t.text) || GLOBALS.has(t.text)) return t.text;
    if (previous?.kind === "punct" && (previous.text === "." || previous.text === "?.")) return t.text;
    // An object key (`{name:"demo"}`, `{branch:t}`): kept by minifiers without property mangling.
    if (next?.kind === "punct" && next.text === ":" && previous?.kind === "punct" && (previous.text === "{" || previous.text === ",")) return t.text;
    return "_";
  });
}

// ------------------------------------------------------------------ matching

/** Dice coefficient of the two evidences' token multisets: 1 for the same tokens, 0 for none shared (or no evidence to compare). */
export function evidenceSimilarity(a: Finding, b: Finding): number {
  const left = fingerprintEvidence(a).split(" ").filter(Boolean);
  const right = fingerprintEvidence(b).split(" ").filter(Boolean);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of left) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of right) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Base and head findings paired up: by fingerprint first (one to one), then by rule and evidence similarity in one file family. */
export interface FindingMatch {
  pairs: { base: Finding; head: Finding; by: "fingerprint" | "similarity" }[];
  unmatchedBase: Finding[];
  unmatchedHead: Finding[];
}

export const SIMILARITY_THRESHOLD = 0.7;

export function matchFindings(base: readonly Finding[], head: readonly Finding[]): FindingMatch {
  const pairs: FindingMatch["pairs"] = [];
  const waiting = new Map<string, Finding[]>();
  for (const f of base) waiting.set(f.fingerprint, [...(waiting.get(f.fingerprint) ?? []), f]);
  const restHead: Finding[] = [];
  for (const f of head) {
    const queue = waiting.get(f.fingerprint);
    const partner = queue?.shift();
    if (partner) pairs.push({ base: partner, head: f, by: "fingerprint" });
    else restHead.push(f);
  }
  const restBase = [...waiting.values()].flat();

  // Second pass: the same rule and package in the same file family, paired best similarity first.
  const familyKey = (f: Finding): string => [f.ruleId, f.package?.name ?? "", f.location ? fileFamily(f.location.path) : ""].join("\u0000");
  const candidates: { base: Finding; head: Finding; score: number }[] = [];
  for (const h of restHead) {
    for (const b of restBase) {
      if (familyKey(b) !== familyKey(h)) continue;
      const score = evidenceSimilarity(b, h);
      if (score >= SIMILARITY_THRESHOLD) candidates.push({ base: b, head: h, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const usedBase = new Set<Finding>();
  const usedHead = new Set<Finding>();
  for (const c of candidates) {
    if (usedBase.has(c.base) || usedHead.has(c.head)) continue;
    usedBase.add(c.base);
    usedHead.add(c.head);
    pairs.push({ base: c.base, head: c.head, by: "similarity" });
  }
  return {
    pairs,
    unmatchedBase: restBase.filter((f) => !usedBase.has(f)),
    unmatchedHead: restHead.filter((f) => !usedHead.has(f)),
  };
}
