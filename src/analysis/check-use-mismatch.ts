/**
 * Check-versus-use mismatches (issue 10, class 7): a value trimmed, unquoted, decoded or case-folded for the check while
 * the raw value is what reaches the sink. `" ../x".trim()` passes a check the raw `" ../x"` never saw; a path decoded
 * for the check is used still encoded, or the other way round. Normalisers the file system applies itself
 * (path.resolve, path.join, path.normalize, realpath) keep the meaning and are not mismatches.
 */

const STRING_METHODS: Record<string, string> = {
  trim: "trimmed",
  trimStart: "trimmed",
  trimEnd: "trimmed",
  trimLeft: "trimmed",
  trimRight: "trimmed",
  replace: "rewritten by replace()",
  replaceAll: "rewritten by replaceAll()",
  toLowerCase: "lower-cased",
  toUpperCase: "upper-cased",
  toLocaleLowerCase: "lower-cased",
  toLocaleUpperCase: "upper-cased",
  normalize: "Unicode-normalised",
  slice: "cut with slice()",
  substring: "cut with substring()",
  substr: "cut with substr()",
};

const GLOBALS: Record<string, string> = {
  decodeURIComponent: "URL-decoded",
  decodeURI: "URL-decoded",
  unescape: "unescaped",
};

/** How a string method changes the value it is called on, when the result can differ from it as a path or URL. */
export function changingStringMethod(method: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(STRING_METHODS, method) ? STRING_METHODS[method] : undefined;
}

/** How a global function changes its argument (`decodeURIComponent(p)`), when the result can differ from it. */
export function changingGlobal(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(GLOBALS, name) ? GLOBALS[name] : undefined;
}

/** The words for a check made on a changed copy of the value that is then used unchanged. */
export function mismatchDetail(change: string): string {
  return `the check is made on a copy of the value ${change}, but the raw value is what the sink gets`;
}
