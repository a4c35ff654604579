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
  const parts = mergeRuns(
    diffWordsWithSpace(flat(before), flat(after)).map((c): DiffPart => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value })),
  );
  return parts.flatMap((part, i) => (part.kind === "same" ? fold(part.text, i > 0, i < parts.length - 1) : [part]));
}

/** Up to this many words of unchanged text between two changes join them, so a rewrite reads as one removed and one added run. */
const BRIDGE_WORDS = 2;

/**
 * A rewritten sentence diffs as alternating single words ([-an-]{+a+} [-image-]{+file+} ...). Changes separated by no more
 * than BRIDGE_WORDS unchanged words are merged into one removed run and one added run.
 */
function mergeRuns(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    if (parts[i]!.kind === "same") {
      out.push(parts[i++]!);
      continue;
    }
    let removed = "";
    let added = "";
    let j = i;
    while (j < parts.length) {
      const part = parts[j]!;
      if (part.kind === "removed") removed += part.text;
      else if (part.kind === "added") added += part.text;
      else {
        const bridge = part.text.trim() === "" || part.text.trim().split(/\s+/).length <= BRIDGE_WORDS;
        const next = parts[j + 1];
        if (!bridge || !next || next.kind === "same") break;
        removed += part.text;
        added += part.text;
      }
      j++;
    }
    if (removed) out.push({ kind: "removed", text: removed });
    if (added) out.push({ kind: "added", text: added });
    i = j;
  }
  return out;
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
