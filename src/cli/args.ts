/** Command-line parsing for `mcp-trust scan` and `mcp-trust diff`; every mistake is a UserError (exit 2). */
import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import { SEVERITIES, type Severity } from "../model.js";
import { HELP_TOPICS, helpText, type HelpTopic } from "./help.js";
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
  | { command: "help"; topic?: HelpTopic }
  | { command: "version" };

/** The overview help; `mcp-trust <command> --help` prints the command's own (src/cli/help.ts). */
export const USAGE = helpText();

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
  const [command, ...rest] = positionals;
  const topic = (name: string | undefined): HelpTopic | undefined => (HELP_TOPICS as readonly string[]).includes(name ?? "") ? (name as HelpTopic) : undefined;
  if (command === "help") return { command: "help", ...(topic(rest[0]) ? { topic: topic(rest[0])! } : {}) };
  if (values.help) return { command: "help", ...(topic(command) ? { topic: topic(command)! } : {}) };
  if (values.version) return { command: "version" };
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
