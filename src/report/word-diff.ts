/** A word diff of two texts (a tool description before and after), with long unchanged runs folded to their edges. */
import { diffWordsWithSpace } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed" | "folded";
  text: string;
}

/** Words of unchanged text kept on each side of a change; the rest becomes one `folded` part ("… 40 words …"). */
const CONTEXT_WORDS = 12;

export function wordDiff(before: string, after: string): DiffPart[] {
  const flat = (s: string) => s.replace(/\s+/g, " ").trim();
  const parts: DiffPart[] = diffWordsWithSpace(flat(before), flat(after)).map((c) => ({
    kind: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value,
  }));
  return parts.flatMap((part, i) => (part.kind === "same" ? fold(part.text, i > 0, i < parts.length - 1) : [part]));
}

/** Keeps CONTEXT_WORDS words next to a neighbouring change, folds the middle. */
function fold(text: string, changeBefore: boolean, changeAfter: boolean): DiffPart[] {
  const words = text.split(/(?<=\s)/);
  const keepHead = changeBefore ? CONTEXT_WORDS : 0;
  const keepTail = changeAfter ? CONTEXT_WORDS : 0;
  if (words.length <= keepHead + keepTail + 3) return [{ kind: "same", text }];
  const folded = words.length - keepHead - keepTail;
  return [
    ...(keepHead ? [{ kind: "same" as const, text: words.slice(0, keepHead).join("") }] : []),
    { kind: "folded", text: `${folded} unchanged words` },
    ...(keepTail ? [{ kind: "same" as const, text: words.slice(words.length - keepTail).join("") }] : []),
  ];
}

/** True when only whitespace differs (the diff would show nothing). */
export function sameWords(before: string, after: string): boolean {
  return before.replace(/\s+/g, " ").trim() === after.replace(/\s+/g, " ").trim();
}
