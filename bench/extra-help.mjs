// `--help` must answer in under half a second: the CLI imports the scan pipeline only when a command needs it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "mcp-trust.js");

function fastest(args, runs = 5) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, ...args], { stdio: "ignore" });
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return Math.round(best);
}

export async function bench() {
  return [
    { name: "mcp-trust --help (fastest of 5, process start included)", value: fastest(["--help"]), target: 500, unit: "ms", ok: false },
    { name: "mcp-trust scan --help", value: fastest(["scan", "--help"]), target: 500, unit: "ms", ok: false },
  ].map((row) => ({ ...row, ok: row.value <= row.target }));
}
