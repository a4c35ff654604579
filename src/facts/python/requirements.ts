/** Reads pip requirements files: pins, `--hash`, `-e`, direct URLs, `-r` includes and the index options. */
import type { PythonIndex } from "../../model.js";
import { normalisePythonName } from "./names.js";
import { parseRequirement } from "../../pep508.js";

export interface RequirementLine {
  /** PEP 503 normalised; undefined for a bare URL or path whose name cannot be told. */
  name?: string;
  raw: string;
  specifier: string;
  extras: string[];
  marker?: string;
  url?: string;
  editable: boolean;
  /** `--hash` values as written ("sha256:…"). */
  hashes: string[];
  line: number;
}

export interface RequirementsFile {
  path: string;
  requirements: RequirementLine[];
  indexes: PythonIndex[];
  /** Files named by `-r` / `--requirement` (relative to this file's folder, as written) and by `-c` / `--constraint`. */
  includes: string[];
  constraints: string[];
  /** `--no-index`: only --find-links locations are used. */
  noIndex: boolean;
}

/** One logical line per requirement: backslash continuations joined, comments dropped, with the line it starts on. */
function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const physical = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let current = "";
  let start = 0;
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!;
    if (current === "") start = i + 1;
    // A comment starts at line start or after whitespace (a URL fragment `#egg=` is not one).
    line = line.replace(/(^|\s)#.*$/, "");
    if (line.endsWith("\\")) {
      current += line.slice(0, -1) + " ";
      continue;
    }
    current += line;
    if (current.trim() !== "") out.push({ text: current.trim(), line: start });
    current = "";
  }
  if (current.trim() !== "") out.push({ text: current.trim(), line: start });
  return out;
}

const OPTION_WITH_VALUE = /^(-r|--requirement|-c|--constraint|-e|--editable|-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--hash)(?:\s*=\s*|\s+)(\S+)(.*)$/;

export function parseRequirementsFile(text: string, path: string): RequirementsFile {
  const file: RequirementsFile = { path, requirements: [], indexes: [], includes: [], constraints: [], noIndex: false };
  for (const { text: lineText, line } of logicalLines(text)) {
    if (lineText === "--no-index") {
      file.noIndex = true;
      continue;
    }
    const option = OPTION_WITH_VALUE.exec(lineText);
    if (option && option[1] !== "-e" && option[1] !== "--editable" && option[1] !== "--hash") {
      const [, flag, value] = option as unknown as [string, string, string];
      if (flag === "-r" || flag === "--requirement") file.includes.push(value);
      else if (flag === "-c" || flag === "--constraint") file.constraints.push(value);
      else if (flag === "-i" || flag === "--index-url") file.indexes.push({ url: value, role: "default", path, line });
      else if (flag === "--extra-index-url") file.indexes.push({ url: value, role: "extra", path, line });
      else if (flag === "-f" || flag === "--find-links") file.indexes.push({ url: value, role: "find-links", path, line });
      continue;
    }
    if (lineText.startsWith("-") && !option) continue; // --pre, --require-hashes, --prefer-binary ...
    let body = lineText;
    let editable = false;
    if (option && (option[1] === "-e" || option[1] === "--editable")) {
      editable = true;
      body = `${option[2]}${option[3] ?? ""}`;
    }
    const hashes = [...body.matchAll(/--hash[=\s]+(\S+)/g)].map((m) => m[1]!);
    body = body.replace(/\s*--hash[=\s]+\S+/g, "").replace(/\s+--\S+.*$/, "").trim();
    const requirement = readRequirement(body);
    if (!requirement) continue;
    file.requirements.push({ ...requirement, raw: body, editable, hashes, line });
  }
  return file;
}

function readRequirement(body: string): Omit<RequirementLine, "raw" | "editable" | "hashes" | "line"> | undefined {
  // A URL or path on its own: git+https://…#egg=name, https://…/name-1.0.tar.gz, ./local, file:///…
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|file:)/i.test(body) || /^[a-z]+\+[a-z]+:/i.test(body)) {
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(body)?.[1];
    const fromFile = /\/([A-Za-z0-9][A-Za-z0-9_.]*?)-\d[^/]*\.(?:whl|tar\.gz|zip)(?:[#?].*)?$/.exec(body)?.[1];
    const name = egg ?? fromFile;
    return { ...(name ? { name: normalisePythonName(name) } : {}), specifier: "", extras: [], url: body };
  }
  const parsed = parseRequirement(body);
  if (!parsed) return undefined;
  return {
    name: parsed.name,
    specifier: parsed.specifier,
    extras: parsed.extras,
    ...(parsed.marker ? { marker: parsed.marker } : {}),
    ...(parsed.url ? { url: parsed.url } : {}),
  };
}

/** `==1.2.3` (not a wildcard) or `===1.2.3`: the one version pip installs. */
export function exactVersion(specifier: string): string | undefined {
  const match = /^(?:===?)([^,*]+)$/.exec(specifier);
  return match ? match[1] : undefined;
}

/** A file pip-compile (or `pip freeze`, `uv pip compile`) wrote: every requirement names one exact version or a URL. */
export function isPinnedRequirementsFile(file: RequirementsFile): boolean {
  const named = file.requirements.filter((r) => !r.editable);
  return named.length > 0 && named.every((r) => r.url !== undefined || exactVersion(r.specifier) !== undefined);
}
