/** What a command a server starts at run time fetches and runs: an unpinned package runner, or a download piped into a shell (pure). */
import { describeUnpinnedFetch, unpinnedFetches } from "./package-runner.js";
import { flattenCommands, nestedScript, programName, remoteCodeExecution } from "./shell-command.js";

export const FIX_EVAL = "Ship that code in the package instead of fetching it, so what runs is what was reviewed.";

export function fixRunner(name: string | undefined, ecosystem: "npm" | "pypi" = "npm"): string {
  const pkg = name ?? "the package";
  if (ecosystem === "pypi") return `Pin an exact version (${pkg}==<version>), or add ${pkg} to the project's dependencies and run its installed entry point.`;
  return `Pin an exact version (${pkg}@<version>), or add ${pkg} as a dependency and run its installed binary.`;
}

/** Why an argv (undefined words are computed) fetches code at run time, in words; undefined when it does not. */
export function argvHazard(argv: ReadonlyArray<string | undefined>, installed: ReadonlySet<string>): string | undefined {
  const program = programName(argv[0]);
  if (program && argv.every((w): w is string => w !== undefined)) {
    const nested = nestedScript(program, argv);
    if (nested !== undefined) return scriptHazard(nested, installed);
  }
  const fetch = unpinnedFetches(argv, installed)[0];
  if (fetch) return `${describeUnpinnedFetch(fetch)} from the registry every time this runs, so the next release of it (or a hijacked one) runs with the server's access. ${fixRunner(fetch.name, fetch.run.ecosystem)}`;
  const remote = remoteCodeExecution(argv.map(shellQuote).join(" "));
  return remote ? `it ${remote}. ${FIX_EVAL}` : undefined;
}

/** The same for a command line handed to a shell. */
export function scriptHazard(script: string, installed: ReadonlySet<string>): string | undefined {
  const remote = remoteCodeExecution(script);
  if (remote) return `it ${remote}. ${FIX_EVAL}`;
  for (const argv of flattenCommands(script)) {
    const fetch = unpinnedFetches(argv, installed)[0];
    if (fetch) return `${describeUnpinnedFetch(fetch)} from the registry every time this runs, so the next release of it (or a hijacked one) runs with the server's access. ${fixRunner(fetch.name, fetch.run.ecosystem)}`;
  }
  return undefined;
}

function shellQuote(word: string | undefined): string {
  if (word === undefined) return "__dynamic__";
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
