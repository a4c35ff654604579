/**
 * The sink catalogue, as data: which calls run a shell, a program, code, an opener, touch a file, request a URL or run
 * SQL, and which of their arguments matter. A callee is matched by what it resolves to (a package export, a global, a
 * method name for SQL clients), never by the local name a bundler gave it. Issue 10's classes add entries here.
 */
import type { SinkInput, SinkKind } from "../code-facts.js";

export interface InputSpec {
  /** Argument position. */
  arg: number;
  role: SinkInput["role"];
  /** Read these properties of an options object at `arg` instead (the first one present): `{ url }`, `{ command }`. */
  option?: string[];
}

export type CalleeMatch =
  | { module: readonly string[]; exports: readonly string[] }
  | { global: readonly string[] }
  /** Any receiver's method (SQL clients come from too many packages to list). */
  | { method: readonly string[] };

export interface SinkSpec {
  id: string;
  kind: SinkKind;
  api: string;
  callee: CalleeMatch;
  inputs: InputSpec[];
  /** `new X(...)` rather than a call. */
  construct?: boolean;
  /** Only a sink when an options argument sets `shell` to something truthy (the argv form handed to a shell). */
  shellOption?: boolean;
  /** The argument at this position is written to the file (fs.writeFile's data). */
  writesData?: number;
}

export const FS_MODULES = ["fs", "fs/promises", "fs-extra", "graceful-fs", "original-fs"] as const;
const FS_ONE_PATH = [
  "readFile", "readFileSync", "writeFile", "writeFileSync", "appendFile", "appendFileSync", "createReadStream", "createWriteStream",
  "readdir", "readdirSync", "unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync", "mkdir", "mkdirSync", "stat", "statSync",
  "lstat", "lstatSync", "open", "openSync", "access", "accessSync", "truncate", "truncateSync", "chmod", "chmodSync", "opendir",
  "opendirSync", "outputFile", "outputFileSync", "readJson", "readJsonSync", "writeJson", "writeJsonSync", "remove", "removeSync",
  "ensureDir", "ensureDirSync", "ensureFile", "ensureFileSync", "pathExists", "pathExistsSync", "existsSync", "exists", "realpath",
  "realpathSync", "watch", "emptyDir", "emptyDirSync", "readlink", "readlinkSync", "utimes", "chown",
];
const FS_TWO_PATHS = ["copyFile", "copyFileSync", "rename", "renameSync", "cp", "cpSync", "symlink", "symlinkSync", "link", "linkSync", "copy", "copySync", "move", "moveSync"];
const FS_WRITES = new Set(["writeFile", "writeFileSync", "appendFile", "appendFileSync", "outputFile", "outputFileSync"]);
const HTTP_VERBS = ["get", "post", "put", "patch", "delete", "head", "options", "request"];
export const SQL_METHODS = ["query", "execute", "raw", "prepare", "$queryRawUnsafe", "$executeRawUnsafe", "unsafe", "whereRaw", "joinRaw", "orderByRaw", "havingRaw", "exec", "all", "run"];

export const SINKS: readonly SinkSpec[] = [
  // shells
  { id: "child_process.exec", kind: "shell", api: "child_process.exec", callee: { module: ["child_process"], exports: ["exec", "execSync"] }, inputs: [{ arg: 0, role: "command" }] },
  { id: "child_process.spawn+shell", kind: "shell", api: "child_process.spawn with shell: true", callee: { module: ["child_process"], exports: ["spawn", "spawnSync", "execFile", "execFileSync"] }, inputs: [{ arg: 0, role: "command" }, { arg: 1, role: "arguments" }], shellOption: true },
  { id: "execa.command", kind: "shell", api: "execaCommand", callee: { module: ["execa"], exports: ["execaCommand", "execaCommandSync", "command", "commandSync"] }, inputs: [{ arg: 0, role: "command" }] },
  { id: "execa+shell", kind: "shell", api: "execa with shell: true", callee: { module: ["execa"], exports: ["execa", "execaSync", "default", ""] }, inputs: [{ arg: 0, role: "command" }, { arg: 1, role: "arguments" }], shellOption: true },
  { id: "cross-spawn+shell", kind: "shell", api: "cross-spawn with shell: true", callee: { module: ["cross-spawn"], exports: ["", "default", "spawn", "sync"] }, inputs: [{ arg: 0, role: "command" }, { arg: 1, role: "arguments" }], shellOption: true },
  // programs run with an argument vector
  { id: "child_process.spawn", kind: "argv", api: "child_process.spawn", callee: { module: ["child_process"], exports: ["spawn", "spawnSync", "execFile", "execFileSync"] }, inputs: [{ arg: 0, role: "program" }, { arg: 1, role: "arguments" }] },
  { id: "child_process.fork", kind: "module-load", api: "child_process.fork", callee: { module: ["child_process"], exports: ["fork"] }, inputs: [{ arg: 0, role: "module" }, { arg: 1, role: "arguments" }] },
  { id: "execa", kind: "argv", api: "execa", callee: { module: ["execa"], exports: ["execa", "execaSync", "execaNode", "default", ""] }, inputs: [{ arg: 0, role: "program" }, { arg: 1, role: "arguments" }] },
  { id: "cross-spawn", kind: "argv", api: "cross-spawn", callee: { module: ["cross-spawn"], exports: ["", "default", "spawn", "sync"] }, inputs: [{ arg: 0, role: "program" }, { arg: 1, role: "arguments" }] },
  {
    id: "mcp-sdk.StdioClientTransport",
    kind: "argv",
    api: "the MCP SDK's StdioClientTransport",
    callee: { module: ["@modelcontextprotocol/sdk/client/stdio.js", "@modelcontextprotocol/sdk/client/stdio", "@modelcontextprotocol/client", "@modelcontextprotocol/client/stdio"], exports: ["StdioClientTransport"] },
    inputs: [{ arg: 0, role: "program", option: ["command"] }, { arg: 0, role: "arguments", option: ["args"] }],
    construct: true,
  },
  // openers hand their target to the platform's opener (a shell on Windows)
  { id: "open", kind: "opener", api: "the open package", callee: { module: ["open", "opn", "better-opn", "open-editor", "openurl"], exports: ["", "default", "openApp"] }, inputs: [{ arg: 0, role: "target" }] },
  // code
  { id: "eval", kind: "code", api: "eval", callee: { global: ["eval"] }, inputs: [{ arg: 0, role: "code" }] },
  { id: "Function", kind: "code", api: "new Function", callee: { global: ["Function"] }, inputs: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((arg) => ({ arg, role: "code" as const })) },
  { id: "new Function", kind: "code", api: "new Function", callee: { global: ["Function"] }, inputs: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((arg) => ({ arg, role: "code" as const })), construct: true },
  { id: "vm.run", kind: "code", api: "vm", callee: { module: ["vm"], exports: ["runInThisContext", "runInNewContext", "runInContext", "compileFunction"] }, inputs: [{ arg: 0, role: "code" }] },
  { id: "vm.Script", kind: "code", api: "new vm.Script", callee: { module: ["vm"], exports: ["Script", "SourceTextModule"] }, inputs: [{ arg: 0, role: "code" }], construct: true },
  // files
  ...FS_MODULES.map((module): SinkSpec => ({ id: `${module}.path`, kind: "file", api: module, callee: { module: [module], exports: FS_ONE_PATH }, inputs: [{ arg: 0, role: "path" }] })),
  ...FS_MODULES.map((module): SinkSpec => ({ id: `${module}.paths`, kind: "file", api: module, callee: { module: [module], exports: FS_TWO_PATHS }, inputs: [{ arg: 0, role: "path" }, { arg: 1, role: "path" }] })),
  // URLs
  { id: "fetch", kind: "url", api: "fetch", callee: { global: ["fetch"] }, inputs: [{ arg: 0, role: "url" }] },
  { id: "undici", kind: "url", api: "undici", callee: { module: ["undici"], exports: ["fetch", "request", "stream"] }, inputs: [{ arg: 0, role: "url" }] },
  { id: "node-fetch", kind: "url", api: "node-fetch", callee: { module: ["node-fetch", "cross-fetch", "isomorphic-fetch", "make-fetch-happen", "minipass-fetch"], exports: ["", "default", "fetch"] }, inputs: [{ arg: 0, role: "url" }] },
  { id: "axios", kind: "url", api: "axios", callee: { module: ["axios"], exports: ["", "default", ...HTTP_VERBS] }, inputs: [{ arg: 0, role: "url", option: ["url", "baseURL"] }] },
  { id: "got", kind: "url", api: "got", callee: { module: ["got", "ky", "needle", "superagent", "ofetch"], exports: ["", "default", ...HTTP_VERBS, "stream", "ofetch"] }, inputs: [{ arg: 0, role: "url", option: ["url", "prefixUrl"] }] },
  { id: "http.request", kind: "url", api: "http", callee: { module: ["http", "https"], exports: ["get", "request"] }, inputs: [{ arg: 0, role: "url", option: ["hostname", "host"] }] },
  // SQL
  { id: "sql", kind: "sql", api: "SQL", callee: { method: SQL_METHODS }, inputs: [{ arg: 0, role: "sql" }] },
];

export function writesData(spec: SinkSpec, exportName: string): number | undefined {
  return spec.kind === "file" && FS_WRITES.has(exportName) ? 1 : undefined;
}

/** Callee names worth resolving: a call named otherwise is no sink (a cheap filter before resolving the callee). */
export const SINK_CALL_NAMES: ReadonlySet<string> = new Set([
  ...SINKS.flatMap((s) => ("module" in s.callee ? s.callee.exports : "global" in s.callee ? s.callee.global : s.callee.method)),
  "require",
  "StdioClientTransport",
]);
