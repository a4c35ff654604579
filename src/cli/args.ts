/** Command-line parsing for `mcp-trust scan` and `mcp-trust diff`; every mistake is a UserError (exit 2). */
import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import { SEVERITIES, type Severity } from "../model.js";
import { isCatalogCommand, parseCatalogCommand, type CatalogArgs, type WorkerArgs } from "./catalog-args.js";

export type Format = "text" | "json" | "markdown" | "sarif";
const FORMATS: readonly Format[] = ["text", "json", "markdown", "sarif"];

export interface CommonArgs {
  format: Format;
  output?: string;
  failUnder?: number;
  failOn?: Severity | "none";
  offline: boolean;
  config?: string;
  cacheDir?: string;
  registry?: string;
  color?: boolean;
}

export type Command =
  | ({ command: "scan"; target: string; packageSpec?: string; rebuild?: boolean; probe?: { url?: string } } & CommonArgs)
  | ({ command: "verify-pack"; dir: string; against: string } & CommonArgs)
  | ({ command: "diff"; base: string; head: string } & CommonArgs)
  | CatalogArgs
  | WorkerArgs
  | { command: "catalog-help" }
  | { command: "help" }
  | { command: "version" };

export const USAGE = `Usage:
  mcp-trust scan [dir|npm:spec] [options]    score an MCP server (default: the current directory)
  mcp-trust diff BASE HEAD [options]         what changed between two trees (each a dir or npm:spec)
  mcp-trust verify-pack [dir] --against npm:name@version
                                             pack a built directory as npm does and compare it with the published tarball
  mcp-trust catalog --from FILE | --from-registry [URL] [--out DIR] [--site DIR]
                                             scan a whole list of servers (see mcp-trust catalog --help)
  mcp-trust worker --queue redis://HOST:PORT  run catalog scans from a BullMQ queue

Options:
  --format text|json|markdown|sarif
                                output format (default: text); sarif is SARIF 2.1.0 (with diff: the new findings)
  --output FILE                 write the report to FILE (atomically) instead of stdout
  --fail-under N                exit 1 when the score is below N (0-100)
  --fail-on SEVERITY            exit 1 on a finding at or above SEVERITY (critical|high|medium|low|info|none);
                                with diff, only NEW findings count
  --package SPEC                the published npm package of this tree (npm:name@version)
  --rebuild                     run the package's build in a scratch copy and compare its pack byte for byte
  --probe                       start the server over stdio (it runs its code, in a scratch dir, 10 s) and check MCP conformance
  --probe-url URL               probe a running HTTP server at URL instead (implies --probe)
  --against SPEC                verify-pack: the published package to compare with (npm:name@version)
  --offline                     use only cached registry data; skip what needs the network
  --config FILE                 config file (default: .github/mcp-trust.yml or .mcp-trust.yml in the tree)
  --cache-dir DIR               registry cache (default: ~/.cache/mcp-trust)
  --registry URL                npm registry (default: npm_config_registry or the public registry)
  --no-color                    no ANSI colours in text output
  -h, --help                    this help
  -v, --version                 the version

Exit codes: 0 pass, 1 gate failed, 2 usage or input error.`;

export function parseCommandLine(argv: readonly string[]): Command {
  if (isCatalogCommand(argv)) return parseCatalogCommand(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        "fail-under": { type: "string" },
        "fail-on": { type: "string" },
        package: { type: "string" },
        rebuild: { type: "boolean" },
        probe: { type: "boolean" },
        "probe-url": { type: "string" },
        against: { type: "string" },
        offline: { type: "boolean" },
        config: { type: "string" },
        "cache-dir": { type: "string" },
        registry: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split("\n")[0]} (see mcp-trust --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...rest] = positionals;
  if (!command) return { command: "help" };

  const common: CommonArgs = { format: "text", offline: values.offline === true };
  if (values.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(values.format))
      throw new UserError(`--format must be one of ${FORMATS.join(", ")} (got "${values.format}")`);
    common.format = values.format as Format;
  }
  if (values.output !== undefined) common.output = values.output;
  if (values["fail-under"] !== undefined) {
    const n = Number(values["fail-under"]);
    if (values["fail-under"].trim() === "" || !Number.isFinite(n) || n < 0 || n > 100)
      throw new UserError(`--fail-under must be a number from 0 to 100 (got "${values["fail-under"]}")`);
    common.failUnder = n;
  }
  if (values["fail-on"] !== undefined) {
    const s = values["fail-on"];
    if (!(s === "none" || (SEVERITIES as readonly string[]).includes(s)))
      throw new UserError(`--fail-on must be one of ${SEVERITIES.join(", ")}, none (got "${s}")`);
    common.failOn = s as Severity | "none";
  }
  if (values.config !== undefined) common.config = values.config;
  if (values["cache-dir"] !== undefined) common.cacheDir = values["cache-dir"];
  if (values.registry !== undefined) common.registry = values.registry;
  if (values["no-color"]) common.color = false;
  else if (values.color) common.color = true;

  if (command === "scan") {
    if (rest.length > 1) throw new UserError(`scan takes one target, got ${rest.length}: ${rest.join(" ")}`);
    if (values.rebuild && rest[0]?.startsWith("npm:"))
      throw new UserError(`--rebuild rebuilds a source tree to compare with its published package; an npm: target is the published package itself`);
    return {
      command: "scan",
      target: rest[0] ?? ".",
      ...(values.package ? { packageSpec: values.package } : {}),
      ...(values.rebuild ? { rebuild: true } : {}),
      ...(values.probe || values["probe-url"] !== undefined ? { probe: values["probe-url"] !== undefined ? { url: probeUrl(values["probe-url"]) } : {} } : {}),
      ...common,
    };
  }
  if (command === "verify-pack") {
    if (rest.length > 1) throw new UserError(`verify-pack takes one directory, got ${rest.length}: ${rest.join(" ")}`);
    if (!values.against) throw new UserError(`verify-pack needs --against npm:name@version (the published package to compare with)`);
    return { command: "verify-pack", dir: rest[0] ?? ".", against: values.against, ...common };
  }
  if (command === "diff") {
    if (rest.length !== 2) throw new UserError(`diff takes two targets, BASE and HEAD (got ${rest.length})`);
    if (values.package) throw new UserError(`--package goes with scan, not diff`);
    return { command: "diff", base: rest[0]!, head: rest[1]!, ...common };
  }
  throw new UserError(`unknown command "${command}" (commands: scan, diff, verify-pack, catalog, worker; see mcp-trust --help)`);
}

function probeUrl(value: string): string {
  if (!/^https?:\/\/[^/]/i.test(value)) throw new UserError(`--probe-url must be an http:// or https:// URL (got "${value}")`);
  return value;
}
