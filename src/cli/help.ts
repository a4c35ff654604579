/** `mcp-trust --help` and `mcp-trust <command> --help`: what each command does, its options, and examples. Imports nothing heavy. */

export type HelpTopic = "scan" | "diff" | "verify-pack" | "catalog" | "worker";
export const HELP_TOPICS: readonly HelpTopic[] = ["scan", "diff", "verify-pack", "catalog", "worker"];

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

const SCAN_LIMITS = `  --concurrency N        scans at once, each in its own worker process (default: the number of cores)
  --timeout SECONDS      stop a scan after this long; its row is failed (timeout) (default 180)
  --memory MB            stop a scan whose process uses more memory than this (default 1024)
  --offline              use only cached registry data; checks that need the network are reported skipped
  --cache-dir DIR        registry cache, shared by every worker process (default: ~/.cache/mcp-trust)
  --registry URL         npm registry (default: npm_config_registry or the public registry)`;

const CATALOG_HELP = `Usage: mcp-trust catalog --from FILE | --from-registry [URL] [options]

Scan every server of a list and write results.jsonl (one report per server, keyed by name@version),
summary.json and summary.md (per-dimension shares beside the seed study, grades, top rules, failures).
A rerun skips finished servers and retries failed ones; Ctrl-C lets the scans in flight finish (exit 130).

Options:
  --from FILE            server.json documents (JSON, an array, a registry listing, or one per line)
                         or package specs, one a line (npm:name[@version], pypi:name[==version], a bare npm name)
  --from-registry [URL]  the servers an MCP registry lists (default: https://registry.modelcontextprotocol.io)
  --out DIR              where results.jsonl and the summaries go (default: the current directory)
  --site DIR             also write a static site: an index with filters, a page and a badge per server
  --queue redis://HOST:PORT
                         enqueue the scans on BullMQ instead of scanning here; \`mcp-trust worker\` does them
  --rescan               scan finished servers again too
  --limit N              only the first N servers of the list
${SCAN_LIMITS}

Examples:
  mcp-trust catalog --from servers.txt --out out/ --site out/site/
  mcp-trust catalog --from-registry --out out/ --concurrency 4
  mcp-trust catalog --from-registry --queue redis://127.0.0.1:6379 --out out/

Exit codes: 0 done, 2 usage or input error, 3 internal error, 130 interrupted (run it again to resume).`;

const WORKER_HELP = `Usage: mcp-trust worker --queue redis://HOST:PORT [options]

Take catalog scans from a BullMQ queue on Redis and run them, each in a worker process; run any number of
workers on any machines. A worker killed mid-scan loses its lock and another takes the job over. Ctrl-C
finishes the jobs in hand; a second Ctrl-C leaves them to the other workers.

Options:
  --queue redis://HOST:PORT
                         the Redis the catalog enqueued on
${SCAN_LIMITS}

Examples:
  mcp-trust worker --queue redis://127.0.0.1:6379 --concurrency 4

Exit codes: 0 stopped, 2 usage error.`;

const TOPICS: Record<HelpTopic, string> = {
  catalog: CATALOG_HELP,
  worker: WORKER_HELP,
  scan: `Usage: mcp-trust scan [dir|npm:spec|pypi:spec] [options]

Score an MCP server across supply chain, package verification, code, remote endpoint and transport.
The target is a directory (default: the current one) or a published package (npm:name@version, pypi:name==version).

Options:
${OUTPUT_OPTIONS}
${GATE_OPTIONS}
  --package SPEC         the published package of this tree, to verify against (npm:name@version, pypi:name==version)
  --rebuild              run the package's build in a scratch copy and compare its pack byte for byte
  --probe                start the server over stdio (it runs its code, in a scratch dir, 10 s) and check MCP conformance
  --probe-url URL        probe a running HTTP server at URL instead (implies --probe)
${REGISTRY_OPTIONS}

Examples:
  mcp-trust scan                                        # the server in the current directory
  mcp-trust scan npm:@modelcontextprotocol/server-filesystem
  mcp-trust scan . --fail-on high --format sarif --output mcp-trust.sarif
  mcp-trust scan . --package npm:my-server@1.2.0        # is the published tarball this source?
  mcp-trust scan . --package pypi:my-server==1.2.0      # are the published sdist and wheel this source?

${EXIT_CODES}`,
  diff: `Usage: mcp-trust diff BASE HEAD [options]

What changed between two versions of a server (each a directory, npm:spec or pypi:spec): score per dimension, new and
resolved findings, dependency changes and changed tool descriptions. The gate counts only NEW findings.

Options:
${OUTPUT_OPTIONS}
${GATE_OPTIONS}
${REGISTRY_OPTIONS}

Examples:
  mcp-trust diff npm:my-server@1.2.0 npm:my-server@1.3.0   # release to release
  mcp-trust diff pypi:my-server==1.2.0 pypi:my-server==1.3.0
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
  catalog --from FILE    scan a whole list of servers, or --from-registry [URL] (results, summary, site)
  worker --queue URL     run catalog scans taken from a BullMQ queue on Redis

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
