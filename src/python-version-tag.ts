/** The git tag that marks a Python release: `v1.2.3`, `1.2.3`, `name-v1.2.3`, `name@1.2.3`, `name/1.2.3`, compared as PEP 440 versions. */
import pep440 from "@renovatebot/pep440";
import { normalisePythonName } from "./pep508.js";

/** The spellings a tag for `version` of `name` usually takes, for messages. */
export function pythonTagCandidates(name: string, version: string): string[] {
  return [...new Set([`v${version}`, version, `${name}-v${version}`, `${name}-${version}`, `${name}@${version}`])];
}

/** The tag of the checkout that names this version (leading zeros and `v` aside), or undefined. Another package's tag never counts. */
export function findPythonVersionTag(tags: readonly string[], name: string, version: string): string | undefined {
  const exact = pythonTagCandidates(name, version).find((t) => tags.includes(t));
  if (exact) return exact;
  const wanted = pep440.valid(version) ? version : undefined;
  if (!wanted) return undefined;
  const normalised = normalisePythonName(name);
  for (const tag of tags) {
    const rest = withoutName(tag, normalised).replace(/^[vV]/, "");
    if (pep440.valid(rest) && pep440.eq(rest, wanted)) return tag;
  }
  return undefined;
}

/** The tag with a leading `<name>-`, `<name>@`, `<name>/` or `<name>_` (in any PEP 503 spelling) removed. */
function withoutName(tag: string, normalisedName: string): string {
  const match = /^(.+?)[-@/_](v?\d.*)$/.exec(tag);
  if (match && normalisePythonName(match[1]!) === normalisedName) return match[2]!;
  return tag;
}
