/** The program an argv word names, as shells and Windows resolve it. */

/** The program name of an argv: basename without a Windows .cmd/.exe/.ps1 suffix, lower-cased. */
export function programName(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const base = word.split(/[\\/]/).pop() ?? word;
  return base.replace(/\.(?:cmd|exe|bat|ps1)$/i, "").toLowerCase();
}
