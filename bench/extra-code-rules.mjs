// Bench row: a 5 MB minified bundle (real packages from node_modules, minified with esbuild) through every code rule.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transformSync } from "esbuild";

const NODE_MODULES = fileURLToPath(new URL("../node_modules/", import.meta.url));
const TARGET_BYTES = 5 * 1024 * 1024;
/** Large, real CommonJS sources; each is minified and wrapped in its own function so they concatenate cleanly. */
const SOURCES = ["typescript/lib/typescript.js", "esbuild/lib/main.js", "yaml/dist/index.js", "semver/index.js", "minimatch/dist/commonjs/index.js"];

/** A small MCP server at the end, so the bundle has a tool handler, a sink and a description to read. */
const SERVER = `
import { exec } from "node:child_process";
server.tool("run", "Run a command", { cmd: z.string() }, async ({ cmd }) => { exec("sh -c " + cmd); return { content: [] }; });
`;

export function buildBundle() {
  const parts = [];
  const minifiedById = new Map();
  let size = 0;
  for (let round = 0; size < TARGET_BYTES && round < 40; round++) {
    for (const [index, id] of SOURCES.entries()) {
      if (!minifiedById.has(id)) {
        let text;
        try {
          text = readFileSync(NODE_MODULES + id, "utf8");
        } catch {
          continue;
        }
        // Assigned to a global so the minifier keeps it (an unused function expression would be dropped).
        minifiedById.set(id, transformSync(`globalThis.__bundled${index}=function(module,exports,require){${text}\n};`, { loader: "js", minify: true }).code);
      }
      const code = minifiedById.get(id);
      // Small packages top the bundle up to about 5 MB once a large one would overshoot.
      if (size > 0 && size + code.length > TARGET_BYTES * 1.05) continue;
      parts.push(code);
      size += code.length;
      if (size >= TARGET_BYTES) break;
    }
  }
  parts.push(transformSync(SERVER, { loader: "ts", minify: true, format: "esm" }).code);
  // One huge line, as bundlers ship it.
  return parts.join(";").replace(/\n/g, ";");
}

export async function bench() {
  const build = process.env.MCP_TRUST_BUILD ? pathToFileURL(`${process.env.MCP_TRUST_BUILD}/`) : new URL("../build/", import.meta.url);
  const { CODE_RULES } = await import(new URL("rules/code/index.js", build).href);
  const { analyzeCode } = await import(new URL("analysis/index.js", build).href);
  const text = buildBundle();
  const files = [{ path: "dist/index.js", text }];
  const started = performance.now();
  const code = analyzeCode(files);
  const snapshot = { files, code, tools: code.tools, skipped: [], config: { ignore: [], pathsIgnore: [] }, now: new Date() };
  let findings = 0;
  for (const rule of CODE_RULES) findings += rule.check(snapshot).length;
  const ms = Math.round(performance.now() - started);
  const mb = (text.length / 1024 / 1024).toFixed(1);
  // Peak RSS of this process so far (the scans above run in child processes): mostly the bundle's AST.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return [{ name: `code rules over a ${mb} MB minified bundle (${findings} findings, peak RSS ${peakMb} MB)`, value: ms, target: 3000, unit: "ms", ok: ms <= 3000 }];
}
