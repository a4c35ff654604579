/** One pass over a Python file (tree-sitter via @ast-grep/napi): sinks, what untrusted data reaches them, and drafts per code rule. */
import { pythonSurface } from "./mcp-surface.js";
import { type ParsedPython, type SgNode, namedChildren, pyArguments, pyDottedName, pyLine, pyStringValue } from "./python-ast.js";
import { type TaintLabel, strongerLabel } from "./taint.js";
import { snippet } from "./ast.js";
import type { Draft } from "../model.js";
import { type CodeDrafts, type SinkRule, emptyDrafts, sourcePhrase } from "./code-drafts.js";

/** The code-rule drafts of one parsed Python file. */
export function pythonCodeDrafts(parsed: ParsedPython): CodeDrafts {
  return new PythonSinkScan(parsed).run();
}

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
const SANITIZERS = new Set(["int", "float", "bool", "len", "shlex.quote", "os.path.basename", "quote", "pipes.quote", "urllib.parse.quote", "html.escape"]);
const REQUEST_ATTRIBUTES = new Set(["args", "form", "json", "query_params", "path_params", "headers", "cookies", "get_json", "body", "values", "data", "files"]);
const SQL_TEXT = /\b(?:select|insert|update|delete|create|drop|alter|pragma|from|where|values|into|join|order\s+by|limit|table)\b/i;
const GUARD_NAME = /valid|sanitiz|safe|allowed|within|inside|contain|ensure|assert|check|restrict/i;
const MAX_PASSES = 10;

interface Flow {
  names: string[];
  value: SgNode;
  scope: number;
  /** Parameter flows land in the callee's scope. */
  target?: number;
}

class PythonSinkScan {
  private readonly drafts = emptyDrafts();
  private readonly imports = new Map<string, string>();
  private readonly handlers: Set<number>;
  /** Taint labels by scope (function start offset; -1 for the module) and name. */
  private readonly labels = new Map<number, Map<string, TaintLabel>>();
  private readonly definitions = new Map<number, Map<string, SgNode[]>>();
  private readonly functions = new Map<string, SgNode>();
  private readonly returns = new Map<number, SgNode[]>();
  private readonly flows: Flow[] = [];
  private readonly calls: { node: SgNode; scope: number; fn?: SgNode }[] = [];
  private readonly evaluating = new Set<number>();

  constructor(private readonly parsed: ParsedPython) {
    this.handlers = pythonSurface(parsed).handlers;
    this.readImports();
    this.collect(parsed.root, -1, undefined);
    this.propagate();
  }

  run(): CodeDrafts {
    for (const call of this.calls) this.classify(call.node, call.scope, call.fn);
    this.tls();
    return this.drafts;
  }

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

  /** The imported dotted name a callee refers to: `sp.run` → subprocess.run when `import subprocess as sp`. */
  private canonical(node: SgNode | null | undefined): string | undefined {
    const dotted = pyDottedName(node);
    if (dotted === undefined) return undefined;
    const [head, ...rest] = dotted.split(".");
    const mapped = this.imports.get(head!);
    return mapped ? [mapped, ...rest].join(".") : dotted;
  }

  private collect(node: SgNode, scope: number, fn: SgNode | undefined): void {
    for (const child of namedChildren(node)) {
      const kind = child.kind();
      if (kind === "function_definition") {
        const own = child.range().start.index;
        const name = child.field("name")?.text();
        if (name && !this.functions.has(name)) this.functions.set(name, child);
        const labels = new Map<string, TaintLabel>();
        this.labels.set(own, labels);
        if (this.handlers.has(own)) for (const p of parameterNames(child)) labels.set(p, "tool");
        const body = child.field("body");
        if (body) this.collect(body, own, child);
        continue;
      }
      if (kind === "assignment" || kind === "augmented_assignment") {
        const left = child.field("left");
        const right = child.field("right");
        if (left && right) {
          const names = targetNames(left);
          this.flows.push({ names, value: right, scope });
          if (left.kind() === "identifier") this.define(scope, left.text(), child.kind() === "augmented_assignment" ? child : right);
        }
      } else if (kind === "for_statement") {
        const left = child.field("left");
        const right = child.field("right");
        if (left && right) this.flows.push({ names: targetNames(left), value: right, scope });
      } else if (kind === "with_item") {
        const value = child.field("value");
        if (value?.kind() === "as_pattern") {
          const alias = value.field("alias");
          const source = namedChildren(value)[0];
          if (alias && source) this.flows.push({ names: targetNames(alias), value: source, scope });
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
    let byName = this.definitions.get(scope);
    if (!byName) this.definitions.set(scope, (byName = new Map()));
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }

  private definitionsOf(name: string, scope: number): SgNode[] {
    return this.definitions.get(scope)?.get(name) ?? (scope === -1 ? [] : this.definitions.get(-1)?.get(name) ?? []);
  }

  private propagate(): void {
    // Arguments of calls to functions of this file flow into their parameters.
    for (const { node, scope } of this.calls) {
      const name = pyDottedName(node.field("function"));
      const fn = name ? this.functions.get(name) : undefined;
      if (!fn) continue;
      const params = parameterNames(fn);
      pyArguments(node).positional.forEach((arg, i) => {
        if (params[i]) this.flows.push({ names: [params[i]!], value: arg, scope, target: fn.range().start.index });
      });
    }
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (const flow of this.flows) {
        const label = this.label(flow.value, flow.scope, 0);
        if (!label) continue;
        const home = flow.target ?? flow.scope;
        const labels = this.labels.get(home) ?? new Map<string, TaintLabel>();
        this.labels.set(home, labels);
        for (const name of flow.names) {
          const current = labels.get(name);
          if (strongerLabel(current, label) !== current) {
            labels.set(name, label);
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  label(node: SgNode | null | undefined, scope: number, depth: number): TaintLabel | undefined {
    if (!node || depth > 30) return undefined;
    const next = (n: SgNode | null | undefined): TaintLabel | undefined => this.label(n, scope, depth + 1);
    const all = (nodes: SgNode[]): TaintLabel | undefined => nodes.reduce<TaintLabel | undefined>((acc, n) => strongerLabel(acc, next(n)), undefined);
    switch (node.kind()) {
      case "identifier":
        return this.labels.get(scope)?.get(node.text()) ?? this.labels.get(-1)?.get(node.text());
      case "attribute": {
        const object = node.field("object");
        if (isRequestObject(object) && REQUEST_ATTRIBUTES.has(node.field("attribute")?.text() ?? "")) return "request";
        return next(object);
      }
      case "subscript":
        return next(node.field("value"));
      case "call": {
        const callee = node.field("function");
        const name = this.canonical(callee);
        if (name && SANITIZERS.has(name)) return undefined;
        if (name && this.isHttpCall(name, callee)) return "network";
        const local = name ? this.functions.get(name) : undefined;
        if (local) return this.returnLabel(local, depth);
        const args = pyArguments(node);
        let label = callee?.kind() === "attribute" ? next(callee.field("object")) : undefined;
        label = strongerLabel(label, all(args.positional));
        return strongerLabel(label, all([...args.keywords.values()]));
      }
      case "string":
        return all(namedChildren(node).filter((c) => c.kind() === "interpolation").map((c) => namedChildren(c)[0]!).filter(Boolean));
      case "concatenated_string":
      case "list":
      case "tuple":
      case "set":
      case "expression_list":
      case "parenthesized_expression":
      case "await":
      case "list_splat":
      case "dictionary_splat":
        return all(namedChildren(node));
      case "dictionary":
        return all(namedChildren(node).map((p) => p.field("value") ?? p));
      case "binary_operator":
        return strongerLabel(next(node.field("left")), next(node.field("right")));
      case "conditional_expression":
        return all(namedChildren(node).slice(0, 1).concat(namedChildren(node).slice(2)));
      case "boolean_operator":
        return strongerLabel(next(node.field("left")), next(node.field("right")));
      case "list_comprehension":
      case "generator_expression":
        return all(namedChildren(node));
      case "for_in_clause":
        return next(node.field("right"));
      case "augmented_assignment":
        return next(node.field("right"));
      default:
        return undefined;
    }
  }

  private returnLabel(fn: SgNode, depth: number): TaintLabel | undefined {
    const scope = fn.range().start.index;
    if (this.evaluating.has(scope)) return undefined;
    this.evaluating.add(scope);
    try {
      return (this.returns.get(scope) ?? []).reduce<TaintLabel | undefined>((acc, r) => strongerLabel(acc, this.label(r, scope, depth + 1)), undefined);
    } finally {
      this.evaluating.delete(scope);
    }
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

  private untrusted(node: SgNode | undefined, scope: number): TaintLabel | undefined {
    const label = node ? this.label(node, scope, 0) : undefined;
    return label === "tool" || label === "request" ? label : undefined;
  }

  private report(rule: SinkRule, node: SgNode, message: string, severity?: Draft["severity"]): void {
    const draft: Draft = { message, location: { path: this.parsed.file.path, startLine: pyLine(node) }, evidence: snippet(node.text()) };
    if (severity) draft.severity = severity;
    this.drafts[rule].push(draft);
  }

  private classify(call: SgNode, scope: number, fn: SgNode | undefined): void {
    const callee = call.field("function");
    const name = this.canonical(callee);
    const args = pyArguments(call);
    const first = args.positional[0];
    if (!name) return;
    const method = callee?.kind() === "attribute" ? callee.field("attribute")?.text() : undefined;
    const shell = args.keywords.get("shell");
    if (SHELL_ALWAYS.has(name) || (name.startsWith("subprocess.") && SUBPROCESS.has(name.slice(11)) && shell && shell.kind() !== "false" && shell.text() !== "None")) {
      if (!first || isConstant(first)) return;
      const label = this.untrusted(first, scope);
      if (label) this.report("command-injection", call, `${name} runs a shell command built from ${sourcePhrase(label)}: shell metacharacters in it run as commands.`, "critical");
      else this.report("command-injection", call, `${name} runs a shell command built from a value that is not a literal; if any of it can be influenced, it runs as shell commands.`);
      return;
    }
    if ((name === "eval" || name === "exec") && !this.imports.has(name)) {
      if (!first || isConstant(first)) return;
      const label = this.label(first, scope, 0);
      this.report("dynamic-code-execution", call, `${name}() runs Python code built from ${label ? sourcePhrase(label) : "a value that is not a literal"}.`);
      return;
    }
    if (PATH_CALLS.has(name) || (method && PATH_METHODS.has(method) && callee && this.untrusted(callee.field("object") ?? undefined, scope) && !this.isHttpCall(name, callee))) {
      const input = PATH_CALLS.has(name) ? first : callee?.field("object") ?? undefined;
      const label = this.untrusted(input, scope);
      if (!label || !input) return;
      const check = fn ? this.containment(fn, input, scope) : "none";
      if (check === "real") return;
      const weak = check === "weak" ? " The startswith check before it can be bypassed: normalise with os.path.realpath first and compare against the root plus os.sep (or use Path.is_relative_to)." : "";
      this.report("path-traversal", call, `${name}() opens a path taken from ${sourcePhrase(label)} with no containment check: \`../\` or an absolute path reaches any file.${weak}`);
      return;
    }
    if (this.isHttpCall(name, callee)) {
      const url = first ?? args.keywords.get("url");
      const label = this.untrusted(url, scope);
      if (!label || !url || fixedOrigin(url) || (fn && hostChecked(fn))) return;
      this.report("ssrf", call, `${name}() requests a URL taken from ${sourcePhrase(label)} with no allowlist of hosts: it can reach internal services and cloud metadata endpoints.`);
      return;
    }
    if (method === "execute" || method === "executemany" || method === "executescript" || method === "raw") {
      const built = first ? this.builtSql(first, scope, 0) : undefined;
      if (built) this.report("sql-injection", call, `${method}() runs SQL text built by ${built.how} from ${sourcePhrase(built.label)}; pass the values as query parameters instead.`);
    }
  }

  private builtSql(node: SgNode, scope: number, depth: number): { how: string; label: TaintLabel } | undefined {
    if (depth > 4) return undefined;
    const kind = node.kind();
    if (kind === "string") {
      const label = this.untrusted(node, scope);
      return label && SQL_TEXT.test(node.text()) ? { how: "an f-string", label } : undefined;
    }
    if (kind === "binary_operator" || kind === "augmented_assignment") {
      const label = this.untrusted(node.field("right") ?? undefined, scope) ?? this.untrusted(node.field("left") ?? undefined, scope);
      const operator = node.field("operator")?.text() ?? "";
      return label && SQL_TEXT.test(node.text()) ? { how: operator.startsWith("%") ? "%-formatting" : "string concatenation", label } : undefined;
    }
    if (kind === "call" && node.field("function")?.field("attribute")?.text() === "format") {
      const args = pyArguments(node);
      const label = [...args.positional, ...args.keywords.values()].map((a) => this.untrusted(a, scope)).find(Boolean);
      return label && SQL_TEXT.test(node.text()) ? { how: "str.format", label } : undefined;
    }
    if (kind === "identifier") {
      for (const d of this.definitionsOf(node.text(), scope)) {
        const built = this.builtSql(d, scope, depth + 1);
        if (built) return built;
      }
    }
    return undefined;
  }

  /** A real check: `.is_relative_to(`, `os.path.commonpath`, or `p.startswith(root + os.sep)` after realpath/abspath/resolve(). */
  private containment(fn: SgNode, _input: SgNode, _scope: number): "real" | "weak" | "none" {
    let result: "real" | "weak" | "none" = "none";
    for (const call of fn.findAll({ rule: { kind: "call" } })) {
      const callee = call.field("function");
      const name = this.canonical(callee) ?? "";
      const method = callee?.kind() === "attribute" ? callee.field("attribute")?.text() ?? "" : name;
      if (method === "is_relative_to" || name === "os.path.commonpath" || method === "relative_to") return "real";
      if (method !== "startswith") {
        const local = this.functions.get(name);
        if (name && !/^(?:os|shutil|pathlib|subprocess|requests|httpx)\./.test(name) && (local ? local !== fn && this.containment(local, _input, _scope) === "real" : GUARD_NAME.test(method))) return "real";
        continue;
      }
      const receiver = callee?.field("object");
      const arg = pyArguments(call).positional[0];
      const normalised = receiver ? this.isNormalised(receiver, fn.range().start.index, 0) : false;
      const separated = arg ? endsWithSeparator(arg) : false;
      if (normalised && separated) return "real";
      result = "weak";
    }
    return result;
  }

  private isNormalised(node: SgNode, scope: number, depth: number): boolean {
    if (depth > 4) return false;
    if (node.kind() === "call") return /(?:realpath|abspath|normpath|resolve)$/.test(pyDottedName(node.field("function")) ?? node.field("function")?.text() ?? "");
    if (node.kind() === "identifier") return this.definitionsOf(node.text(), scope).some((d) => this.isNormalised(d, scope, depth + 1));
    return false;
  }

  private tls(): void {
    for (const kw of this.parsed.root.findAll({ rule: { kind: "keyword_argument" } })) {
      if (kw.field("name")?.text() === "verify" && kw.field("value")?.kind() === "false") {
        this.report("tls-verification-disabled", kw.parent() ?? kw, "verify=False turns off certificate checks for this request: anyone on the network path can impersonate the server and read or change the traffic.");
      }
    }
    for (const attr of this.parsed.root.findAll({ rule: { kind: "attribute" } })) {
      const name = this.canonical(attr);
      if (name === "ssl._create_unverified_context" || name === "ssl.CERT_NONE") {
        this.report("tls-verification-disabled", attr.parent() ?? attr, `${name} turns off certificate checks: anyone on the network path can impersonate the server and read or change the traffic.`);
      }
    }
    for (const assignment of this.parsed.root.findAll({ rule: { kind: "assignment" } })) {
      const left = assignment.field("left");
      if (left?.kind() === "attribute" && left.field("attribute")?.text() === "check_hostname" && assignment.field("right")?.kind() === "false") {
        this.report("tls-verification-disabled", assignment, "check_hostname = False accepts a certificate issued for any host: anyone on the network path can impersonate the server.");
      }
    }
  }
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

function isConstant(node: SgNode): boolean {
  if (node.kind() === "string") return pyStringValue(node) !== undefined;
  if (node.kind() === "concatenated_string") return pyStringValue(node) !== undefined;
  if (node.kind() === "list" || node.kind() === "tuple") return namedChildren(node).every(isConstant);
  return ["integer", "float", "true", "false", "none"].includes(String(node.kind()));
}

function fixedOrigin(url: SgNode): boolean {
  const head = url.kind() === "string" ? namedChildren(url).find((c) => c.kind() === "string_content")?.text() : url.kind() === "binary_operator" ? pyStringValue(url.field("left")) : undefined;
  const startsWithContent = url.kind() === "string" && namedChildren(url)[1]?.kind() === "string_content";
  return head !== undefined && (url.kind() !== "string" || startsWithContent) && /^[a-z][a-z0-9+.-]*:\/\/[^/?#{}]+[/?#]/i.test(head);
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
