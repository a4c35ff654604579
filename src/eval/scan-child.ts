/** Runs one scan as users run it (the built CLI in a child process) under a time limit, and reads its JSON report. */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { EvalReport, ScanOutcome } from "./outcome.js";

export interface ScanChildOptions {
  /** bin/mcp-trust.js of the checkout being measured. */
  cli: string;
  timeoutMs: number;
}

/** Exit codes that mean the scan ran: 0 pass, 1 gate failed (not expected with --fail-on none, but still a report). */
const REPORT_EXIT_CODES = new Set([0, 1]);
const STDERR_KEPT = 4000;

/** The line of stderr that says what went wrong: an uncaught error's own line, else the last message line. */
function failureLine(text: string): string {
  const lines = text.trim().split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  const thrown = lines.find((line) => /^(\w*Error|Error)\b.*:/.test(line));
  const messages = lines.filter((line) => !/^(at |Node\.js v|mcp-trust: (fetching|checking|resolving))/.test(line) && !/^\^+$/.test(line));
  return (thrown ?? messages.at(-1) ?? "no output").slice(0, 300);
}

export function scanInChild(spec: string, options: ScanChildOptions): Promise<ScanOutcome> {
  const work = mkdtempSync(path.join(tmpdir(), "mcp-trust-eval-"));
  const output = path.join(work, "report.json");
  const started = Date.now();
  return new Promise<ScanOutcome>((resolve) => {
    // detached: the child leads its own process group, so a time-out ends whatever it started too.
    const child = spawn(process.execPath, [options.cli, "scan", `npm:${spec}`, "--format", "json", "--fail-on", "none", "--output", output, "--no-color"], {
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, options.timeoutMs);
    const finish = (outcome: ScanOutcome) => {
      clearTimeout(timer);
      rmSync(work, { recursive: true, force: true });
      resolve(outcome);
    };
    child.on("error", (error) => finish({ spec, status: "crash", exitCode: null, message: error.message, durationMs: Date.now() - started }));
    child.on("close", (code) => {
      const durationMs = Date.now() - started;
      if (timedOut) return finish({ spec, status: "timeout", message: `no report after ${Math.round(options.timeoutMs / 1000)} s`, durationMs });
      if (code === null || !REPORT_EXIT_CODES.has(code) || !existsSync(output)) {
        // Node exits 1 on an uncaught exception too: exit 1 without a report is a crash, not a gate.
        return finish({ spec, status: "crash", exitCode: code, message: failureLine(stderr), durationMs });
      }
      try {
        const report = JSON.parse(readFileSync(output, "utf8")) as EvalReport;
        if (!Array.isArray(report.findings)) throw new Error("the report has no findings array");
        finish({ spec, status: "ok", report, durationMs });
      } catch (error) {
        finish({ spec, status: "crash", exitCode: code, message: `unreadable report: ${error instanceof Error ? error.message : String(error)}`, durationMs });
      }
    });
  });
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the input order in the result. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * The version the registry's `latest` tag names now, asked with npm's own client. Scanning `name@version` rather
 * than a bare name keeps runs comparable and the cache honest: a new release is a new spec.
 */
export function latestVersion(name: string, timeoutMs = 60000): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("npm", ["view", name, "version", "--json"], { timeout: timeoutMs, encoding: "utf8" }, (error, stdout) => {
      if (error) return resolve(undefined);
      try {
        const version = JSON.parse(stdout) as unknown;
        resolve(typeof version === "string" ? version : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}
