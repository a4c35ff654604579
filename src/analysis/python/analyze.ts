/**
 * The Python side of the analysis (tree-sitter via @ast-grep/napi): the MCP surface (FastMCP decorators, low-level
 * handlers, `types.Tool(...)`), HTTP routes (FastAPI, Flask), and the sinks (subprocess, os.system, eval/exec, file
 * access, HTTP clients, SQL cursors, TLS switches) with the origins of their inputs. A function's returns are its
 * summary in terms of its parameters, applied at each call in the module; parameters resolve through the module's calls.
 */
import type { ToolDescriptor } from "../../model.js";
import { snippet } from "../ast.js";
import type { Check, FlowStep, HttpEntry, Origin, SettingHit, SinkHit, SinkInput, StringLiteral, TextPart, Trace } from "../code-facts.js";
import { pythonSurface } from "./surface.js";
import { type ParsedPython, type SgNode, namedChildren, pyArguments, pyDottedName, pyLine, pyStringValue } from "../python-ast.js";

export interface PythonAnalysis {
  tools: ToolDescriptor[];
  http: HttpEntry[];
  sinks: SinkHit[];
  settings: SettingHit[];
  strings: StringLiteral[];
}

const MIN_STRING = 20;
const SUBPROCESS = new Set(["run", "call", "Popen", "check_output", "check_call"]);
const SHELL_ALWAYS = new Set(["os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput", "asyncio.create_subprocess_shell", "commands.getoutput"]);
const PATH_CALLS = new Set([
  "open", "io.open", "os.open", "os.remove", "os.unlink", "os.rmdir", "os.removedirs", "os.listdir", "os.scandir", "os.makedirs", "os.mkdir",
  "os.rename", "os.replace", "os.stat", "shutil.rmtree", "shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.copytree", "shutil.move",
  "aiofiles.open", "builtins.open",
]);
const PATH_METHODS = new Set(["read_text", "write_text", "read_bytes", "write_bytes", "unlink", "rmdir", "mkdir", "iterdir", "open", "touch"]);
const HTTP_MODULES = new Set(["requests", "httpx", "aiohttp", "urllib3"]);
const HTTP_VERBS = new Set(["get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "urlopen"]);
const OPAQUE = new Set(["int", "float", "bool", "len", "hash", "id", "uuid.uuid4", "time.time", "datetime.now", "datetime.datetime.now", "random.random"]);
const REQUEST_ATTRIBUTES = new Set(["args", "form", "json", "query_params", "path_params", "headers", "cookies", "get_json", "body", "values", "data", "files"]);
const SQL_TEXT = /\b(?:select|insert|update|delete|create|drop|alter|pragma|from|where|values|into|join|order\s+by|limit|table)\b/i;
const ROUTE_DECORATORS = new Set(["get", "post", "put", "delete", "patch", "route", "api_route", "websocket"]);

interface Param {
  fn: SgNode;
  index: number;
  path: string[];
  steps: FlowStep[];
  checks: Check[];
}

type Atom = (Trace & { fn?: undefined }) | Param;

interface Scope {
  fn?: SgNode;
  /** Values assigned to each name in this scope. */
  defs: Map<string, SgNode[]>;
  params: Map<string, number>;
}

export function analyzePython(modules: readonly ParsedPython[]): PythonAnalysis {
  const out: PythonAnalysis = { tools: [], http: [], sinks: [], settings: [], strings: [] };
  for (const parsed of modules) {
    const module = new PythonModule(parsed);
    out.tools.push(...module.surface.tools);
    out.http.push(...module.http);
    out.sinks.push(...module.sinks());
    out.settings.push(...module.tls());
    out.strings.push(...module.strings());
  }
  return out;
}

class PythonModule {
  readonly surface: ReturnType<typeof pythonSurface>;
  readonly http: HttpEntry[] = [];
  private readonly imports = new Map<string, string>();
  private readonly scopes = new Map<number, Scope>();
  private readonly functions = new Map<string, SgNode>();
  private readonly returns = new Map<number, SgNode[]>();
  private readonly calls: { node: SgNode; scope: number; fn?: SgNode }[] = [];
  private readonly routeHandlers = new Map<number, string>();
  private readonly memo = new Map<number, Atom[]>();
  private readonly active = new Set<number>();
  private readonly paramMemo = new Map<string, Trace[]>();
  private readonly path: string;

  constructor(private readonly parsed: ParsedPython) {
    this.path = parsed.file.path;
    this.surface = pythonSurface(parsed);
    this.readImports();
    this.scopes.set(-1, { defs: new Map(), params: new Map() });
    this.collect(parsed.root, -1, undefined);
    this.readRoutes();
  }

  // ------------------------------------------------------------------ reading the module

  private readImports(): void {
    for (const node of this.parsed.root.findAll({ rule: { any: [{ kind: "import_statement" }, { kind: "import_from_statement" }] } })) {
      if (node.kind() === "import_statement") {
        for (const item of namedChildren(node)) {
          if (item.kind() === "dotted_name") this.imports.set(item.text().split(".")[0]!, item.text().split(".")[0]!);
          else if (item.kind() === "aliased_import") {
            const name = item.field("name")?.text();
            const alias = item.field("alias")?.text();
            if (name && alias) this.imports.set(alias, name);
          }
        }
      } else {
        const module = node.field("module_name")?.text();
        if (!module) continue;
        for (const item of namedChildren(node).slice(1)) {
          if (item.kind() === "dotted_name") this.imports.set(item.text(), `${module}.${item.text()}`);
          else if (item.kind() === "aliased_import") {
            const name = item.field("name")?.text();
            const alias = item.field("alias")?.text();
            if (name && alias) this.imports.set(alias, `${module}.${name}`);
          }
        }
      }
    }
  }

  private collect(node: SgNode, scope: number, fn: SgNode | undefined): void {
    for (const child of namedChildren(node)) {
      const kind = child.kind();
      if (kind === "function_definition") {
        const own = child.range().start.index;
        const name = child.field("name")?.text();
        if (name && !this.functions.has(name)) this.functions.set(name, child);
        const params = new Map<string, number>();
        parameterNames(child).forEach((p, i) => params.set(p, i));
        this.scopes.set(own, { fn: child, defs: new Map(), params });
        const body = child.field("body");
        if (body) this.collect(body, own, child);
        continue;
      }
      if (kind === "assignment" || kind === "augmented_assignment") {
        const left = child.field("left");
        const right = child.field("right");
        if (left && right) for (const name of targetNames(left)) this.define(scope, name, right);
      } else if (kind === "for_statement") {
        const left = child.field("left");
        const right = child.field("right");
        if (left && right) for (const name of targetNames(left)) this.define(scope, name, right);
      } else if (kind === "with_item") {
        const value = child.field("value");
        if (value?.kind() === "as_pattern") {
          const alias = value.field("alias");
          const source = namedChildren(value)[0];
          if (alias && source) for (const name of targetNames(alias)) this.define(scope, name, source);
        }
      } else if (kind === "return_statement") {
        const value = namedChildren(child)[0];
        if (value && fn) {
          const list = this.returns.get(scope) ?? [];
          list.push(value);
          this.returns.set(scope, list);
        }
      } else if (kind === "call") {
        this.calls.push({ node: child, scope, ...(fn ? { fn } : {}) });
      }
      this.collect(child, scope, fn);
    }
  }

  private define(scope: number, name: string, value: SgNode): void {
    const s = this.scopes.get(scope)!;
    s.defs.set(name, [...(s.defs.get(name) ?? []), value]);
  }

  /** FastAPI / Flask route decorators: the handler's parameters are request data. */
  private readRoutes(): void {
    for (const decorated of this.parsed.root.findAll({ rule: { kind: "decorated_definition" } })) {
      const fn = decorated.field("definition");
      if (!fn || fn.kind() !== "function_definition") continue;
      for (const decorator of namedChildren(decorated).filter((c) => c.kind() === "decorator")) {
        const call = namedChildren(decorator)[0];
        if (call?.kind() !== "call") continue;
        const target = call.field("function");
        const method = target?.kind() === "attribute" ? target.field("attribute")?.text() : undefined;
        const object = target?.kind() === "attribute" ? pyDottedName(target.field("object")) : undefined;
        if (!method || !ROUTE_DECORATORS.has(method) || !object || /^(?:mcp|server)$/.test(object)) continue;
        const route = pyStringValue(pyArguments(call).positional[0]) ?? "*";
        this.routeHandlers.set(fn.range().start.index, `${method === "route" || method === "api_route" ? "*" : method.toUpperCase()} ${route}`);
        this.http.push({ framework: "python", method: method.toUpperCase(), route, location: { path: this.path, startLine: pyLine(decorated) }, servesMcp: /^\/(?:mcp|sse|messages?)(?:\/|$)/.test(route) });
      }
    }
  }

  /** The imported dotted name a callee refers to: `sp.run` → subprocess.run when `import subprocess as sp`. */
  private canonical(node: SgNode | null | undefined): string | undefined {
    const dotted = pyDottedName(node);
    if (dotted === undefined) return undefined;
    const [head, ...rest] = dotted.split(".");
    const mapped = this.imports.get(head!);
    return mapped ? [mapped, ...rest].join(".") : dotted;
  }

  // ------------------------------------------------------------------ values

  private atoms(node: SgNode | null | undefined, scope: number, depth = 0): Atom[] {
    if (!node || depth > 40) return [];
    // A node is read in the scope it sits in; the id tells nodes starting at the same offset apart.
    const key = node.id();
    const cached = this.memo.get(key);
    if (cached && this.memoScope.get(key) === scope) return cached;
    if (this.active.has(key)) return [];
    this.active.add(key);
    try {
      const result = this.compute(node, scope, depth).slice(0, 24);
      this.memo.set(key, result);
      this.memoScope.set(key, scope);
      return result;
    } finally {
      this.active.delete(key);
    }
  }

  private readonly memoScope = new Map<number, number>();

  private compute(node: SgNode, scope: number, depth: number): Atom[] {
    const next = (n: SgNode | null | undefined): Atom[] => this.atoms(n, scope, depth + 1);
    const all = (nodes: (SgNode | null | undefined)[]): Atom[] => nodes.flatMap((n) => next(n));
    switch (node.kind()) {
      case "identifier":
        return this.identifier(node.text(), scope, node, depth);
      case "attribute": {
        const name = this.canonical(node);
        if (name === "os.environ" || name?.startsWith("os.environ.")) return [this.source("env", "os.environ", node)];
        if (name === "sys.argv") return [this.source("process-argv", "sys.argv", node)];
        const object = node.field("object");
        if (isRequestObject(object) && REQUEST_ATTRIBUTES.has(node.field("attribute")?.text() ?? "")) return [this.source("http-request", "the request of a route", node)];
        return next(object);
      }
      case "subscript": {
        const value = node.field("value");
        const name = this.canonical(value);
        if (name === "os.environ") return [this.source("env", "os.environ", node)];
        if (name === "sys.argv") return [this.source("process-argv", "sys.argv", node)];
        return next(value);
      }
      case "call":
        return this.call(node, scope, depth);
      case "string":
        return all(namedChildren(node).filter((c) => c.kind() === "interpolation").map((c) => namedChildren(c)[0]));
      case "concatenated_string":
      case "list":
      case "tuple":
      case "set":
      case "expression_list":
      case "parenthesized_expression":
      case "await":
      case "list_splat":
      case "dictionary_splat":
      case "list_comprehension":
      case "generator_expression":
        return all(namedChildren(node));
      case "dictionary":
        return all(namedChildren(node).map((p) => p.field("value") ?? p));
      case "binary_operator":
      case "boolean_operator":
        return all([node.field("left"), node.field("right")]);
      case "conditional_expression":
        return all(namedChildren(node).slice(0, 1).concat(namedChildren(node).slice(2)));
      case "for_in_clause":
        return next(node.field("right"));
      case "augmented_assignment":
        return next(node.field("right"));
      default:
        return [];
    }
  }

  private identifier(name: string, scope: number, node: SgNode, depth: number): Atom[] {
    const own = this.scopes.get(scope);
    const out: Atom[] = [];
    if (own?.params.has(name) && own.fn) out.push({ fn: own.fn, index: own.params.get(name)!, path: [], steps: [], checks: [] });
    const defs = own?.defs.get(name) ?? (scope === -1 ? [] : this.scopes.get(-1)!.defs.get(name) ?? []);
    const home = own?.defs.has(name) ? scope : -1;
    for (const def of defs) out.push(...this.atoms(def, home, depth + 1));
    if (this.canonical(node) === "sys.argv") out.push(this.source("process-argv", "sys.argv", node));
    return out;
  }

  private call(node: SgNode, scope: number, depth: number): Atom[] {
    const callee = node.field("function");
    const name = this.canonical(callee);
    const args = pyArguments(node);
    const argAtoms = (): Atom[] => [...args.positional, ...args.keywords.values()].flatMap((a) => this.atoms(a, scope, depth + 1));
    if (name && OPAQUE.has(name)) return [];
    if (name === "os.getenv" || name === "os.environ.get") return [this.source("env", `${name}()`, node)];
    if (name === "input") return [];
    if (name && this.isHttpCall(name, callee)) return [this.source("network-response", `the response of ${name}()`, node)];
    if (name === "shlex.quote" || name === "pipes.quote") return withCheck(argAtoms(), { kind: "shell-quoted", holds: true, detail: `quoted by ${name}` });
    if (name === "os.path.basename") return withCheck(argAtoms(), { kind: "basename", holds: true, detail: "reduced to its base name" });
    if (name === "urllib.parse.quote") return withCheck(argAtoms(), { kind: "uri-encoded", holds: true, detail: "encoded by urllib.parse.quote" });
    const local = name ? this.functions.get(name) : undefined;
    if (local) return this.instantiate(local, args, scope, node, depth);
    const method = callee?.kind() === "attribute" ? callee.field("attribute")?.text() : undefined;
    // open(path).read(), path.read_text(): the contents of a file.
    if (method && ["read", "read_text", "read_bytes", "readlines"].includes(method)) return [this.source("file-content", `the contents read by .${method}()`, node)];
    const receiver = callee?.kind() === "attribute" ? this.atoms(callee.field("object"), scope, depth + 1) : [];
    return [...receiver, ...argAtoms()];
  }

  /** A local function's returns with its parameters replaced by this call's arguments. */
  private instantiate(fn: SgNode, args: ReturnType<typeof pyArguments>, scope: number, call: SgNode, depth: number): Atom[] {
    const own = fn.range().start.index;
    const params = parameterNames(fn);
    const out: Atom[] = [];
    const step = this.step(call, `passed through ${fn.field("name")?.text() ?? "a helper"}()`);
    for (const r of this.returns.get(own) ?? []) {
      for (const atom of this.atoms(r, own, depth + 1)) {
        if (atom.fn !== fn) {
          out.push(atom);
          continue;
        }
        const arg = args.positional[atom.index] ?? args.keywords.get(params[atom.index] ?? "");
        for (const a of arg ? this.atoms(arg, scope, depth + 1) : []) out.push({ ...a, steps: [...a.steps, step, ...atom.steps], checks: [...a.checks, ...atom.checks] });
      }
    }
    return out;
  }

  /** Traces of every source reaching `node`, parameters resolved through the handler's role or the module's calls. */
  traces(node: SgNode | undefined, scope: number): Trace[] {
    if (!node) return [];
    return this.resolve(this.atoms(node, scope), 0);
  }

  private resolve(atoms: Atom[], depth: number): Trace[] {
    const out: Trace[] = [];
    for (const atom of atoms) {
      if (atom.fn === undefined) out.push(atom);
      else for (const t of this.paramTraces(atom.fn, atom.index, depth)) out.push({ ...t, steps: [...t.steps, ...atom.steps], checks: [...t.checks, ...atom.checks] });
    }
    return out;
  }

  private paramTraces(fn: SgNode, index: number, depth: number): Trace[] {
    const own = fn.range().start.index;
    const key = `${own}:${index}`;
    const cached = this.paramMemo.get(key);
    if (cached) return cached;
    if (depth > 8) return [];
    this.paramMemo.set(key, []);
    const params = parameterNames(fn);
    const name = fn.field("name")?.text();
    const out: Trace[] = [];
    if (this.surface.handlers.has(own)) {
      const tool = this.surface.tools.find((t) => t.location.startLine !== undefined && t.location.startLine <= pyLine(fn) && pyLine(fn) - t.location.startLine < 20)?.name;
      out.push({ ...this.source("tool-argument", `argument ${params[index] ?? index} of ${tool ? `tool "${tool}"` : "a tool handler"}`, fn), ...(tool ? { tool } : {}), field: [params[index] ?? String(index)] });
    } else if (this.routeHandlers.has(own)) {
      out.push(this.source("http-request", `parameter ${params[index] ?? index} of route ${this.routeHandlers.get(own)}`, fn));
    } else {
      let callers = 0;
      for (const call of this.calls) {
        if (!name || pyDottedName(call.node.field("function")) !== name) continue;
        callers++;
        const args = pyArguments(call.node);
        const arg = args.positional[index] ?? args.keywords.get(params[index] ?? "");
        if (!arg) continue;
        const step = this.step(call.node, `passed to ${name}()`);
        for (const t of this.resolve(this.atoms(arg, call.scope), depth + 1)) out.push({ ...t, steps: [...t.steps, step] });
      }
      if (callers === 0) out.push(this.source("unresolved", `a parameter of ${name ?? "a function"}(), whose callers the analysis does not see`, fn));
    }
    this.paramMemo.set(key, out);
    return out;
  }

  private source(origin: Origin, source: string, node: SgNode): Trace {
    return { origin, source, steps: [this.step(node, origin === "env" ? `read from ${source}` : source)], checks: [] };
  }

  private step(node: SgNode, what: string): FlowStep {
    return { path: this.path, line: pyLine(node), what };
  }

  private isHttpCall(name: string, callee: SgNode | null): boolean {
    const [module, ...rest] = name.split(".");
    const verb = rest[rest.length - 1] ?? "";
    if (name === "urllib.request.urlopen") return true;
    if (HTTP_MODULES.has(module!) && HTTP_VERBS.has(verb)) return true;
    // `client.get(url)` on an httpx / aiohttp client or session.
    const object = callee?.kind() === "attribute" ? pyDottedName(callee.field("object")) : undefined;
    return object !== undefined && /(?:^|\.|_)(?:client|session|http)$/i.test(object) && HTTP_VERBS.has(verb);
  }

  // ------------------------------------------------------------------ sinks

  sinks(): SinkHit[] {
    const out: SinkHit[] = [];
    for (const call of this.calls) {
      const hit = this.classify(call.node, call.scope, call.fn);
      if (hit) out.push(hit);
    }
    return out;
  }

  private hit(call: SgNode, sink: string, kind: SinkHit["kind"], api: string, inputs: SinkInput[], fn: SgNode | undefined, shell?: boolean): SinkHit {
    const anchor = this.anchor(fn, inputs);
    return {
      sink,
      kind,
      api,
      language: "python",
      location: { path: this.path, startLine: pyLine(call) },
      evidence: snippet(call.text()),
      inputs,
      ...(anchor ? { anchor } : {}),
      ...(shell ? { shell: true } : {}),
    };
  }

  private input(role: SinkInput["role"], node: SgNode, scope: number): SinkInput {
    const parts = this.parts(node, scope);
    return { role, traces: this.traces(node, scope), ...(parts.length > 0 ? { parts } : {}) };
  }

  private classify(call: SgNode, scope: number, fn: SgNode | undefined): SinkHit | undefined {
    const callee = call.field("function");
    const name = this.canonical(callee);
    if (!name) return undefined;
    const args = pyArguments(call);
    const first = args.positional[0];
    const method = callee?.kind() === "attribute" ? callee.field("attribute")?.text() : undefined;
    const shell = args.keywords.get("shell");
    const shellOn = shell !== undefined && shell.kind() !== "false" && shell.text() !== "None";
    if (SHELL_ALWAYS.has(name) || (name.startsWith("subprocess.") && SUBPROCESS.has(name.slice(11)) && shellOn)) {
      if (!first) return undefined;
      return this.hit(call, name, "shell", name, [this.input("command", first, scope)], fn, true);
    }
    if (name.startsWith("subprocess.") && SUBPROCESS.has(name.slice(11))) {
      if (!first) return undefined;
      return this.hit(call, name, "argv", name, [this.input("arguments", first, scope)], fn);
    }
    if ((name === "eval" || name === "exec") && !this.imports.has(name)) {
      if (!first) return undefined;
      return this.hit(call, name, "code", `${name}()`, [this.input("code", first, scope)], fn);
    }
    if (PATH_CALLS.has(name) || (method && PATH_METHODS.has(method) && callee?.field("object") && !this.isHttpCall(name, callee))) {
      const input = PATH_CALLS.has(name) ? first : callee?.field("object") ?? undefined;
      if (!input) return undefined;
      const path = this.input("path", input, scope);
      if (fn) {
        const checks = this.containment(fn, input);
        const checked = (traces: Trace[]): Trace[] => traces.map((t) => ({ ...t, checks: [...t.checks, ...checks] }));
        path.traces = checked(path.traces);
        if (path.parts) path.parts = path.parts.map((p) => ("hole" in p ? { hole: checked(p.hole) } : p));
      }
      return this.hit(call, name, "file", `${name}()`, [path], fn);
    }
    if (this.isHttpCall(name, callee)) {
      const url = first ?? args.keywords.get("url");
      if (!url) return undefined;
      const input = this.input("url", url, scope);
      if (fn && hostChecked(fn)) {
        const check: Check = { kind: "url-host-allowed", holds: true, detail: "the parsed host is compared before the request" };
        input.traces = input.traces.map((t) => ({ ...t, checks: [...t.checks, check] }));
        if (input.parts) input.parts = input.parts.map((p) => ("hole" in p ? { hole: p.hole.map((t) => ({ ...t, checks: [...t.checks, check] })) } : p));
      }
      return this.hit(call, name, "url", `${name}()`, [input], fn);
    }
    if ((method === "execute" || method === "executemany" || method === "executescript" || method === "raw") && first) {
      const input = this.input("sql", first, scope);
      const text = (input.parts ?? []).map((p) => ("text" in p ? p.text : " ? ")).join("");
      if (!SQL_TEXT.test(text)) return undefined;
      return this.hit(call, `sql.${method}`, "sql", `${method}()`, [input], fn);
    }
    return undefined;
  }

  /** The text an input is built from: f-strings, concatenation, %-formatting and str.format with holes. */
  private parts(node: SgNode, scope: number, depth = 0): TextPart[] {
    const fixed = pyStringValue(node);
    if (fixed !== undefined) return [{ text: fixed }];
    if (depth > 4) return [{ hole: this.traces(node, scope) }];
    switch (node.kind()) {
      case "string": {
        const out: TextPart[] = [];
        for (const c of namedChildren(node)) {
          if (c.kind() === "string_content" || c.kind() === "escape_sequence") out.push({ text: c.text() });
          else if (c.kind() === "interpolation") out.push({ hole: this.traces(namedChildren(c)[0], scope) });
        }
        return out;
      }
      case "binary_operator": {
        const left = node.field("left");
        const right = node.field("right");
        const operator = node.field("operator")?.text() ?? "";
        if (operator === "+" && left && right) return [...this.parts(left, scope, depth + 1), ...this.parts(right, scope, depth + 1)];
        if (operator === "%" && left && right) return [...this.parts(left, scope, depth + 1), { hole: this.traces(right, scope) }];
        break;
      }
      case "call":
        if (node.field("function")?.field("attribute")?.text() === "format") {
          const object = node.field("function")?.field("object");
          const args = pyArguments(node);
          return [...(object ? this.parts(object, scope, depth + 1) : []), { hole: [...args.positional, ...args.keywords.values()].flatMap((a) => this.traces(a, scope)) }];
        }
        break;
      case "identifier": {
        const defs = this.scopes.get(scope)?.defs.get(node.text()) ?? this.scopes.get(-1)!.defs.get(node.text()) ?? [];
        if (defs.length === 1) return this.parts(defs[0]!, scope, depth + 1);
        break;
      }
      default:
        break;
    }
    return [{ hole: this.traces(node, scope) }];
  }

  /** A real check: `.is_relative_to(`, `os.path.commonpath`, or `p.startswith(root + os.sep)` after realpath/abspath/resolve(). */
  private containment(fn: SgNode, _input: SgNode): Check[] {
    let weak: Check | undefined;
    for (const call of fn.findAll({ rule: { kind: "call" } })) {
      const callee = call.field("function");
      const name = this.canonical(callee) ?? "";
      const method = callee?.kind() === "attribute" ? callee.field("attribute")?.text() ?? "" : name;
      if (method === "is_relative_to" || name === "os.path.commonpath" || method === "relative_to") return [{ kind: "path-contained", holds: true, detail: `checked with ${method === "is_relative_to" || method === "relative_to" ? `Path.${method}` : "os.path.commonpath"}`, at: this.step(call, "containment check") }];
      if (method !== "startswith") {
        const local = this.functions.get(name);
        if (local && local !== fn) {
          const inner = this.containment(local, _input);
          if (inner.some((c) => c.holds)) return inner;
        }
        continue;
      }
      const receiver = callee?.field("object");
      const arg = pyArguments(call).positional[0];
      const normalised = receiver ? this.isNormalised(receiver, fn.range().start.index, 0) : false;
      const separated = arg ? endsWithSeparator(arg) : false;
      if (normalised && separated) return [{ kind: "path-contained", holds: true, detail: "resolved and compared with the root plus os.sep", at: this.step(call, "containment check") }];
      weak = { kind: "path-contained", holds: false, detail: "the startswith check can be bypassed: normalise with os.path.realpath first and compare against the root plus os.sep (or use Path.is_relative_to)", at: this.step(call, "prefix check") };
    }
    return weak ? [weak] : [];
  }

  private isNormalised(node: SgNode, scope: number, depth: number): boolean {
    if (depth > 4) return false;
    if (node.kind() === "call") return /(?:realpath|abspath|normpath|resolve)$/.test(pyDottedName(node.field("function")) ?? node.field("function")?.text() ?? "");
    if (node.kind() === "identifier") return (this.scopes.get(scope)?.defs.get(node.text()) ?? []).some((d) => this.isNormalised(d, scope, depth + 1));
    return false;
  }

  private anchor(fn: SgNode | undefined, inputs: SinkInput[]): string | undefined {
    if (fn && this.surface.handlers.has(fn.range().start.index)) {
      const name = fn.field("name")?.text();
      const tool = this.surface.tools.find((t) => t.name === name)?.name ?? name;
      if (tool) return `tool:${tool}`;
    }
    if (fn && this.routeHandlers.has(fn.range().start.index)) return `route:${this.routeHandlers.get(fn.range().start.index)}`;
    const tool = inputs.flatMap((i) => i.traces).find((t) => t.tool)?.tool;
    if (tool) return `tool:${tool}`;
    const name = fn?.field("name")?.text();
    return name && !name.startsWith("_") ? `export:${name}` : undefined;
  }

  // ------------------------------------------------------------------ settings and strings

  tls(): SettingHit[] {
    const out: SettingHit[] = [];
    const push = (node: SgNode, detail: string): void => {
      out.push({ setting: "tls-verification-off", language: "python", location: { path: this.path, startLine: pyLine(node) }, evidence: snippet(node.text()), detail });
    };
    for (const kw of this.parsed.root.findAll({ rule: { kind: "keyword_argument" } })) {
      if (kw.field("name")?.text() === "verify" && kw.field("value")?.kind() === "false") push(kw.parent() ?? kw, "verify=False");
    }
    for (const attr of this.parsed.root.findAll({ rule: { kind: "attribute" } })) {
      const name = this.canonical(attr);
      if (name === "ssl._create_unverified_context" || name === "ssl.CERT_NONE") push(attr.parent() ?? attr, name);
    }
    for (const assignment of this.parsed.root.findAll({ rule: { kind: "assignment" } })) {
      const left = assignment.field("left");
      if (left?.kind() === "attribute" && left.field("attribute")?.text() === "check_hostname" && assignment.field("right")?.kind() === "false") push(assignment, "check_hostname = False");
    }
    return out;
  }

  strings(): StringLiteral[] {
    const out: StringLiteral[] = [];
    for (const node of this.parsed.root.findAll({ rule: { kind: "string" } })) {
      const value = pyStringValue(node) ?? node.text();
      if (value.length >= MIN_STRING) out.push({ path: this.path, line: pyLine(node), value });
    }
    return out;
  }
}

function withCheck(atoms: Atom[], check: Check): Atom[] {
  return atoms.map((a) => ({ ...a, checks: [...a.checks, check] }));
}

function parameterNames(fn: SgNode): string[] {
  const parameters = fn.field("parameters");
  if (!parameters) return [];
  return namedChildren(parameters).flatMap((p) => {
    if (p.kind() === "identifier") return [p.text()];
    const name = p.field("name") ?? namedChildren(p).find((c) => c.kind() === "identifier");
    return name ? [name.text()] : [];
  }).filter((n) => n !== "self" && n !== "cls");
}

function targetNames(node: SgNode): string[] {
  switch (node.kind()) {
    case "identifier":
      return [node.text()];
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
      return namedChildren(node).flatMap(targetNames);
    case "attribute":
    case "subscript": {
      const object = node.field(node.kind() === "attribute" ? "object" : "value");
      return object ? targetNames(object) : [];
    }
    default:
      return [];
  }
}

function isRequestObject(node: SgNode | null): boolean {
  const text = node ? pyDottedName(node) : undefined;
  return text === "request" || text === "req";
}

function hostChecked(fn: SgNode): boolean {
  return fn.findAll({ rule: { kind: "attribute" } }).some((a) => {
    const attribute = a.field("attribute")?.text();
    if (attribute !== "hostname" && attribute !== "netloc") return false;
    const parent = a.parent();
    return parent?.kind() === "comparison_operator" || (parent?.kind() === "argument_list" && /\b(?:in|endswith|startswith)\b/.test(parent.parent()?.text() ?? ""));
  });
}

function endsWithSeparator(node: SgNode): boolean {
  const value = pyStringValue(node);
  if (value !== undefined) return /[\\/]$/.test(value);
  if (node.kind() === "binary_operator") {
    const right = node.field("right");
    return right ? /^os\.sep$|^os\.path\.sep$/.test(right.text()) || endsWithSeparator(right) : false;
  }
  if (node.kind() === "string") {
    const last = namedChildren(node).filter((c) => c.kind() !== "string_end").at(-1);
    return last?.kind() === "string_content" ? /[\\/]$/.test(last.text()) : /os\.sep\}?$/.test(last?.text() ?? "");
  }
  return false;
}
