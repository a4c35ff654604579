/** One pass over a JS/TS file: every dangerous sink (shell, eval, fs, fetch, SQL, TLS options) and what flows into it, as drafts per code rule. */
import {
  type AstNode,
  type ModuleBinding,
  type ParsedJs,
  identifierName,
  isFunctionNode,
  isNode,
  literalString,
  memberPropertyName,
  moduleBindings,
  patternNames,
  resolveImported,
  snippet,
  staticPath,
  unwrapExpression,
  walk,
} from "./ast.js";
import { type JsConstants, constantsOf } from "./js-constants.js";
import { jsSurface } from "./mcp-surface.js";
import { type Scope, type TaintLabel, JsTaint, declaringScope } from "./taint.js";
import type { Draft } from "../model.js";
import { type CodeDrafts, type SinkRule, emptyDrafts, sourcePhrase } from "./code-drafts.js";
import { JsTextFree } from "./js-text-free.js";

/** A file with none of these words has no sink the code rules know: it is not walked for sinks. */
const MIGHT_SINK = /child_process|execa|\bopen\b|opn|\beval\b|Function|\bvm\b|\bfs\b|fs\/|fs-extra|fetch|axios|\bgot\b|undici|https?\b|query|execute|prepare|\braw\b|Unsafe|rejectUnauthorized|NODE_TLS_REJECT_UNAUTHORIZED|strictSSL/;

/** The code-rule drafts of one parsed JS/TS file, shared by every code rule. */
export function jsCodeDrafts(parsed: ParsedJs): CodeDrafts {
  return MIGHT_SINK.test(parsed.file.text) ? new JsSinkScan(parsed).run() : emptyDrafts();
}

const FS_MODULES = new Set(["fs", "fs/promises", "fs-extra", "graceful-fs", "original-fs"]);
const FS_PATH_FUNCTIONS = new Set([
  "readFile", "readFileSync", "writeFile", "writeFileSync", "appendFile", "appendFileSync", "createReadStream", "createWriteStream",
  "readdir", "readdirSync", "unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync", "mkdir", "mkdirSync", "stat", "statSync",
  "lstat", "lstatSync", "open", "openSync", "access", "accessSync", "copyFile", "copyFileSync", "rename", "renameSync", "cp", "cpSync",
  "symlink", "symlinkSync", "truncate", "truncateSync", "chmod", "chmodSync", "opendir", "opendirSync", "outputFile", "outputFileSync",
  "readJson", "readJsonSync", "writeJson", "writeJsonSync", "remove", "removeSync", "copy", "copySync", "move", "moveSync", "ensureDir",
  "ensureFile", "pathExists", "existsSync", "exists", "realpath", "realpathSync",
]);
const FS_TWO_PATHS = new Set(["copyFile", "copyFileSync", "rename", "renameSync", "cp", "cpSync", "symlink", "symlinkSync", "copy", "copySync", "move", "moveSync"]);
const SHELL_STRING = new Set(["exec", "execSync"]);
const ARGV_SPAWN = new Set(["spawn", "spawnSync", "execFile", "execFileSync", "fork"]);
const OPENERS = new Set(["open", "opn", "open-editor", "better-opn", "openurl"]);
const HTTP_VERBS = new Set(["get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "fetch"]);
const SQL_METHODS = new Set(["query", "execute", "raw", "prepare", "$queryRawUnsafe", "$executeRawUnsafe", "unsafe", "whereRaw", "joinRaw", "orderByRaw", "havingRaw"]);
const SQL_TEXT = /\b(?:select|insert|update|delete|create|drop|alter|pragma|from|where|values|into|join|order\s+by|limit|table)\b/i;
const VM_RUNNERS = new Set(["runInThisContext", "runInNewContext", "runInContext", "compileFunction"]);
const SINK_CALL_NAMES = new Set([
  ...SHELL_STRING, ...ARGV_SPAWN, ...FS_PATH_FUNCTIONS, ...HTTP_VERBS, ...SQL_METHODS, ...VM_RUNNERS,
  "eval", "Function", "Script", "fetch", "execa", "execaSync", "execaCommand", "execaCommandSync", "axios", "got", "ky", "open", "opn",
]);
const NORMALISERS = /(?:^|\.)(?:resolve|normalize|join|realpath|realpathSync|toNamespacedPath)$/;
const SEPARATOR = /[\\/]$/;
/** Imported validators are trusted by name: the check lives in another module this pass cannot read. */
const GUARD_NAME = /valid|sanitiz|safe|allowed|within|inside|contain|ensure|assert|check|restrict|jail|confine/i;
const URL_GUARD_NAME = /allow|whitelist|trusted|permit|valid|safe|check|restrict|block|deny/i;

interface Sink {
  node: AstNode;
  scope: Scope;
  ancestors: AstNode[];
}

class JsSinkScan {
  private readonly drafts = emptyDrafts();
  private readonly bindings: Map<string, ModuleBinding>;
  private readonly constants: JsConstants;
  private readonly taint: JsTaint;
  private readonly textFree: JsTextFree;
  private readonly calls: Sink[] = [];
  private readonly tls: AstNode[] = [];
  /** Local definitions by scope and name, for following a SQL string or a checked path back to how it was built. */
  private readonly definitions = new Map<Scope, Map<string, AstNode[]>>();
  private readonly guardCache = new Map<AstNode, boolean>();
  /** argumentsFor's answers by function start and parameter index: each needs a walk of the whole file. */
  private readonly callerArguments = new Map<string, { node: AstNode; scope: Scope }[]>();

  constructor(private readonly parsed: ParsedJs) {
    this.bindings = withAliases(parsed, moduleBindings(parsed.program));
    this.constants = constantsOf(parsed);
    const handlers = jsSurface(parsed).handlers;
    this.taint = new JsTaint(parsed, handlers, this.bindings, (node, scope, ancestors) => this.visit(node, scope, ancestors));
    this.textFree = new JsTextFree(parsed, this.taint);
  }

  run(): CodeDrafts {
    for (const sink of this.calls) this.classify(sink);
    for (const node of this.tls) this.report("tls-verification-disabled", node, tlsMessage(this.parsed.textOf(node)));
    return this.drafts;
  }

  private visit(node: AstNode, scope: Scope, ancestors: readonly AstNode[]): void {
    switch (node.type) {
      case "CallExpression":
      case "NewExpression":
        // Only calls that can be a sink keep their ancestors: a bundle has hundreds of thousands of calls.
        if (this.mightBeSink(node)) this.calls.push({ node, scope, ancestors: [...ancestors] });
        break;
      case "VariableDeclarator":
        if (isNode(node.init)) for (const name of patternNames(node.id)) this.define(scope, name, node.init);
        break;
      case "AssignmentExpression": {
        const name = identifierName(node.left);
        if (name) this.define(scope, name, node.operator === "+=" ? node : (node.right as AstNode));
        if (isTlsEnvAssignment(node, this.constants)) this.tls.push(node);
        break;
      }
      case "Property":
        if (isTlsOption(node, this.constants)) this.tls.push(node);
        break;
      default:
        break;
    }
  }

  private mightBeSink(call: AstNode): boolean {
    const callee = unwrapExpression(call.callee);
    if (!callee) return false;
    if (callee.type === "SequenceExpression") return true;
    const name = callee.type === "Identifier" ? (callee.name as string) : memberPropertyName(callee);
    return name !== undefined && (SINK_CALL_NAMES.has(name) || (callee.type === "Identifier" && this.bindings.has(name)));
  }

  /**
   * A module binding is file-wide, but minified bundles reuse short names in every function: the binding holds only
   * where the name is not redeclared, or is redeclared by a require / import / promisify of its own.
   */
  private bindingVisible(callee: AstNode, scope: Scope): boolean {
    let root: AstNode | undefined = callee;
    while (root?.type === "MemberExpression") root = unwrapExpression(root.object);
    if (root?.type !== "Identifier") return true;
    const name = root.name as string;
    const home = declaringScope(scope, name);
    if (!home || home === this.taint.program) return true;
    return (this.definitions.get(home)?.get(name) ?? []).some((d) => /\brequire\s*\(|\bimport\s*\(|promisify/.test(this.parsed.textOf(d)));
  }

  private define(scope: Scope, name: string, value: AstNode): void {
    let byName = this.definitions.get(scope);
    if (!byName) this.definitions.set(scope, (byName = new Map()));
    const list = byName.get(name) ?? [];
    list.push(value);
    byName.set(name, list);
  }

  private definitionsOf(name: string, scope: Scope): AstNode[] {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const found = this.definitions.get(s)?.get(name);
      if (found) return found;
      if (s.declared.has(name)) return [];
    }
    return [];
  }

  private label(node: unknown, scope: Scope): TaintLabel | undefined {
    return this.taint.labelOf(node, scope);
  }

  private report(rule: SinkRule, node: AstNode, message: string, severity?: Draft["severity"]): void {
    const draft: Draft = {
      message,
      location: { path: this.parsed.file.path, startLine: this.parsed.lineOf(node.start) },
      evidence: snippet(this.parsed.textOf(node)),
    };
    if (severity) draft.severity = severity;
    this.drafts[rule].push(draft);
  }

  // ------------------------------------------------------------------ classification

  private classify(sink: Sink): void {
    const { node } = sink;
    const callee = unwrapExpression(node.callee);
    if (!callee) return;
    const args = (node.arguments as AstNode[]).map((a) => unwrapExpression(a)!).filter(Boolean);
    const code = this.codeSink(callee, node.type === "NewExpression", sink.scope);
    if (code) return this.dynamicCode(sink, code, code.endsWith("Function") ? args : args.slice(0, 1));
    const visible = this.bindingVisible(callee, sink.scope);
    const binding = visible ? resolveImported(callee, this.bindings) ?? this.fsPromisesBinding(callee) : undefined;
    if (binding) {
      if (binding.module === "child_process") {
        if (SHELL_STRING.has(binding.imported)) return this.command(sink, `child_process.${binding.imported}`, args.slice(0, 1));
        if (ARGV_SPAWN.has(binding.imported) && hasShellOption(args, this.constants)) return this.command(sink, `child_process.${binding.imported} with shell: true`, args.slice(0, 2));
        return;
      }
      if (binding.module === "execa") {
        if (binding.imported === "execaCommand" || binding.imported === "execaCommandSync") return this.command(sink, `execa.${binding.imported}`, args.slice(0, 1));
        if (hasShellOption(args, this.constants)) return this.command(sink, "execa with shell: true", args.slice(0, 2));
        return;
      }
      if (OPENERS.has(binding.module) && (binding.imported === "default" || binding.imported === "*")) return this.opener(sink, `the ${binding.module} package`, args[0]);
      if (FS_MODULES.has(binding.module) && FS_PATH_FUNCTIONS.has(binding.imported)) {
        return this.pathAccess(sink, `${binding.module}.${binding.imported}`, args.slice(0, FS_TWO_PATHS.has(binding.imported) ? 2 : 1));
      }
      if (isHttpClient(binding)) return this.request(sink, `${binding.module}${binding.imported === "default" || binding.imported === "*" ? "" : `.${binding.imported}`}`, args[0]);
    }
    const path = staticPath(callee);
    if ((path === "fetch" || path === "globalThis.fetch") && !this.bindings.has("fetch") && !declaringScope(sink.scope, "fetch")) return this.request(sink, "fetch", args[0]);
    const method = callee.type === "MemberExpression" ? memberPropertyName(callee) : undefined;
    if (method && SQL_METHODS.has(method) && args[0]) this.sql(sink, method, args[0]);
  }

  private codeSink(callee: AstNode, isNew: boolean, scope: Scope): string | undefined {
    let n: AstNode | undefined = callee;
    // `(0, eval)(x)` is an indirect eval.
    if (n.type === "SequenceExpression") n = unwrapExpression((n.expressions as AstNode[]).at(-1));
    if (!n) return undefined;
    const path = staticPath(n);
    const global = (name: string): boolean => path === name || (path === `globalThis.${name}`) ? !declaringScope(scope, name) && !this.bindings.has(name) : false;
    if (global("eval") && !isNew) return "eval";
    if (global("Function")) return "Function";
    if (!this.bindingVisible(n, scope)) return undefined;
    const binding = resolveImported(n, this.bindings);
    if (binding?.module !== "vm") return undefined;
    if (!isNew && VM_RUNNERS.has(binding.imported)) return `vm.${binding.imported}`;
    if (isNew && binding.imported === "Script") return "new vm.Script";
    return undefined;
  }

  /** `fs.promises.readFile(...)`: the promises namespace reached through the fs module. */
  private fsPromisesBinding(callee: AstNode): ModuleBinding | undefined {
    if (callee.type !== "MemberExpression") return undefined;
    const inner = resolveImported(callee.object, this.bindings);
    const method = memberPropertyName(callee);
    return inner?.module === "fs" && inner.imported === "promises" && method ? { module: "fs/promises", imported: method } : undefined;
  }

  private command(sink: Sink, what: string, inputs: AstNode[]): void {
    if (inputs.length === 0 || inputs.every((a) => this.constants.isConstant(a))) return;
    const label = inputs.map((a) => this.label(a, sink.scope)).find((l) => l === "tool" || l === "request") ?? inputs.map((a) => this.label(a, sink.scope)).find(Boolean);
    if (label === "tool" || label === "request") {
      this.report("command-injection", sink.node, `${what} runs a command built from ${sourcePhrase(label)}: shell metacharacters in it run as commands.`, "critical");
    } else {
      const origin = label === "network" ? "data read from a network response" : "a value that is not a literal";
      this.report("command-injection", sink.node, `${what} runs a command built from ${origin}; if any of it can be influenced, it runs as shell commands.`);
    }
  }

  /**
   * The opener packages take a URL or a file, not a command line; the danger is a target someone else shaped (on Windows
   * open 10 puts it inside a double-quoted PowerShell string, where `$(…)` runs: mcp-remote's CVE-2025-6514). A URL the
   * server assembles from its own configuration is not a finding.
   */
  private opener(sink: Sink, what: string, target: AstNode | undefined): void {
    if (target && this.label(target, sink.scope)) this.command(sink, what, [target]);
  }

  private dynamicCode(sink: Sink, what: string, inputs: AstNode[]): void {
    if (inputs.length === 0 || inputs.every((a) => this.constants.isConstant(a))) return;
    const label = inputs.map((a) => this.label(a, sink.scope)).find(Boolean);
    // Code a library assembles from its own literals (depd's argument lists), or ajv's escaping schema compiler.
    if (!label && (inputs.every((a) => this.textFree.holds(a, sink.scope)) || isAjvCompile(what, inputs))) return;
    const origin = label ? sourcePhrase(label) : "a value that is not a literal";
    this.report("dynamic-code-execution", sink.node, `${what} runs code built from ${origin}.`);
  }

  private pathAccess(sink: Sink, what: string, inputs: AstNode[]): void {
    const tainted = inputs.find((a) => {
      const l = this.label(a, sink.scope);
      return l === "tool" || l === "request";
    });
    if (!tainted) return;
    const check = this.containment(tainted, sink);
    if (check === "real") return;
    const label = this.label(tainted, sink.scope)!;
    const weak = check === "weak"
      ? " The startsWith check before it can be bypassed: compare against the root plus a trailing separator, after path.resolve or realpath."
      : "";
    this.report("path-traversal", sink.node, `${what} opens a path taken from ${sourcePhrase(label)} with no containment check: \`../\` or an absolute path reaches any file.${weak}`);
  }

  private request(sink: Sink, what: string, input: AstNode | undefined): void {
    if (!input) return;
    let url: AstNode | undefined = input;
    if (input.type === "ObjectExpression") url = objectProperty(input, "url") ?? objectProperty(input, "hostname") ?? objectProperty(input, "host");
    if (!url) return;
    const label = this.label(url, sink.scope);
    if (label !== "tool" && label !== "request") return;
    if (this.fixedOrigin(url, sink.scope)) return;
    if (this.urlChecked(url, sink)) return;
    this.report("ssrf", sink.node, `${what} requests a URL taken from ${sourcePhrase(label)} with no allowlist of hosts: it can reach internal services and cloud metadata endpoints.`);
  }

  private sql(sink: Sink, method: string, text: AstNode): void {
    if (text.type === "TaggedTemplateExpression") return;
    const built = this.builtSql(text, sink.scope, 0);
    if (!built) return;
    this.report("sql-injection", sink.node, `${method}() runs SQL text built by ${built.how} from ${sourcePhrase(built.label)}; pass the values as query parameters instead.`);
  }

  /** How SQL text was assembled from untrusted values, following local variables. */
  private builtSql(node: AstNode, scope: Scope, depth: number): { how: string; label: TaintLabel } | undefined {
    const n = unwrapExpression(node);
    if (!n || depth > 4) return undefined;
    const untrusted = (e: unknown): TaintLabel | undefined => {
      const l = this.label(e, scope);
      return l === "tool" || l === "request" ? l : undefined;
    };
    if (n.type === "TemplateLiteral") {
      const sqlText = (n.quasis as AstNode[]).map((q) => (q.value as { cooked?: string }).cooked ?? "").join(" ");
      const label = (n.expressions as AstNode[]).map(untrusted).find(Boolean);
      return label && SQL_TEXT.test(sqlText) ? { how: "a template literal", label } : undefined;
    }
    if ((n.type === "BinaryExpression" && n.operator === "+") || (n.type === "AssignmentExpression" && n.operator === "+=")) {
      const parts = flattenConcat(n);
      const label = parts.map(untrusted).find(Boolean);
      const sqlText = parts.map((p) => this.constants.string(p) ?? "").join(" ");
      const definedSql = parts.some((p) => p.type === "Identifier" && this.definitionsOf(p.name as string, scope).some((d) => this.builtSql(d, scope, depth + 1) || SQL_TEXT.test(this.constants.string(d) ?? "")));
      return label && (SQL_TEXT.test(sqlText) || definedSql) ? { how: "string concatenation", label } : undefined;
    }
    if (n.type === "Identifier") {
      for (const definition of this.definitionsOf(n.name as string, scope)) {
        const built = this.builtSql(definition, scope, depth + 1);
        if (built) return built;
      }
    }
    return undefined;
  }

  // ------------------------------------------------------------------ checks

  /** Whether the path reaching an fs call went through a containment check that holds ("real"), one that can be bypassed ("weak"), or none. */
  private containment(input: AstNode, sink: Sink): "real" | "weak" | "none" {
    const names = new Set<string>();
    const expressions: { node: AstNode; scope: Scope }[] = [{ node: input, scope: sink.scope }];
    const followed = new Set<string>();
    for (let i = 0; i < expressions.length && i < 20; i++) {
      const { node: expression, scope } = expressions[i]!;
      walk(expression, (node) => {
        if (node.type === "Identifier") {
          const name = node.name as string;
          names.add(name);
          if (!followed.has(name)) {
            followed.add(name);
            for (const definition of this.definitionsOf(name, scope)) expressions.push({ node: definition, scope });
            // A parameter: checked when every caller passes a validated path (`readAsBase64(await validatePath(args.path))`).
            const callers = this.argumentsFor(name, scope);
            if (callers.length > 0 && callers.every((argument) => this.passesGuard(argument.node, argument.scope, 0))) names.add("\u0000guard");
          }
        }
        if (node.type === "CallExpression" && this.isPathGuardCall(node)) names.add("\u0000guard");
        return isFunctionNode(node) ? false : undefined;
      });
    }
    if (names.has("\u0000guard")) return "real";
    let weak = false;
    for (const fn of sink.ancestors.filter(isFunctionNode).reverse()) {
      const found = this.checksIn(fn, names);
      if (found === "real") return "real";
      if (found === "weak") weak = true;
    }
    return weak ? "weak" : "none";
  }

  /** Whether an expression's value went through a path guard call: in itself, in the definitions it reads, or from every caller. */
  private passesGuard(expression: AstNode, scope: Scope, depth: number): boolean {
    if (depth > 3) return false;
    let guarded = false;
    walk(expression, (node) => {
      if (guarded) return false;
      if (node.type === "CallExpression" && this.isPathGuardCall(node)) guarded = true;
      else if (node.type === "Identifier") {
        const name = node.name as string;
        if (this.definitionsOf(name, scope).some((definition) => this.passesGuard(definition, scope, depth + 1))) guarded = true;
        else {
          const callers = this.argumentsFor(name, scope);
          guarded = callers.length > 0 && callers.every((argument) => this.passesGuard(argument.node, argument.scope, depth + 1));
        }
      }
      return isFunctionNode(node) ? false : undefined;
    });
    return guarded;
  }

  /**
   * What the calls in this file pass for `name` when it is a parameter of a function declared here by name,
   * each with the scope of its call. Only read when a tainted path reaches an fs call, which is rare.
   */
  private argumentsFor(name: string, scope: Scope): { node: AstNode; scope: Scope }[] {
    const home = declaringScope(scope, name);
    const fn = home?.node;
    if (!fn || !isFunctionNode(fn)) return [];
    const index = (fn.params as AstNode[]).findIndex((param) => identifierName(param) === name);
    const fnName = identifierName(fn.id);
    if (index < 0 || fnName === undefined || this.taint.localFunction(fn.id) !== fn) return [];
    const key = `${fn.start as number}:${index}`;
    const cached = this.callerArguments.get(key);
    if (cached) return cached;
    const found: { node: AstNode; scope: Scope }[] = [];
    this.callerArguments.set(key, found);
    walk(this.parsed.program, (node, _parent, ancestors) => {
      if (node.type !== "CallExpression" || identifierName(node.callee) !== fnName) return undefined;
      const argument = (node.arguments as AstNode[])[index];
      let caller: AstNode | undefined;
      for (let i = ancestors.length - 1; i >= 0 && !caller; i--) {
        const ancestor = ancestors[i];
        if (ancestor && isFunctionNode(ancestor)) caller = ancestor;
      }
      const callerScope = caller ? this.taint.scopeOfFunction(caller) : this.taint.program;
      if (isNode(argument) && callerScope) found.push({ node: argument, scope: callerScope });
      return undefined;
    });
    return found;
  }

  /** A call to a function that validates paths: a local one whose body holds a real check, or an imported one named for it. */
  private isPathGuardCall(call: AstNode): boolean {
    const local = this.taint.localFunction(call.callee);
    if (local) return this.isGuardFunction(local, 0);
    const calleeName = identifierName(call.callee);
    // An imported function is judged by its exported name: a bundler renames `validatePath` to `o`.
    const binding = calleeName !== undefined ? this.bindings.get(calleeName) : undefined;
    if (calleeName !== undefined && !binding) return false;
    const name = binding && binding.imported !== "default" && binding.imported !== "*" ? binding.imported : (calleeName ?? memberPropertyName(call.callee));
    return name !== undefined && !NORMALISERS.test(name) && GUARD_NAME.test(name);
  }

  private isGuardFunction(fn: AstNode, depth: number): boolean {
    const cached = this.guardCache.get(fn);
    if (cached !== undefined) return cached;
    this.guardCache.set(fn, false);
    let guard = this.checksIn(fn, undefined) === "real";
    if (!guard && depth < 3) {
      walk(fn.body, (node) => {
        if (guard) return false;
        if (node.type === "CallExpression") {
          const local = this.taint.localFunction(node.callee);
          if (local && local !== fn && this.isGuardFunction(local, depth + 1)) guard = true;
          else if (!local && this.isPathGuardCall(node)) guard = true;
        }
        return undefined;
      });
    }
    this.guardCache.set(fn, guard);
    return guard;
  }

  /**
   * A real containment check: `p.startsWith(root + path.sep)` (a root ending in a separator) where p came from
   * path.resolve / join / normalize / realpath, or `path.relative(root, p)` tested for ".." or isAbsolute.
   * `names` limits the check to the variables the sink's path was built from (undefined: any).
   */
  private checksIn(fn: AstNode, names: ReadonlySet<string> | undefined): "real" | "weak" | "none" {
    let result: "real" | "weak" | "none" = "none";
    let relative = false;
    let dotDot = false;
    const scope = this.taint.scopeOfFunction(fn);
    walk(fn.body, (node) => {
      if (result === "real") return false;
      if (node.type !== "CallExpression") return undefined;
      const callee = unwrapExpression(node.callee);
      const method = memberPropertyName(callee);
      const args = node.arguments as AstNode[];
      if (method === "relative" && staticPath(callee)?.endsWith("relative")) relative = true;
      if (method === "isAbsolute") dotDot = true;
      if (method !== "startsWith" || callee?.type !== "MemberExpression") return undefined;
      const prefix = this.constants.string(args[0]);
      if (prefix !== undefined && prefix.startsWith("..")) {
        dotDot = true;
        return undefined;
      }
      const receiver = unwrapExpression(callee.object)!;
      const receiverName = identifierName(receiver);
      if (names && receiverName !== undefined && !names.has(receiverName)) return undefined;
      const normalised = this.isNormalised(receiver, scope);
      const separated = this.endsWithSeparator(args[0], scope, 0);
      result = normalised && separated ? "real" : "weak";
      return undefined;
    });
    const found = result as "real" | "weak" | "none";
    return found !== "real" && relative && dotDot ? "real" : found;
  }

  private isNormalised(node: AstNode, scope: Scope | undefined): boolean {
    const n = unwrapExpression(node);
    if (!n) return false;
    const inner = n.type === "AwaitExpression" ? unwrapExpression(n.argument) : n;
    if (inner?.type === "CallExpression") return NORMALISERS.test(staticPath(inner.callee) ?? memberPropertyName(inner.callee) ?? "");
    if (inner?.type === "Identifier" && scope) return this.definitionsOf(inner.name as string, scope).some((d) => this.isNormalised(d, scope));
    return false;
  }

  private endsWithSeparator(node: unknown, scope: Scope | undefined, depth: number): boolean {
    const n = unwrapExpression(node);
    if (!n || depth > 4) return false;
    const text = this.constants.string(n);
    if (text !== undefined) return SEPARATOR.test(text);
    if (isSeparator(n)) return true;
    if (n.type === "BinaryExpression" && n.operator === "+") return this.endsWithSeparator(n.right, scope, depth + 1);
    if (n.type === "TemplateLiteral") {
      const quasis = n.quasis as AstNode[];
      const last = (quasis[quasis.length - 1]?.value as { cooked?: string } | undefined)?.cooked ?? "";
      if (last) return SEPARATOR.test(last);
      const expressions = n.expressions as AstNode[];
      return this.endsWithSeparator(expressions[expressions.length - 1], scope, depth + 1);
    }
    if (n.type === "Identifier" && scope) return this.definitionsOf(n.name as string, scope).some((d) => this.endsWithSeparator(d, scope, depth + 1));
    return false;
  }

  /** The URL's scheme and host are fixed by the code: a literal `https://host/` prefix, or an untrusted value only after a base. */
  private fixedOrigin(url: AstNode, scope: Scope): boolean {
    const n = unwrapExpression(url)!;
    let head: unknown;
    if (n.type === "TemplateLiteral") {
      const first = ((n.quasis as AstNode[])[0]?.value as { cooked?: string } | undefined)?.cooked ?? "";
      if (first) return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(first) || (!/:\/\//.test(first) && first.startsWith("/"));
      head = (n.expressions as AstNode[])[0];
    } else if (n.type === "BinaryExpression" && n.operator === "+") {
      head = flattenConcat(n)[0];
      const text = this.constants.string(head);
      if (text !== undefined) return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(text);
    } else if (n.type === "NewExpression" && staticPath(n.callee) === "URL" && (n.arguments as AstNode[]).length >= 2) {
      // new URL(path, base): only a relative path keeps the base's host, so the base alone is no guarantee.
      return false;
    } else {
      return false;
    }
    const headLabel = this.label(head, scope);
    return headLabel === undefined;
  }

  /**
   * An allowlist check on the URL's host before the request: a comparison or lookup of `.hostname`/`.host`/`.origin`,
   * or a validator call, on the URL itself or a value it was built from (a check on some other URL is no check).
   */
  private urlChecked(url: AstNode, sink: Sink): boolean {
    const names = this.namesBehind(url, sink.scope);
    const aboutUrl = (node: unknown): boolean => {
      let hit = false;
      walk(node, (n) => {
        if (hit) return false;
        if (n.type === "Identifier" && names.has(n.name as string)) hit = true;
        return undefined;
      });
      return hit;
    };
    const hostOfUrl = (node: unknown): boolean => isHostMember(node) && aboutUrl(node);
    let checked = false;
    for (const fn of sink.ancestors.filter(isFunctionNode)) {
      walk(fn.body, (node) => {
        if (checked) return false;
        if (node.type === "BinaryExpression" && /^[!=]==?$/.test(node.operator as string) && (hostOfUrl(node.left) || hostOfUrl(node.right))) checked = true;
        if (node.type === "CallExpression") {
          const method = memberPropertyName(node.callee);
          const args = node.arguments as AstNode[];
          if (method && ["includes", "has", "some", "endsWith", "test", "indexOf", "match"].includes(method) && (args.some(hostOfUrl) || hostOfUrl(unwrapExpression(node.callee)?.object))) checked = true;
          const name = identifierName(node.callee) ?? method;
          if (name && URL_GUARD_NAME.test(name) && /url|host|domain|origin/i.test(name) && args.some(aboutUrl)) checked = true;
        }
        return undefined;
      });
      if (checked) return true;
    }
    return false;
  }

  /** The variable names an expression's value is built from, following local definitions. */
  private namesBehind(input: AstNode, scope: Scope): Set<string> {
    const names = new Set<string>();
    const expressions = [input];
    for (let i = 0; i < expressions.length && i < 20; i++) {
      walk(expressions[i], (node) => {
        if (node.type === "Identifier" && !names.has(node.name as string)) {
          names.add(node.name as string);
          expressions.push(...this.definitionsOf(node.name as string, scope));
        }
        return isFunctionNode(node) ? false : undefined;
      });
    }
    return names;
  }
}

/** Adds `const run = promisify(exec)`, `util.promisify(cp.exec)` and `const e = cp.exec` to the import bindings. */
function withAliases(parsed: ParsedJs, bindings: Map<string, ModuleBinding>): Map<string, ModuleBinding> {
  if (!/promisify|=\s*[\w$]+\.\w+/.test(parsed.file.text)) return bindings;
  const declarators: AstNode[] = [];
  walk(parsed.program, (node) => {
    if (node.type === "VariableDeclarator" && node.id && (node.id as AstNode).type === "Identifier" && isNode(node.init)) declarators.push(node);
  });
  for (let pass = 0; pass < 2; pass++) {
    for (const d of declarators) {
      const name = (d.id as AstNode).name as string;
      if (bindings.has(name)) continue;
      const init = unwrapExpression(d.init)!;
      if (init.type === "CallExpression") {
        const wrapper = resolveImported(init.callee, bindings);
        const path = staticPath(init.callee);
        const isPromisify = wrapper ? wrapper.module === "util" && wrapper.imported === "promisify" : path === "promisify" || path === "util.promisify";
        const inner = isPromisify ? resolveImported((init.arguments as AstNode[])[0], bindings) : undefined;
        if (inner) bindings.set(name, inner);
      } else if (init.type === "MemberExpression") {
        const target = resolveImported(init, bindings);
        if (target) bindings.set(name, target);
      }
    }
  }
  return bindings;
}

/**
 * ajv 7+ compiles a schema with `new Function(\`${names.self}\`, \`${names.scope}\`, code)`, where code comes from its
 * tagged-template code generator, which escapes every value taken from the schema (ajv 6's compiler did not, and keeps firing).
 */
function isAjvCompile(what: string, inputs: AstNode[]): boolean {
  if (what !== "Function" || inputs.length !== 3) return false;
  const nameOf = (n: AstNode | undefined): string | undefined => {
    if (n?.type !== "TemplateLiteral" || (n.expressions as AstNode[]).length !== 1) return undefined;
    if ((n.quasis as AstNode[]).some((q) => (q.value as { cooked?: string }).cooked !== "")) return undefined;
    return memberPropertyName(unwrapExpression((n.expressions as AstNode[])[0]));
  };
  return nameOf(inputs[0]) === "self" && nameOf(inputs[1]) === "scope";
}

function isHttpClient(binding: ModuleBinding): boolean {
  switch (binding.module) {
    case "http":
    case "https":
      return binding.imported === "get" || binding.imported === "request";
    case "axios":
    case "got":
    case "ky":
    case "node-fetch":
    case "cross-fetch":
    case "isomorphic-fetch":
    case "superagent":
    case "needle":
      return binding.imported === "default" || binding.imported === "*" || HTTP_VERBS.has(binding.imported);
    case "undici":
      return binding.imported === "fetch" || binding.imported === "request" || binding.imported === "stream";
    default:
      return false;
  }
}

function hasShellOption(args: AstNode[], constants: JsConstants): boolean {
  for (const arg of args) {
    if (arg.type !== "ObjectExpression") continue;
    const shell = objectProperty(arg, "shell");
    if (!shell) continue;
    const value = unwrapExpression(shell)!;
    if (value.type === "Literal") return value.value !== false && value.value !== 0 && value.value !== "" && value.value !== null;
    if (value.type === "UnaryExpression" && value.operator === "!") return literalFalsy(value.argument) === true;
    return constants.string(value) !== "" ;
  }
  return false;
}

/** For `!0` / `!1`: true when the operand is a falsy literal. */
function literalFalsy(node: unknown): boolean | undefined {
  const n = unwrapExpression(node);
  return n?.type === "Literal" ? !n.value : undefined;
}

function objectProperty(object: AstNode, key: string): AstNode | undefined {
  for (const p of object.properties as AstNode[]) {
    if (p.type !== "Property") continue;
    const name = p.computed ? literalString(p.key) : identifierName(p.key) ?? literalString(p.key);
    if (name === key) return unwrapExpression(p.value);
  }
  return undefined;
}

function flattenConcat(node: AstNode): AstNode[] {
  const n = unwrapExpression(node)!;
  if ((n.type === "BinaryExpression" && n.operator === "+") || (n.type === "AssignmentExpression" && n.operator === "+=")) {
    return [...flattenConcat(n.left as AstNode), ...flattenConcat(n.right as AstNode)];
  }
  return [n];
}

function isSeparator(node: AstNode): boolean {
  const path = staticPath(node);
  return path !== undefined && (path === "sep" || path.endsWith(".sep"));
}

function isHostMember(node: unknown): boolean {
  const n = unwrapExpression(node);
  if (n?.type !== "MemberExpression") return false;
  const property = memberPropertyName(n);
  return property === "hostname" || property === "host" || property === "origin";
}

function isFalseValue(node: unknown): boolean {
  const n = unwrapExpression(node);
  if (n?.type === "Literal") return n.value === false || n.value === 0 || n.value === "0" || n.value === "false";
  return n?.type === "UnaryExpression" && n.operator === "!" && literalFalsy(n.argument) === false;
}

/** `rejectUnauthorized: false`, `strictSSL: false`, `{ NODE_TLS_REJECT_UNAUTHORIZED: "0" }`. */
function isTlsOption(node: AstNode, constants: JsConstants): boolean {
  const key = node.computed ? constants.string(node.key) : identifierName(node.key) ?? literalString(node.key);
  if (key === "rejectUnauthorized" || key === "strictSSL") return isFalseValue(node.value);
  if (key === "NODE_TLS_REJECT_UNAUTHORIZED") return constants.string(node.value) === "0" || isFalseValue(node.value);
  return false;
}

/** `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"`. */
function isTlsEnvAssignment(node: AstNode, constants: JsConstants): boolean {
  const target = staticPath(node.left);
  if (!target?.endsWith("env.NODE_TLS_REJECT_UNAUTHORIZED")) return false;
  return constants.string(node.right) === "0" || isFalseValue(node.right);
}

function tlsMessage(text: string): string {
  return /NODE_TLS_REJECT_UNAUTHORIZED/.test(text)
    ? "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for every TLS connection the process makes: anyone on the network path can read and change the traffic."
    : "Certificate verification is turned off for this connection: anyone on the network path can impersonate the server and read or change the traffic.";
}
