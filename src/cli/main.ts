/**
 * The CLI: parse, scan or diff, render, write, gate; UserErrors become one line and exit 2. Everything past argument
 * parsing is imported when a command needs it, so `--help` answers at once.
 */
import { writeFileAtomic } from "../atomic-write.js";
import { UserError } from "../errors.js";
import { environmentSecrets, redactText } from "../redact.js";
import type { Gate, GateResult } from "../gate.js";
import type { Config, Delta, Report } from "../model.js";
import type { ScanOptions } from "../scan.js";
import { parseCommandLine, type CommonArgs } from "./args.js";
import { colorEnabled } from "./color.js";
import { helpText } from "./help.js";
import { progressReporter } from "./progress.js";
import type { CatalogIo } from "./catalog.js";

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Extra scan options (tests inject clients and a clock). */
  scanOptions?: Partial<ScanOptions>;
  /** Defaults to process.env (NO_COLOR, FORCE_COLOR). */
  env?: NodeJS.ProcessEnv;
  /** Catalog and worker: tests inject an executor, a fetch and a signal source. */
  catalog?: Omit<CatalogIo, "stdout" | "stderr">;
}

export async function runCli(argv: readonly string[], given: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // Everything the CLI prints (reports, progress, error lines) passes through the redaction: no token of the tree,
  // no credential of a registry URL and no secret of the environment is written whole.
  const secrets = environmentSecrets(given.env ?? process.env);
  const io: CliIo = { ...given, stdout: redacting(given.stdout, secrets), stderr: redacting(given.stderr, secrets) };
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

function redacting<T extends { write(s: string): unknown }>(stream: T, secrets: readonly string[]): T {
  const write = (s: string): unknown => stream.write(redactText(s, secrets));
  return new Proxy(stream, { get: (target, key, receiver) => (key === "write" ? write : Reflect.get(target, key, receiver)) });
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  if (command.command === "help") {
    io.stdout.write(`${helpText(command.topic)}\n`);
    return 0;
  }
  if (command.command === "version") {
    const { TOOL } = await import("../version.js");
    io.stdout.write(`${TOOL.version}\n`);
    return 0;
  }
  if (command.command === "catalog" || command.command === "worker") {
    const { runCatalogCommand, runWorkerCommand } = await import("./catalog.js");
    const catalogIo = { ...io.catalog, stdout: io.stdout, stderr: io.stderr };
    return command.command === "catalog" ? runCatalogCommand(command, catalogIo) : runWorkerCommand(command, catalogIo);
  }
  const progress = progressReporter(io.stderr);
  if (command.command === "verify-pack") {
    const { runVerifyPack } = await import("./verify-pack.js");
    return runVerifyPack(command, io, progress);
  }
  const [{ scan }, { evaluateGate }, { diff }] = await Promise.all([import("../scan.js"), import("../gate.js"), import("../diff.js")]);
  const scanOptions = (target: string): ScanOptions => ({
    target,
    offline: command.offline,
    ...(command.config ? { configPath: command.config } : {}),
    ...(command.cacheDir ? { cacheDir: command.cacheDir } : {}),
    ...(command.registry ? { registry: command.registry } : {}),
    progress: progress.update,
    ...io.scanOptions,
  });
  const color = colorEnabled(command.color, io.env ?? process.env, command.output === undefined && io.stdout.isTTY === true);
  const width = io.stdout.isTTY ? io.stdout.columns : undefined;

  if (command.command === "scan") {
    if (command.packageSpec?.startsWith("pypi:")) {
      const { parsePypiSpec } = await import("../sources/pypi.js");
      parsePypiSpec(command.packageSpec);
    } else if (command.packageSpec) {
      const { parseNpmSpec } = await import("../sources/npm.js");
      parseNpmSpec(command.packageSpec.startsWith("npm:") ? command.packageSpec : `npm:${command.packageSpec}`);
    }
    const options = {
      ...scanOptions(command.target),
      ...(command.packageSpec ? { packageSpec: command.packageSpec } : {}),
      ...(command.rebuild ? { rebuild: true } : {}),
      ...(command.probe ? { probe: command.probe } : {}),
    };
    const report = await scan(options).finally(progress.done);
    const gate = evaluateGate(report.score, report.findings, await gateFor(command, report), "all");
    emit(command, await render(command, report, gate, color, width), io);
    return finish(gate, io);
  }

  // Both targets are checked before either is scanned: a typo in HEAD should not cost a full scan of BASE.
  for (const target of [command.base, command.head]) await checkTarget(target);
  const base = await scan(scanOptions(command.base)).finally(progress.done);
  const head = await scan(scanOptions(command.head)).finally(progress.done);
  const delta = diff(base, head);
  const gate = evaluateGate(delta.head.score, delta.newFindings, await gateFor(command, head), "new");
  emit(command, await renderDelta(command, delta, gate, color, width), io);
  return finish(gate, io);
}

async function checkTarget(target: string): Promise<void> {
  const { isNpmTarget, parseNpmSpec } = await import("../sources/npm.js");
  const { isPypiTarget, parsePypiSpec } = await import("../sources/pypi.js");
  if (isNpmTarget(target)) parseNpmSpec(target);
  else if (isPypiTarget(target)) parsePypiSpec(target);
  else (await import("../sources/local.js")).openDirectory(target);
}

/** The gate: command-line flags win over the scanned tree's config; with neither, a new critical finding fails. */
async function gateFor(args: CommonArgs, report: Report): Promise<Gate> {
  const { resolveGate } = await import("../gate.js");
  const config = await configOf(args, report);
  return resolveGate([
    { failUnder: args.failUnder, failOn: args.failOn, from: "command line" },
    { failUnder: config?.failUnder, failOn: config?.failOn, from: config?.source ?? "config" },
  ]);
}

/** Only a directory target's config (or an explicit --config) sets the gate: a published package's config is not the user's. */
async function configOf(args: CommonArgs, report: Report): Promise<Config | undefined> {
  const { loadConfig } = await import("../config.js");
  if (args.config) return loadConfig(".", args.config);
  if (report.target.kind === "directory") return loadConfig(report.target.label);
  return undefined;
}

async function render(args: CommonArgs, report: Report, gate: GateResult, color: boolean, width: number | undefined): Promise<string> {
  if (args.format === "json") return (await import("../report/json.js")).renderJson(report);
  if (args.format === "markdown") return (await import("../report/markdown.js")).renderMarkdown(report, { gate });
  if (args.format === "sarif") return (await import("../report/sarif.js")).renderSarif(report.findings, { tool: report.tool });
  const [{ renderText }, { outputWidth }] = await Promise.all([import("../report/text.js"), import("../report/wrap.js")]);
  return renderText(report, { color, gate, width: outputWidth(width) });
}

async function renderDelta(args: CommonArgs, delta: Delta, gate: GateResult, color: boolean, width: number | undefined): Promise<string> {
  if (args.format === "json") return (await import("../report/json.js")).renderJson(delta);
  if (args.format === "markdown") return (await import("../report/markdown.js")).renderDeltaMarkdown(delta, { gate });
  if (args.format === "sarif") {
    const [{ renderSarif }, { TOOL }] = await Promise.all([import("../report/sarif.js"), import("../version.js")]);
    return renderSarif(delta.newFindings, { tool: TOOL });
  }
  const [{ renderDeltaText }, { outputWidth }] = await Promise.all([import("../report/text.js"), import("../report/wrap.js")]);
  return renderDeltaText(delta, { color, gate, width: outputWidth(width) });
}

function emit(args: CommonArgs, text: string, io: CliIo): void {
  if (args.output) writeFileAtomic(args.output, redactText(text, environmentSecrets(io.env ?? process.env)));
  else io.stdout.write(text);
}

function finish(gate: GateResult, io: CliIo): number {
  if (gate.status !== "failed") return 0;
  for (const reason of gate.reasons) io.stderr.write(`mcp-trust: gate failed: ${reason}\n`);
  return 1;
}
