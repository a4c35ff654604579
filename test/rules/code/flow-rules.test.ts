import { dynamicCodeExecution } from "../../../src/rules/code/dynamic-code-execution.js";
import { pathTraversal } from "../../../src/rules/code/path-traversal.js";
import { sqlInjection } from "../../../src/rules/code/sql-injection.js";
import { ssrf } from "../../../src/rules/code/ssrf.js";
import { tlsVerificationDisabled } from "../../../src/rules/code/tls-verification-disabled.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { minified, pyServer, server } from "./cases.js";

const readTool = (body: string): string => `import fs from "node:fs/promises";
import path from "node:path";
const ROOT = path.resolve(process.env.ROOT ?? ".");
server.tool("read", "Read a file", { file: z.string() }, async ({ file }) => {
${body}
});
`;

/** depd's wrapfunction: `new Function` over an argument list built from a number. */
const depdWrapper = `function createArgumentsString(arity: number) {
  let str = "";
  for (let i = 0; i < arity; i++) str += ", arg" + i;
  return str.substr(2);
}
export function wrapfunction(fn: Function, message: string) {
  const args = createArgumentsString(fn.length);
  return new Function("fn", "log", "message", '"use strict"\\nreturn function (' + args + ") {\\nlog(message)\\nreturn fn.apply(this, arguments)\\n}")(fn, console.log, message);
}
`;

/** function-bind: a `binder` whose parameter list is "$0,$1,…" joined by a local helper; `extra` adds a second caller. */
const joinHelper = (extraCall: string, extra = ""): string => `const joiny = function (arr: string[], joiner: string) {
  let str = "";
  for (let i = 0; i < arr.length; i += 1) {
    str += arr[i];
    if (i + 1 < arr.length) str += joiner;
  }
  return str;
};
function join(arr: string[], joiner: string) { return joiny(arr, joiner); }
export function bind(target: Function, that: unknown) {
  const boundArgs: string[] = [];
  for (let i = 0; i < target.length; i++) boundArgs[i] = "$" + i;
  const binder = function () { return target.apply(that, arguments); };
  return Function("binder", "return function (" + join(boundArgs, ",") + "){ return binder.apply(this,arguments); }")(binder);
}
${extraCall ? `join(["x"]${extraCall});\n` : ""}${extra}`;

/** ajv 7+ compile: the generated source comes from its CodeGen, the parameter names from its names table. */
const ajvCompile = `import names from "./names.js";
export function compileSchema(gen: { toString(): string; scopeRefs(n: unknown): string }) {
  const validateCode = gen.toString();
  const sourceCode = \`\${gen.scopeRefs(names.scope)}return \${validateCode}\`;
  return new Function(\`\${names.self}\`, \`\${names.scope}\`, sourceCode);
}
`;

ruleTest(dynamicCodeExecution, {
  fires: [
    { name: "eval of a tool argument", files: server(`server.tool("calc", "Calc", {}, async ({ expr }) => eval(expr));\n`), count: 1, severity: "critical" },
    { name: "new Function from a network response", files: server(`const src = await (await fetch(u)).text();\nnew Function("x", src)(1);\n`), count: 1 },
    { name: "vm through a namespace import, minified", files: minified(`import * as vm from "node:vm";\nexport function run(code: string) { return vm.runInNewContext(code, {}); }\n`), count: 1 },
    { name: "Python exec", files: pyServer(`@mcp.tool()\ndef run(code: str):\n    exec(code)\n`), count: 1 },
    { name: "an argument list from a parameter nothing in the package fills (low: not followed to a source)", files: server(`export function make(args: string) {\n  return new Function(args, "return 1");\n}\n`), count: 1, severity: "low" },
    {
      name: "ajv 6's compiler (its code generator did not escape schema values)",
      files: server(`export function compile(schema, sourceCode: string) {\n  return new Function("self", "RULES", "formats", sourceCode);\n}\n`),
      count: 1,
      severity: "low",
    },
    { name: "ajv's parameter shape with a tool argument as the body", files: server(`server.tool("v", "V", {}, async ({ code }) => new Function(\`\${names.self}\`, \`\${names.scope}\`, code));\n`), count: 1 },
  ],
  quiet: [
    { name: "Function with a literal body (bundler idiom)", files: server(`const g = Function("return this")();\neval("1 + 1");\n`) },
    { name: "depd's wrapper: an argument list of \", arg\" + i", files: server(depdWrapper) },
    { name: "depd's wrapper, minified", files: minified(depdWrapper) },
    { name: "function-bind's binder: \"$\" + i joined by a local helper", files: server(joinHelper(``)) },
    { name: "function-bind's binder, minified", files: minified(joinHelper(``)) },
    // Summaries per call site: argv given to join() elsewhere does not reach the call that builds the binder.
    { name: "a join helper that another caller feeds the command line", files: server(joinHelper(`, process.argv.slice(2)`)) },
    { name: "a join helper that is also passed around", files: server(joinHelper(``, `export const j = join;\n`)) },
    { name: "ajv 7+'s schema compiler (tagged-template code generator)", files: server(ajvCompile) },
    { name: "ajv 7+'s schema compiler, minified", files: minified(ajvCompile) },
    { name: "a local function named eval", files: server(`import { eval } from "./math.js";\nserver.tool("c", "C", {}, async ({ e }) => eval(e));\n`) },
  ],
});

/** A validator module shaped like server-filesystem's: resolve, then compare with each allowed root plus a separator, before and after realpath. */
const VALIDATOR = `import path from "node:path";
import fs from "node:fs/promises";
let allowedDirectories = [];
export function setAllowedDirectories(dirs) { allowedDirectories = dirs; }
function isPathWithinAllowedDirectories(absolutePath, dirs) {
  const normalizedPath = path.resolve(path.normalize(absolutePath));
  return dirs.some((dir) => {
    const normalizedDir = path.resolve(path.normalize(dir));
    if (normalizedPath === normalizedDir) return true;
    return normalizedPath.startsWith(normalizedDir + path.sep);
  });
}
export async function validatePath(requested) {
  const absolute = path.resolve(requested);
  const isAllowed = isPathWithinAllowedDirectories(absolute, allowedDirectories);
  if (!isAllowed) throw new Error("Access denied");
  const real = await fs.realpath(absolute);
  if (!isPathWithinAllowedDirectories(real, allowedDirectories)) throw new Error("Access denied");
  return real;
}
`;

/** A validator by name only: the old mechanism trusted `validatePath` for its name. */
const NAME_ONLY_VALIDATOR = `export async function validatePath(requested) { return requested.trim(); }\n`;

const validatedByCaller = (guard: string) =>
  `import { createReadStream } from "node:fs";\nimport { validatePath } from "./lib.js";\n` +
  `async function readAsBase64(filePath) {\n  return new Promise((resolve) => { const s = createReadStream(filePath); s.on("end", resolve); });\n}\n` +
  `server.registerTool("read_media", { description: "Read", inputSchema: { path: z.string() } }, async (args) => {\n  const validPath = ${guard};\n  return readAsBase64(validPath);\n});\n`;

ruleTest(pathTraversal, {
  fires: [
    { name: "readFile of a tool argument", files: server(readTool(`  return fs.readFile(path.join(ROOT, file), "utf8");`)), count: 1, severity: "high" },
    {
      name: "startsWith(root) without a trailing separator is no check",
      files: server(readTool(`  const full = path.resolve(ROOT, file);\n  if (!full.startsWith(ROOT)) throw new Error("outside");\n  return fs.readFile(full, "utf8");`)),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("can be bypassed"),
    },
    {
      name: "startsWith(root + sep) on a path that was never normalised",
      files: server(readTool(`  if (!file.startsWith(ROOT + path.sep)) throw new Error("outside");\n  return fs.readFile(file, "utf8");`)),
      count: 1,
    },
    { name: "minified", files: minified(readTool(`  return fs.readFile(path.join(ROOT, file), "utf8");`)), count: 1 },
    { name: "a helper's parameter that its caller fills with the raw tool argument", files: server(validatedByCaller("args.path"), { "src/lib.js": VALIDATOR }), count: 1 },
    { name: "a validator trusted for its name only (it checks nothing)", files: server(validatedByCaller("await validatePath(args.path)"), { "src/lib.js": NAME_ONLY_VALIDATOR }), count: 1 },
    {
      name: "a helper's parameter that one caller validates and another does not",
      files: server(`${validatedByCaller("await validatePath(args.path)")}server.registerTool("raw", { description: "Raw", inputSchema: { path: z.string() } }, async (args) => readAsBase64(args.path));\n`, { "src/lib.js": VALIDATOR }),
      count: 1,
    },
    { name: "Python open() of a tool argument", files: pyServer(`@mcp.tool()\ndef read(name: str) -> str:\n    with open(name) as f:\n        return f.read()\n`), count: 1 },
  ],
  quiet: [
    {
      name: "resolve then startsWith(root + path.sep)",
      files: server(readTool(`  const full = path.resolve(ROOT, file);\n  if (!full.startsWith(ROOT + path.sep)) throw new Error("outside");\n  return fs.readFile(full, "utf8");`)),
    },
    {
      name: "path.relative tested for ..",
      files: server(readTool(`  const full = path.resolve(ROOT, file);\n  const rel = path.relative(ROOT, full);\n  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside");\n  return fs.readFile(full, "utf8");`)),
    },
    {
      name: "a local validator with a real check",
      files: server(`import fs from "node:fs";\nimport path from "node:path";\nconst ROOT = "/srv/data/";\nfunction safe(p) { const r = path.resolve(ROOT, p); if (!r.startsWith(\`\${ROOT}\`)) throw new Error("x"); return r; }\nserver.tool("read", "Read", {}, async ({ file }) => fs.readFileSync(safe(file)));\n`),
    },
    {
      name: "a helper's parameter that its caller validated (server-filesystem's readFileAsBase64Stream(await validatePath(args.path)))",
      files: server(validatedByCaller("await validatePath(args.path)"), { "src/lib.js": VALIDATOR }),
    },
    { name: "the same, minified", files: { ...minified(validatedByCaller("await validatePath(args.path)")), "dist/lib.js": VALIDATOR } },
    { name: "a path the code chooses", files: server(readTool(`  return fs.readFile(path.join(ROOT, "index.json"), "utf8");`)) },
    { name: "Python is_relative_to", files: pyServer(`from pathlib import Path\n@mcp.tool()\ndef read(name: str) -> str:\n    p = (ROOT / name).resolve()\n    if not p.is_relative_to(ROOT):\n        raise ValueError()\n    return open(p).read()\n`) },
  ],
});

ruleTest(ssrf, {
  fires: [
    {
      name: "a host check on some other URL is no check",
      files: server(`server.tool("get", "G", {}, async ({ url }) => {\n  const home = new URL("https://example.com/");\n  if (home.hostname !== "example.com") throw new Error("x");\n  return fetch(url);\n});\n`),
      count: 1,
    },
    { name: "fetch of a tool argument", files: server(`server.tool("get", "Fetch a page", {}, async ({ url }) => (await fetch(url)).text());\n`), count: 1, severity: "high" },
    { name: "axios with a template that leaves the host open", files: server(`import axios from "axios";\nserver.tool("get", "G", {}, async ({ host }) => axios.get(\`https://\${host}/api\`));\n`), count: 1 },
    { name: "minified fetch", files: minified(`server.tool("get", "Fetch", {}, async ({ url }) => (await fetch(url)).text());\n`), count: 1 },
    { name: "Python requests", files: pyServer(`import requests\n@mcp.tool()\ndef get(url: str):\n    return requests.get(url).text\n`), count: 1 },
  ],
  quiet: [
    { name: "fixed origin with a tool value in the path", files: server(`server.tool("issue", "I", {}, async ({ id }) => fetch(\`https://api.github.com/issues/\${id}\`));\n`) },
    {
      name: "hostname allowlist before the request",
      files: server(`const ALLOWED = new Set(["example.com"]);\nserver.tool("get", "G", {}, async ({ url }) => {\n  const u = new URL(url);\n  if (!ALLOWED.has(u.hostname)) throw new Error("blocked");\n  return fetch(u);\n});\n`),
    },
    { name: "a URL the code chooses", files: server(`const API = "https://api.example.com/v1";\nexport const get = () => fetch(API);\n`) },
  ],
});

ruleTest(sqlInjection, {
  fires: [
    { name: "template literal query", files: server(`server.tool("find", "F", {}, async ({ name }) => db.query(\`SELECT * FROM users WHERE name = '\${name}'\`));\n`), count: 1, severity: "high" },
    { name: "concatenation through a variable", files: server(`server.tool("find", "F", {}, async (args) => {\n  const sql = "DELETE FROM t WHERE id = " + args.id;\n  return pool.execute(sql);\n});\n`), count: 1 },
    { name: "minified", files: minified(`server.tool("find", "F", {}, async ({ name }) => db.query(\`SELECT * FROM users WHERE name = '\${name}'\`));\n`), count: 1 },
    { name: "Python f-string into cursor.execute", files: pyServer(`@mcp.tool()\ndef find(name: str):\n    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")\n`), count: 1 },
    { name: "Python % formatting", files: pyServer(`@mcp.tool()\ndef find(name: str):\n    q = "SELECT * FROM t WHERE n = '%s'" % name\n    cur.execute(q)\n`), count: 1 },
  ],
  quiet: [
    { name: "parameterised query", files: server(`server.tool("find", "F", {}, async ({ name }) => db.query("SELECT * FROM users WHERE name = $1", [name]));\n`) },
    { name: "sql tagged template", files: server(`server.tool("find", "F", {}, async ({ name }) => db.query(sql\`SELECT * FROM users WHERE name = \${name}\`));\n`) },
    { name: "Python placeholders", files: pyServer(`@mcp.tool()\ndef find(name: str):\n    cur.execute("SELECT * FROM users WHERE name = ?", (name,))\n`) },
  ],
});

ruleTest(tlsVerificationDisabled, {
  fires: [
    { name: "rejectUnauthorized: false", files: server(`import https from "https";\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n`), count: 1, severity: "high" },
    { name: "NODE_TLS_REJECT_UNAUTHORIZED = 0", files: server(`process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";\n`), count: 1 },
    { name: "minified (!1)", files: minified(`export const agent = new Agent({ rejectUnauthorized: false });\n`), count: 1 },
    { name: "Python verify=False", files: pyServer(`import requests\nrequests.get("https://x", verify=False)\n`), count: 1 },
    { name: "Python unverified context", files: pyServer(`import ssl\nctx = ssl._create_unverified_context()\n`), count: 1 },
  ],
  quiet: [
    { name: "verification on", files: server(`export const agent = new Agent({ rejectUnauthorized: true, ca });\n`) },
    { name: "Python verify with a CA bundle", files: pyServer(`requests.get("https://x", verify="/etc/ca.pem")\n`) },
  ],
});
