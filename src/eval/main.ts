/** `npm run eval`: scans the advisory pairs and the popular list with the built CLI and prints the four figures. */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";
import { RULESET } from "../score.js";
import { TOOL } from "../version.js";
import { writeFileAtomic } from "../atomic-write.js";
import { buildId, readCached, writeCached } from "./cache.js";
import { parseAdvisories, parsePopularList, parseTriage, specName } from "./lists.js";
import type { ScanOutcome } from "./outcome.js";
import { judgeFindings } from "./precision.js";
import { scorePair, summariseRecall } from "./recall.js";
import { renderEval } from "./render.js";
import { latestVersion, mapBounded, scanInChild } from "./scan-child.js";
import { seriousShares } from "./shares.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const USAGE = `Usage: npm run eval -- [options]
  --rescan          ignore cached results and scan everything again
  --jobs N          scans at a time (default: the number of cores)
  --timeout S       seconds a scan may take before it is killed and counted as a miss (default 300)
  --only TEXT       only the specs whose name contains TEXT (the figures then cover that subset)
  --json FILE       also write the results as JSON to FILE
Results are cached per spec in .eval-cache/ and reused while build/ and data/ are unchanged.`;

function readList(name: string): string {
  return readFileSync(path.join(root, "eval", name), "utf8");
}

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} needs a positive whole number, not "${value}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      rescan: { type: "boolean" },
      jobs: { type: "string" },
      timeout: { type: "string" },
      only: { type: "string" },
      json: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const jobs = positiveInt(values.jobs, "--jobs", availableParallelism());
  const timeoutMs = positiveInt(values.timeout, "--timeout", 300) * 1000;
  const only = values.only;
  const keep = (spec: string) => only === undefined || spec.includes(only);

  const pairs = parseAdvisories(readList("advisories.tsv"), "eval/advisories.tsv").filter((p) => keep(p.vulnerable) || keep(p.fixed));
  const popular = parsePopularList(readList("popular.txt"), "eval/popular.txt").filter(keep);
  const triage = parseTriage(readList("triage.tsv"), "eval/triage.tsv");

  const build = buildId(root);
  const cacheDir = path.join(root, ".eval-cache");
  const cli = path.join(root, "bin", "mcp-trust.js");
  // Popular servers are scanned at the version `latest` names today (resolved here, not by the scan's own cache).
  const popularSpecs = await mapBounded(popular, jobs * 2, async (name) => {
    const version = await latestVersion(name);
    if (!version) process.stderr.write(`eval: cannot resolve the latest version of ${name}; scanning the bare name\n`);
    return version ? `${name}@${version}` : name;
  });
  const specs = [...new Set([...pairs.flatMap((p) => [p.vulnerable, p.fixed]), ...popularSpecs])];
  let done = 0;
  const outcomes = await mapBounded(specs, jobs, async (spec) => {
    const cached = values.rescan ? undefined : readCached(cacheDir, spec, build);
    const outcome = cached ?? (await scanInChild(spec, { cli, timeoutMs }));
    // A failed scan is cached only if the build it ran is still the one the entry will name (npm ci or a rebuild
    // mid-run would otherwise leave crashes cached against a build that works).
    if (!cached && (outcome.status === "ok" || buildId(root) === build)) writeCached(cacheDir, spec, build, outcome);
    done += 1;
    process.stderr.write(`eval: ${done}/${specs.length} ${spec}: ${outcome.status}${cached ? " (cached)" : ` in ${(outcome.durationMs / 1000).toFixed(1)} s`}\n`);
    return outcome;
  });
  if (buildId(root) !== build) {
    // A rebuild (or npm ci) mid-run means later scans ran other code than the cache entries say.
    throw new UserError("build/ or data/ changed while the scans ran, so the results mix two builds: rerun with --rescan");
  }
  const bySpec = new Map<string, ScanOutcome>(outcomes.map((o) => [o.spec, o]));
  const outcomeOf = (spec: string) => bySpec.get(spec) as ScanOutcome;

  const pairResults = pairs.map((pair) => scorePair(pair, outcomeOf(pair.vulnerable), outcomeOf(pair.fixed)));
  const popularOutcomes = popularSpecs.map(outcomeOf);
  const precision = judgeFindings(popularOutcomes, triage, (spec) => specName(spec) ?? spec);
  // On a subset, rows for the servers left out are not stale.
  if (only !== undefined) precision.unusedRows = precision.unusedRows.filter((row) => keep(row.package));
  const results = {
    heading: `mcp-trust eval, ${new Date().toISOString().slice(0, 10)}, ${TOOL.name} ${TOOL.version} ruleset ${RULESET}, build ${build}${only === undefined ? "" : `, only "${only}"`}`,
    recall: summariseRecall(pairResults),
    pairs: pairResults,
    precision,
    shares: seriousShares(popularOutcomes),
    popular: popularOutcomes,
  };
  process.stdout.write(renderEval(results));
  if (values.json) writeFileAtomic(values.json, `${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      process.stderr.write(`eval: ${error.oneLine()}\n`);
      process.exitCode = 2;
    } else if (error instanceof Error && "code" in error && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`eval: ${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  },
);
