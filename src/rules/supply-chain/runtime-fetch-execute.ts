/** supply-chain/runtime-fetch-execute: server code that downloads code and runs it while the server runs. */
import type { SinkHit, SinkInput, TextPart, Trace } from "../../analysis/index.js";
import { snippet } from "../../analysis/ast.js";
import type { Draft, Rule } from "../../model.js";
import { FIX_EVAL, argvHazard, scriptHazard } from "./command-hazard.js";
import { installedPackageNames } from "./package-runner.js";
import { pythonRuntimeFetches } from "./python-runtime-fetch.js";
import { flattenCommands, programName } from "./shell-command.js";

export const runtimeFetchExecute: Rule = {
  id: "supply-chain/runtime-fetch-execute",
  dimension: "supply-chain",
  severity: "critical",
  title: "The server downloads code and runs it at run time",
  rationale:
    "Code fetched while the server runs (an unpinned `npx -y pkg@latest`, eval of a downloaded script, import() of a URL) " +
    "is not in the package anyone reviewed or scanned: whoever controls that package or URL tomorrow runs code with the " +
    "server's access to the user's files, tokens and network.",
  remediation:
    "Ship the code in the package: depend on the package at a pinned version and run its installed binary, or spawn " +
    "`npx -y pkg@<exact version>`; never eval, new Function, vm-run or import() text or URLs fetched at run time.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const installed = installedPackageNames(snapshot.manifest);
    const written = new Set(snapshot.code.sinks.filter((h) => h.writes && h.writes.traces.some(downloaded)).map((h) => h.writes!.pathKey));
    const drafts: Draft[] = [];
    for (const hit of snapshot.code.sinks) {
      const message = hazardOf(hit, installed, written);
      if (message) drafts.push({ message, location: hit.location, evidence: hit.evidence, ...(hit.anchor ? { anchor: hit.anchor } : {}) });
    }
    return [...drafts, ...pythonRuntimeFetches(snapshot)];
  },
};

const INTERPRETERS = new Set(["sh", "bash", "zsh", "dash", "node", "bun", "deno", "python", "python3", "perl", "ruby", "pwsh", "powershell", "cmd"]);
const PLACEHOLDER = "\u0000";

function downloaded(trace: Trace): boolean {
  return trace.origin === "network-response" && !trace.checks.some((c) => c.holds && (c.kind === "numeric" || c.kind === "value-allowed"));
}

/** What a sink hit runs that was fetched at run time, in words, or undefined. */
function hazardOf(hit: SinkHit, installed: ReadonlySet<string>, written: ReadonlySet<string>): string | undefined {
  // The commands Python modules start are read with their words in code.pythonCommands (python-runtime-fetch.ts).
  if (hit.language === "python" && (hit.kind === "shell" || hit.kind === "argv")) return undefined;
  switch (hit.kind) {
    case "shell":
      return shellHazard(hit, installed);
    case "argv":
      return argvHit(hit, installed);
    case "code": {
      if (!hit.inputs.some((i) => i.traces.some(downloaded))) return undefined;
      if (hit.sink === "then(eval)") return `A downloaded response is handed straight to eval (\`.then(eval)\`). ${FIX_EVAL}`;
      const compiles = hit.api.startsWith("new ");
      return `${hit.api} ${compiles ? "compiles" : "runs"} text downloaded at run time. ${FIX_EVAL}`;
    }
    case "module-load": {
      const input = hit.inputs[0];
      if (!input) return undefined;
      const first = input.parts?.[0];
      const url = first && "text" in first ? first.text : undefined;
      if (hit.sink === "import()" && url !== undefined && /^https?:\/\//i.test(url)) return `import() loads code from ${snippet(input.parts!.length === 1 ? url : textOf(input.parts!, "…"), 80)} at run time, outside the package. ${FIX_IMPORT}`;
      if (input.traces.some(downloaded)) return `${hit.api} loads a module named or built from a download at run time. ${FIX_IMPORT}`;
      if (hit.pathKey && written.has(hit.pathKey)) return `${hit.api} loads a file the server has just written from a download. ${FIX_EVAL}`;
      return undefined;
    }
    default:
      return undefined;
  }
}

function shellHazard(hit: SinkHit, installed: ReadonlySet<string>): string | undefined {
  const command = hit.inputs.find((i) => i.role === "command");
  if (!command) return undefined;
  const args = hit.inputs.find((i) => i.role === "arguments");
  if (args?.words && command.parts && isStatic(command.parts)) {
    const argv = [...(flattenCommands(textOf(command.parts, PLACEHOLDER)).pop() ?? []), ...args.words];
    const hazard = argvHazard(argv, installed);
    if (hazard) return `Spawns \`${display(argv)}\`: ${hazard}`;
  }
  if (command.parts && isStatic(command.parts)) {
    const script = textOf(command.parts, PLACEHOLDER);
    const hazard = scriptHazard(script, installed);
    return hazard ? `Runs the shell command \`${snippet(script, 80)}\`: ${hazard}` : undefined;
  }
  // `exec(\`open ${url}\`)` with a downloaded url runs a fixed program on downloaded data: command injection (the code
  // rules' finding), not downloaded code. A command whose program itself is downloaded is downloaded code.
  if (!command.traces.some(downloaded)) return undefined;
  const program = command.parts ? textOf(command.parts, PLACEHOLDER).trimStart().split(/\s+/)[0] : undefined;
  if (program !== undefined && program !== "" && !program.includes(PLACEHOLDER)) return undefined;
  return `Runs a shell command downloaded at run time. ${FIX_EVAL}`;
}

function argvHit(hit: SinkHit, installed: ReadonlySet<string>): string | undefined {
  const programInput = hit.inputs.find((i) => i.role === "program");
  const args = hit.inputs.find((i) => i.role === "arguments");
  const command = programText(programInput);
  if (command === undefined) return undefined;
  const words = args ? args.words ?? (args.traces.length > 0 || args.parts ? [undefined] : []) : [];
  // spawn("npx -y pkg", { shell: true }) hands one string to a shell.
  const argv = /\s/.test(command.trim()) ? [...(flattenCommands(command).pop() ?? []), ...words] : [command, ...words];
  const hazard = argvHazard(argv, installed);
  if (hazard) return hit.sink === "mcp-sdk.StdioClientTransport" ? `Starts a stdio MCP server with \`${display(argv)}\`: ${hazard}` : `Spawns \`${display(argv)}\`: ${hazard}`;
  const program = programName(command);
  if (program && INTERPRETERS.has(program) && args?.traces.some(downloaded)) return `Passes text downloaded at run time to ${program} as code or arguments. ${FIX_EVAL}`;
  return undefined;
}

/** The program a spawn runs, when the code fixes it: one text, or alternatives naming the same program (`npx.cmd` / `npx`). */
function programText(input: SinkInput | undefined): string | undefined {
  if (!input) return undefined;
  if (input.texts && input.texts.length > 0) {
    const names = new Set(input.texts.map((t) => programName(t.trim().split(/\s+/)[0])));
    return names.size === 1 ? input.texts[input.texts.length - 1] : undefined;
  }
  return input.parts && isStatic(input.parts) ? textOf(input.parts, PLACEHOLDER) : undefined;
}

function isStatic(parts: readonly TextPart[]): boolean {
  return parts.every((p) => "text" in p);
}

function textOf(parts: readonly TextPart[], hole: string): string {
  return parts.map((p) => ("text" in p ? p.text : hole)).join("");
}

const FIX_IMPORT = "Bundle the module as a pinned dependency and import it by name.";

function display(argv: ReadonlyArray<string | undefined>): string {
  return snippet(argv.map((w) => w ?? "…").join(" "), 80);
}
