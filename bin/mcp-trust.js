#!/usr/bin/env node
// The CLI entry: runs the compiled CLI; an unexpected error is a bug and keeps its stack.
import { existsSync } from "node:fs";

const main = new URL("../build/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("mcp-trust: not built yet: run `npm run build` (npm ci does it for you)\n");
  process.exit(2);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
