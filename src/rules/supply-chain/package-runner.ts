/** Recognises package runners (npx, pnpm dlx, yarn dlx, bunx, uvx, pipx run) in an argv and judges whether the package they fetch is pinned. */
import npa from "npm-package-arg";
import semver from "semver";
import type { Manifest } from "../../model.js";
import { declaredDependencies } from "./declared-dependencies.js";
import { programName, stripPrefixes } from "./shell-command.js";

export type Ecosystem = "npm" | "pypi";

export interface PackageRun {
  /** How the runner was invoked, e.g. "npx", "pnpm dlx", "uvx". */
  runner: string;
  ecosystem: Ecosystem;
  /** Package specs the runner installs: from --package/-p/--from/--spec, else the first positional word. */
  specs: Array<{ spec: string | undefined; viaPackageFlag: boolean }>;
  /** `-y`/`--yes` was given: npx installs without asking. */
  yes: boolean;
  /** The runner always installs into a throwaway environment instead of preferring a local install. */
  alwaysFetches: boolean;
}

export type SpecKind = "pinned" | "unpinned" | "local" | "unreadable";

export interface SpecVerdict {
  kind: SpecKind;
  /** The package name, when the spec names one. */
  name?: string;
  /** The spec says which version to take (a tag, a range, a URL), rather than a bare name. */
  explicitVersion: boolean;
}

interface RunnerShape {
  runner: string;
  ecosystem: Ecosystem;
  alwaysFetches: boolean;
  /** How many argv words the runner itself takes (`npx` 1, `pnpm dlx` 2). */
  words: number;
  packageFlags: readonly string[];
  /** Other flags that take a value, so that value is not read as the package. */
  valueFlags: readonly string[];
  /** False when only the package flags name packages (`uv run --with pkg script.py` runs a script, not a package). */
  positional?: boolean;
}

const NPX_VALUE_FLAGS = ["-c", "--call", "--node-options", "--userconfig", "--registry", "--cache", "--prefix", "-w", "--workspace", "--shell", "--script-shell"];
const UV_VALUE_FLAGS = ["--with", "--with-editable", "--with-requirements", "-w", "--python", "-p", "--index", "--index-url", "--default-index", "--extra-index-url", "--find-links", "-f", "--constraint", "-c", "--override", "--env-file", "--directory", "--project", "--config-file", "--cache-dir"];
const PIPX_VALUE_FLAGS = ["--python", "--pip-args", "--index-url", "-i", "--backend"];
const PIP_VALUE_FLAGS = ["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--python", "-p", "--cache-dir", "--trusted-host", "--platform", "--python-version"];

/** `pip install`, `pip3 install`, `python -m pip install`, `uv pip install`: each installs the named packages now. */
function pipInstall(argv: readonly (string | undefined)[], first: string | undefined): RunnerShape | undefined {
  const shape = (runner: string, words: number): RunnerShape => ({ runner, ecosystem: "pypi", alwaysFetches: true, words, packageFlags: [], valueFlags: PIP_VALUE_FLAGS });
  if ((first === "pip" || first === "pip3") && argv[1] === "install") return shape(`${first} install`, 2);
  if (/^python(?:3(?:\.\d+)?)?$/.test(first ?? "") && argv[1] === "-m" && argv[2] === "pip" && argv[3] === "install") return shape(`${first} -m pip install`, 4);
  if (first === "uv" && argv[1] === "pip" && argv[2] === "install") return shape("uv pip install", 3);
  return undefined;
}

function runnerShape(argv: readonly (string | undefined)[]): RunnerShape | undefined {
  const first = programName(argv[0]);
  const second = argv[1];
  const npx = (runner: string, words: number, alwaysFetches: boolean): RunnerShape => ({
    runner, ecosystem: "npm", alwaysFetches, words, packageFlags: ["-p", "--package"], valueFlags: NPX_VALUE_FLAGS,
  });
  switch (first) {
    case "npx":
      return npx("npx", 1, false);
    case "npm":
      return second === "exec" || second === "x" ? npx(`npm ${second}`, 2, false) : undefined;
    case "pnpx":
      return npx("pnpx", 1, true);
    case "pnpm":
      return second === "dlx" ? npx("pnpm dlx", 2, true) : undefined;
    case "yarn":
      return second === "dlx" ? npx("yarn dlx", 2, true) : undefined;
    case "bunx":
      return npx("bunx", 1, false);
    case "bun":
      return second === "x" ? npx("bun x", 2, false) : undefined;
    case "uvx":
      return { runner: "uvx", ecosystem: "pypi", alwaysFetches: true, words: 1, packageFlags: ["--from"], valueFlags: UV_VALUE_FLAGS };
    case "uv":
      if (second === "tool" && argv[2] === "run") return { runner: "uv tool run", ecosystem: "pypi", alwaysFetches: true, words: 3, packageFlags: ["--from"], valueFlags: UV_VALUE_FLAGS };
      // `uv run --with pkg …` adds pkg to a throwaway environment; what follows is the command, not a package.
      if (second === "run") return { runner: "uv run --with", ecosystem: "pypi", alwaysFetches: true, words: 2, packageFlags: ["--with"], valueFlags: UV_VALUE_FLAGS.filter((f) => f !== "--with"), positional: false };
      return pipInstall(argv, first);
    case "pip":
    case "pip3":
      return pipInstall(argv, first);
    case "pipx":
      return second === "run"
        ? { runner: "pipx run", ecosystem: "pypi", alwaysFetches: true, words: 2, packageFlags: ["--spec"], valueFlags: PIPX_VALUE_FLAGS }
        : undefined;
    default:
      return pipInstall(argv, first);
  }
}

/** The package run an argv performs, if its program is a package runner; undefined words are values that could not be read. */
export function packageRunOf(argvIn: readonly (string | undefined)[]): PackageRun | undefined {
  const argv = stripPrefixes(argvIn);
  const shape = runnerShape(argv);
  if (!shape) return undefined;
  const flagged: PackageRun["specs"] = [];
  let positional: string | undefined | null = null;
  let yes = false;
  for (let i = shape.words; i < argv.length; i++) {
    const word = argv[i];
    if (word === undefined) {
      positional = undefined;
      break;
    }
    if (word === "--") {
      positional = argv[i + 1];
      break;
    }
    if (!word.startsWith("-")) {
      positional = word;
      break;
    }
    if (word === "-y" || word === "--yes") {
      yes = true;
      continue;
    }
    const [flag, inline] = word.includes("=") ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)] : [word, undefined];
    if (shape.packageFlags.includes(flag)) {
      flagged.push({ spec: inline ?? argv[++i], viaPackageFlag: true });
    } else if (shape.valueFlags.includes(flag) && inline === undefined) {
      i++;
    }
  }
  const specs = flagged.length > 0 || shape.positional === false ? flagged : positional === null ? [] : [{ spec: positional, viaPackageFlag: false }];
  return { runner: shape.runner, ecosystem: shape.ecosystem, specs, yes, alwaysFetches: shape.alwaysFetches };
}

const COMMIT_SHA = /^[0-9a-f]{40}$/i;

/** Whether a runner's package spec pins one immutable version, names a local path, or lets the registry choose. */
export function judgeSpec(spec: string | undefined, ecosystem: Ecosystem): SpecVerdict {
  if (spec === undefined || spec === "") return { kind: "unreadable", explicitVersion: false };
  return ecosystem === "npm" ? judgeNpmSpec(spec) : judgePythonSpec(spec);
}

function judgeNpmSpec(spec: string): SpecVerdict {
  let parsed: ReturnType<typeof npa>;
  try {
    parsed = npa(spec, "/");
  } catch {
    return { kind: "unreadable", explicitVersion: false };
  }
  const name = parsed.name ?? undefined;
  const named = (kind: SpecKind, explicitVersion: boolean): SpecVerdict => (name ? { kind, name, explicitVersion } : { kind, explicitVersion });
  switch (parsed.type) {
    case "version":
      return named("pinned", true);
    case "tag":
    case "range":
      // A bare name parses as the range "*"; only a spec with "@…" after the name chose a version.
      return named("unpinned", spec !== name);
    case "git":
      return named(parsed.gitCommittish && COMMIT_SHA.test(parsed.gitCommittish) ? "pinned" : "unpinned", true);
    case "remote":
      return named("unpinned", true);
    case "alias": {
      const target = (parsed as npa.AliasResult).subSpec;
      return target ? judgeNpmSpec(target.raw) : named("unreadable", true);
    }
    case "file":
    case "directory":
      return named("local", true);
    default:
      return named("unreadable", false);
  }
}

function judgePythonSpec(spec: string): SpecVerdict {
  if (/^(?:\.{0,2}\/|[A-Za-z]:\\|file:)/.test(spec)) return { kind: "local", explicitVersion: true };
  if (/^git\+/.test(spec)) {
    const ref = /@([^@/#]+)(?:#.*)?$/.exec(spec.replace(/^git\+[a-z]+:\/\/[^/]*@/, ""))?.[1];
    return { kind: ref && COMMIT_SHA.test(ref) ? "pinned" : "unpinned", explicitVersion: true };
  }
  if (/^https?:\/\//.test(spec)) return { kind: "unpinned", explicitVersion: true };
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!match) return { kind: "unreadable", explicitVersion: false };
  const name = match[1]!;
  const rest = match[3]!.trim();
  if (rest === "") return { kind: "unpinned", name, explicitVersion: false };
  // uvx accepts `tool@1.2.3`; pip syntax is `tool==1.2.3`.
  const exact = /^(?:@|===?)\s*([^,;\s]+)$/.exec(rest)?.[1];
  const pinned = exact !== undefined && exact !== "latest" && !/[*<>~!^]/.test(exact);
  return { kind: pinned ? "pinned" : "unpinned", name, explicitVersion: true };
}

export interface UnpinnedFetch {
  run: PackageRun;
  spec: string;
  name?: string;
  /** Why it counts: the spec names a moving version, or the runner fetches whatever is newest. */
  reason: "moving-version" | "no-version";
}

/**
 * The packages an argv fetches from a registry without pinning one version. A bare name that the project
 * itself depends on runs the installed copy, so it does not count (except for dlx/uvx/pipx, which never look);
 * a bare unscoped name without -y may be a local binary (`npx tsc`), so it counts only with -y or --package.
 */
export function unpinnedFetches(argv: readonly (string | undefined)[], localPackages: ReadonlySet<string>): UnpinnedFetch[] {
  const run = packageRunOf(argv);
  if (!run) return [];
  const out: UnpinnedFetch[] = [];
  for (const { spec, viaPackageFlag } of run.specs) {
    const verdict = judgeSpec(spec, run.ecosystem);
    if (verdict.kind !== "unpinned" || spec === undefined) continue;
    const name = verdict.name;
    const base = name ? { run, spec, name } : { run, spec };
    if (verdict.explicitVersion) {
      out.push({ ...base, reason: "moving-version" });
      continue;
    }
    if (run.alwaysFetches) {
      out.push({ ...base, reason: "no-version" });
      continue;
    }
    if (name && localPackages.has(name)) continue;
    if (run.yes || viaPackageFlag || name?.startsWith("@")) out.push({ ...base, reason: "no-version" });
  }
  return out;
}

/** A short account of an unpinned fetch, for messages: "npx -y fetches some-pkg@latest (a moving dist-tag)". */
export function describeUnpinnedFetch(fetch: UnpinnedFetch): string {
  const what = fetch.reason === "no-version" ? "whatever version is newest" : movingVersionKind(fetch.spec, fetch.run.ecosystem);
  return `${fetch.run.runner}${fetch.run.yes ? " -y" : ""} fetches ${fetch.spec} (${what})`;
}

function movingVersionKind(spec: string, ecosystem: Ecosystem): string {
  if (ecosystem === "pypi") return /^(?:git\+|https?:)/.test(spec) ? "a URL whose content can change" : "a version range";
  try {
    const parsed = npa(spec, "/");
    if (parsed.type === "tag") return `the moving dist-tag "${parsed.fetchSpec}"`;
    if (parsed.type === "range") return semver.validRange(parsed.fetchSpec ?? "") ? `the range ${parsed.fetchSpec}` : "a version range";
    if (parsed.type === "git") return "a git branch or tag, not a commit";
    if (parsed.type === "remote") return "a tarball URL whose content can change";
  } catch {
    // judged unpinned already; fall through to the generic wording
  }
  return "a version that can change";
}

/** Packages a user's install of the project puts in node_modules (dev dependencies are not installed for consumers). */
export function installedPackageNames(manifest: Manifest | undefined): Set<string> {
  return new Set(declaredDependencies(manifest, ["dependencies", "optionalDependencies", "peerDependencies"]).map((d) => d.name));
}
