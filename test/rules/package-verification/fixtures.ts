/** The smallest TypeScript MCP server package: source tree, and what its release tarball holds after `tsc`. */
import { pkg } from "../../helpers/published.js";

export const manifestFields = {
  bin: { "demo-mcp": "dist/index.js" },
  files: ["dist"],
  scripts: { build: "tsc", prepare: "npm run build" },
  dependencies: { "@modelcontextprotocol/sdk": "^1.24.0" },
  repository: { type: "git", url: "git+https://github.com/demo/demo-mcp.git" },
};

export const source: Record<string, string> = {
  "package.json": pkg(manifestFields),
  "tsconfig.json": `{\n  // the build\n  "compilerOptions": { "outDir": "dist", "rootDir": "src", "strict": true },\n}\n`,
  "src/index.ts": `import { tools } from "./tools.js";\nconsole.error(tools);\n`,
  "src/tools.ts": `export const tools = ["echo"];\n`,
  "README.md": "# demo-mcp\n",
};

export const built: Record<string, string> = {
  "package.json": source["package.json"]!,
  "README.md": source["README.md"]!,
  "dist/index.js": `import { tools } from "./tools.js";\nconsole.error(tools);\n`,
  "dist/index.d.ts": "export {};\n",
  "dist/tools.js": `export const tools = ["echo"];\n`,
};

/** A plain-JavaScript package: no build, so every file is compared byte for byte. */
export const plainSource: Record<string, string> = {
  "package.json": pkg({ name: "plain-mcp", main: "index.js" }),
  "index.js": "console.error('hello');\n",
  "lib/util.js": "module.exports = 1;\n",
  "LICENSE": "MIT\n",
};
