/** The CLI: parse, scan or diff, render, write, gate; UserErrors become one line and exit 2. */
import { writeFileAtomic } from "../atomic-write.js";
import { loadConfig } from "../config.js";
import { diff } from "../diff.js";
import { UserError } from "../errors.js";
import { evaluateGate, type GateOptions } from "../gate.js";
import type { Config, Delta, Report } from "../model.js";
import { renderJson } from "../report/json.js";
import { renderDeltaMarkdown, renderMarkdown } from "../report/markdown.js";
import { renderSarif } from "../report/sarif.js";
import { renderDeltaText, renderText } from "../report/text.js";
import { scan, type ScanOptions } from "../scan.js";
import { openDirectory } from "../sources/local.js";
import { isNpmTarget, parseNpmSpec } from "../sources/npm.js";
import { TOOL } from "../version.js";
import { USAGE, parseCommandLine, type CommonArgs } from "./args.js";
import { runVerifyPack } from "./verify-pack.js";
import { CATALOG_USAGE } from "./catalog-args.js";
import { runCatalogCommand, runWorkerCommand, type CatalogIo } from "./catalog.js";

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Extra scan options (tests inject clients and a clock). */
  scanOptions?: Partial<ScanOptions>;
  /** Catalog and worker: tests inject an executor, a fetch and a signal source. */
  catalog?: Omit<CatalogIo, "stdout" | "stderr">;
}

export async function runCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`mcp-trust: ${error.oneLine()}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  if (command.command === "help") {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.command === "version") {
    io.stdout.write(`${TOOL.version}\n`);
    return 0;
  }
  if (command.command === "catalog-help") {
    io.stdout.write(`${CATALOG_USAGE}\n`);
    return 0;
  }
  if (command.command === "catalog") return runCatalogCommand(command, { ...io.catalog, stdout: io.stdout, stderr: io.stderr });
  if (command.command === "worker") return runWorkerCommand(command, { ...io.catalog, stdout: io.stdout, stderr: io.stderr });
  const progress = progressReporter(io.stderr);
  if (command.command === "verify-pack") return runVerifyPack(command, io, progress);
  const scanOptions = (target: string): ScanOptions => ({
    target,
    offline: command.offline,
    ...(command.config ? { configPath: command.config } : {}),
    ...(command.cacheDir ? { cacheDir: command.cacheDir } : {}),
    ...(command.registry ? { registry: command.registry } : {}),
    progress: progress.update,
    ...io.scanOptions,
  });
  const color = command.color ?? (command.output === undefined && io.stdout.isTTY === true);

  if (command.command === "scan") {
    if (command.packageSpec) parseNpmSpec(command.packageSpec.startsWith("npm:") ? command.packageSpec : `npm:${command.packageSpec}`);
    const options = {
      ...scanOptions(command.target),
      ...(command.packageSpec ? { packageSpec: command.packageSpec } : {}),
      ...(command.rebuild ? { rebuild: true } : {}),
      ...(command.probe ? { probe: command.probe } : {}),
    };
    const report = await scan(options).finally(progress.done);
    const gate = evaluateGate(report.score, report.findings, gateOptions(command, await configOf(command, report)));
    emit(command, render(command, report, color), io);
    return finish(gate, io);
  }

  // Both targets are checked before either is scanned: a typo in HEAD should not cost a full scan of BASE.
  for (const target of [command.base, command.head]) checkTarget(target);
  const base = await scan(scanOptions(command.base)).finally(progress.done);
  const head = await scan(scanOptions(command.head)).finally(progress.done);
  const delta = diff(base, head);
  const gate = evaluateGate(delta.head.score, delta.newFindings, gateOptions(command, await configOf(command, head)));
  emit(command, renderDelta(command, delta, color), io);
  return finish(gate, io);
}

function checkTarget(target: string): void {
  if (isNpmTarget(target)) parseNpmSpec(target);
  else openDirectory(target);
}

/** The gate's thresholds: command-line flags win over the scanned tree's config. */
function gateOptions(args: CommonArgs, config: Config | undefined): GateOptions {
  const failUnder = args.failUnder ?? config?.failUnder;
  const failOn = args.failOn ?? config?.failOn;
  return { ...(failUnder !== undefined ? { failUnder } : {}), ...(failOn !== undefined ? { failOn } : {}) };
}

/** Only a directory target's config (or an explicit --config) sets the gate: a published package's config is not the user's. */
async function configOf(args: CommonArgs, report: Report): Promise<Config | undefined> {
  if (args.config) return loadConfig(".", args.config);
  if (report.target.kind === "directory") return loadConfig(report.target.label);
  return undefined;
}

function render(args: CommonArgs, report: Report, color: boolean): string {
  if (args.format === "json") return renderJson(report);
  if (args.format === "markdown") return renderMarkdown(report);
  if (args.format === "sarif") return renderSarif(report.findings, { tool: report.tool });
  return renderText(report, { color });
}

function renderDelta(args: CommonArgs, delta: Delta, color: boolean): string {
  if (args.format === "json") return renderJson(delta);
  if (args.format === "markdown") return renderDeltaMarkdown(delta);
  if (args.format === "sarif") return renderSarif(delta.newFindings, { tool: TOOL });
  return renderDeltaText(delta, { color });
}

function emit(args: CommonArgs, text: string, io: CliIo): void {
  if (args.output) writeFileAtomic(args.output, text);
  else io.stdout.write(text);
}

function finish(gate: { passed: boolean; reasons: string[] }, io: CliIo): number {
  if (gate.passed) return 0;
  for (const reason of gate.reasons) io.stderr.write(`mcp-trust: gate failed: ${reason}\n`);
  return 1;
}

/** A progress line on stderr: rewritten in place on a terminal, step lines only (no counters) elsewhere. */
function progressReporter(stderr: CliIo["stderr"]): { update: (message: string) => void; done: () => void } {
  let shown = false;
  let last = "";
  return {
    update(message) {
      if (stderr.isTTY) {
        stderr.write(`\r\u001b[2K${message}`);
        shown = true;
      } else if (!/\d+\/\d+$/.test(message) && message !== last) {
        stderr.write(`mcp-trust: ${message}\n`);
      }
      last = message;
    },
    done() {
      if (shown) stderr.write("\r\u001b[2K");
      shown = false;
    },
  };
}
