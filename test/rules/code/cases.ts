/** Shared fixture builders for the code rules' tables: a tiny MCP server package and minified variants of its source. */
import { transformSync } from "esbuild";

export const manifest = JSON.stringify({ name: "demo-server", version: "1.0.0", type: "module" }, null, 2);

/** A package with one TypeScript source file. */
export function server(source: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "package.json": manifest, "src/index.ts": source, ...extra };
}

/** The same source minified by esbuild into one line, as a published bundle ships it. */
export function minified(source: string): Record<string, string> {
  const code = transformSync(source, { loader: "ts", minify: true, format: "esm" }).code;
  return { "package.json": manifest, "dist/index.js": code };
}

/** A Python server: pyproject.toml and one module. */
export function pyServer(source: string): Record<string, string> {
  return { "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n', "src/demo/server.py": source };
}
