/** `mcp-trust --help` and `mcp-trust <command> --help`: what each command does, its options, and examples. Imports nothing heavy. */

export type HelpTopic = "scan" | "diff" | "verify-pack";
export const HELP_TOPICS: readonly HelpTopic[] = ["scan", "diff", "verify-pack"];

const OUTPUT_OPTIONS = `  --format text|json|markdown|sarif
                         output format (default: text); sarif is SARIF 2.1.0
  --output FILE          write the report to FILE (atomically) instead of stdout
  --color, --no-color    force ANSI colours on or off (default: on for a terminal; NO_COLOR and FORCE_COLOR are honoured)`;

const GATE_OPTIONS = `  --fail-on SEVERITY     exit 1 on a finding at or above SEVERITY: critical|high|medium|low|info|none
                         (default: the config's fail-on, else critical; none turns the gate off)
  --fail-under N         exit 1 when the score is below N (0-100)`;

const REGISTRY_OPTIONS = `  --offline              use only cached registry data; checks that need the network are reported skipped
  --config FILE          config file (default: .github/mcp-trust.yml or .mcp-trust.yml in the tree)
  --cache-dir DIR        registry cache (default: ~/.cache/mcp-trust)
  --registry URL         npm registry (default: npm_config_registry or the public registry)`;

const EXIT_CODES = "Exit codes: 0 pass, 1 gate failed, 2 usage or input error, 3 internal error.";

const TOPICS: Record<HelpTopic, string> = {
  scan: `Usage: mcp-trust scan [dir|npm:spec] [options]

Score an MCP server across supply chain, package verification, code, remote endpoint and transport.
The target is a directory (default: the current one) or a published package (npm:name@version).

Options:
${OUTPUT_OPTIONS}
${GATE_OPTIONS}
  --package SPEC         the published npm package of this tree, to verify against (npm:name@version)
  --rebuild              run the package's build in a scratch copy and compare its pack byte for byte
  --probe                start the server over stdio (it runs its code, in a scratch dir, 10 s) and check MCP conformance
  --probe-url URL        probe a running HTTP server at URL instead (implies --probe)
${REGISTRY_OPTIONS}

Examples:
  mcp-trust scan                                        # the server in the current directory
  mcp-trust scan npm:@modelcontextprotocol/server-filesystem
  mcp-trust scan . --fail-on high --format sarif --output mcp-trust.sarif
  mcp-trust scan . --package npm:my-server@1.2.0        # is the published tarball this source?

${EXIT_CODES}`,
  diff: `Usage: mcp-trust diff BASE HEAD [options]

What changed between two versions of a server (each a directory or npm:spec): score per dimension, new and
resolved findings, dependency changes and changed tool descriptions. The gate counts only NEW findings.

Options:
${OUTPUT_OPTIONS}
${GATE_OPTIONS}
${REGISTRY_OPTIONS}

Examples:
  mcp-trust diff npm:my-server@1.2.0 npm:my-server@1.3.0   # release to release
  mcp-trust diff ../main-checkout .                         # this branch against main
  mcp-trust diff old/ new/ --format markdown > delta.md     # the pull request comment, locally

${EXIT_CODES}`,
  "verify-pack": `Usage: mcp-trust verify-pack [dir] --against npm:name@version [options]

Pack a built directory the way npm does (no scripts run) and compare it file by file with the published tarball.

Options:
  --against SPEC         the published package to compare with (npm:name@version)
  --format text|json     output format (default: text)
  --output FILE          write the result to FILE instead of stdout
${REGISTRY_OPTIONS}

Examples:
  npm run build && mcp-trust verify-pack . --against npm:my-server@1.3.0

${EXIT_CODES}`,
};

const OVERVIEW = `Usage: mcp-trust <command> [options]

Commands:
  scan [dir|npm:spec]    score an MCP server (default: the current directory)
  diff BASE HEAD         what changed between two trees or packages; the gate counts new findings only
  verify-pack [dir]      compare a built directory's pack with the published tarball (--against npm:spec)

Run \`mcp-trust <command> --help\` for a command's options and examples.

Examples:
  mcp-trust scan npm:@modelcontextprotocol/server-filesystem
  mcp-trust scan . --fail-on high
  mcp-trust diff npm:my-server@1.2.0 npm:my-server@1.3.0

Options:
  -h, --help             this help
  -v, --version          the version

${EXIT_CODES}`;

export function helpText(topic?: HelpTopic): string {
  return topic ? TOPICS[topic] : OVERVIEW;
}
