/** supply-chain/runtime-fetch-execute: server code that downloads code and runs it while the server runs. */
import {
  type AstNode,
  type ModuleBinding,
  type ParsedJs,
  identifierName,
  isNode,
  literalString,
  memberPropertyName,
  moduleBindings,
  resolveImported,
  snippet,
  staticPath,
  unwrapExpression,
  walk,
} from "../../analysis/ast.js";
import type { Draft, Rule } from "../../model.js";
import { installedPackageNames } from "./package-runner.js";
import { flattenCommands, programName } from "./shell-command.js";
import { FIX_EVAL, argvHazard, scriptHazard } from "./command-hazard.js";
import { pythonRuntimeFetches } from "./python-runtime-fetch.js";
import { JsTaint } from "../../analysis/taint.js";
import { StaticValues } from "../../analysis/static-value.js";

export const runtimeFetchExecute: Rule = {
  id: "supply-chain/runtime-fetch-execute",
  dimension: "supply-chain",
  severity: "critical",
  title: "The server downloads code and runs it at run time",
  rationale:
    "Code fetched while the server runs (an unpinned `npx -y pkg@latest`, eval of a downloaded script, import() of a URL) " +
    "is not in the package anyone reviewed or scanned: whoever controls that package or URL tomorrow runs code with the " +
    "server's access to the user's files, tokens and network.",
  remediation:
    "Ship the code in the package: depend on the package at a pinned version and run its installed binary, or spawn " +
    "`npx -y pkg@<exact version>`; never eval, new Function, vm-run or import() text or URLs fetched at run time.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const installed = installedPackageNames(snapshot.manifest);
    const js = snapshot.code.js.filter((parsed) => MIGHT_EXECUTE.test(parsed.file.text)).flatMap((parsed) => new FileScan(parsed, installed).drafts());
    return [...js, ...pythonRuntimeFetches(snapshot)];
  },
};

/** A file without any of these words has no sink this rule knows, so it is not parsed at all. */
const MIGHT_EXECUTE = /child_process|\beval\b|\bFunction\b|\bvm\b|\bimport\s*\(|execa|cross-spawn|StdioClientTransport|writeFile/;

/** Ways to run a string as code: eval, the Function constructor and node:vm. */
const GLOBAL_EVAL = new Set(["eval", "globalThis.eval", "window.eval", "global.eval", "self.eval"]);
const GLOBAL_FUNCTION = new Set(["Function", "globalThis.Function", "window.Function", "global.Function"]);
const VM_RUNNERS = new Set(["runInThisContext", "runInNewContext", "runInContext", "compileFunction"]);
const VM_CONSTRUCTORS = new Set(["Script", "SourceTextModule"]);
const SHELL_CALLS = new Set(["exec", "execSync"]);
const ARGV_CALLS = new Set(["spawn", "spawnSync", "execFile", "execFileSync"]);
const INTERPRETERS = new Set(["sh", "bash", "zsh", "dash", "node", "bun", "deno", "python", "python3", "perl", "ruby", "pwsh", "powershell", "cmd"]);
const PLACEHOLDER = "\u0000";

type CommandForm = "shell" | "argv";

/** A rule outside the code dimension has no tool handlers to taint from: only network responses are sources here. */
const NO_HANDLERS: ReadonlySet<AstNode> = new Set();

/** One file's findings: one walk visits the calls; the taint tracker (its own walk) is built only when a sink needs it. */
class FileScan {
  private readonly bindings: Map<string, ModuleBinding>;
  // Built on first use: most files never reach a call these are needed for.
  private valuesCache?: StaticValues;
  private taintCache?: JsTaint;
  /** The ancestors of the node the walk is visiting, for the scope a sink's arguments are read in. */
  private ancestors: readonly AstNode[] = [];
  private readonly out: Draft[] = [];
  private readonly reported = new Set<AstNode>();
  /** Source text (or static value) of paths a download was written to, for `require(path)` after the write. */
  private readonly writtenDownloads = new Set<string>();

  constructor(
    private readonly parsed: ParsedJs,
    private readonly installed: ReadonlySet<string>,
  ) {
    this.bindings = moduleBindings(parsed.program);
  }

  private get values(): StaticValues {
    return (this.valuesCache ??= new StaticValues(this.parsed));
  }

  private get taint(): JsTaint {
    return (this.taintCache ??= new JsTaint(this.parsed, NO_HANDLERS, this.bindings));
  }

  /** True when `expression`, read at the node being visited, carries (text built from) a network response. */
  private downloaded(expression: unknown): boolean {
    const taint = this.taint;
    return taint.labelOf(expression, taint.scopeAt(this.ancestors)) === "network";
  }

  drafts(): Draft[] {
    walk(this.parsed.program, (node, _parent, ancestors) => {
      this.ancestors = ancestors;
      if (node.type === "CallExpression") this.visitCall(node);
      else if (node.type === "NewExpression") this.visitNew(node);
      else if (node.type === "ImportExpression") this.visitImport(node);
      else if (node.type === "TaggedTemplateExpression") this.visitTaggedTemplate(node);
    });
    return this.out;
  }

  private report(node: AstNode, message: string): void {
    if (this.reported.has(node)) return;
    this.reported.add(node);
    this.out.push({
      message,
      location: { path: this.parsed.file.path, startLine: this.parsed.lineOf(node.start) },
      evidence: snippet(this.parsed.textOf(node)),
    });
  }

  // ------------------------------------------------------------ sinks

  private visitCall(node: AstNode): void {
    const args = node.arguments as AstNode[];
    const sink = this.codeSink(node.callee, "call");
    if (sink) {
      const inputs = sink === "new Function" ? args : args.slice(0, 1);
      if (inputs.some((a) => this.downloaded(a))) {
        this.report(node, `${sink} runs text downloaded at run time. ${FIX_EVAL}`);
      }
      return;
    }
    if (memberPropertyName(node.callee) === "then") {
      const callee = unwrapExpression(node.callee)!;
      const passed = args.map((a) => this.codeSink(a, "reference")).find((s) => s !== undefined);
      if (passed && this.downloaded(callee.object)) {
        this.report(node, `A downloaded response is handed straight to ${passed} (\`.then(${passed.replace(/^new /, "")})\`). ${FIX_EVAL}`);
      }
      return;
    }
    const binding = resolveImported(node.callee, this.bindings);
    if (binding && this.isFileWrite(binding, node.callee) && args.length >= 2 && this.downloaded(args[1])) {
      this.writtenDownloads.add(this.pathKey(args[0]));
      return;
    }
    if (identifierName(node.callee) === "require" && !this.bindings.has("require") && args.length === 1 && literalString(args[0]) === undefined) {
      if (this.writtenDownloads.size > 0 && this.writtenDownloads.has(this.pathKey(args[0]))) {
        this.report(node, `require() loads a file the server has just written from a download. ${FIX_EVAL}`);
      }
      return;
    }
    const spawner = binding ?? this.promisified(node.callee);
    const form = spawner ? commandForm(spawner) : undefined;
    if (form) this.visitProcessCall(node, form, args);
  }

  private visitNew(node: AstNode): void {
    const args = node.arguments as AstNode[];
    const sink = this.codeSink(node.callee, "new");
    if (sink && (sink === "new Function" ? args : args.slice(0, 1)).some((a) => this.downloaded(a))) {
      this.report(node, `${sink} compiles text downloaded at run time. ${FIX_EVAL}`);
      return;
    }
    const binding = resolveImported(node.callee, this.bindings);
    if (binding?.imported === "StdioClientTransport" && /^@modelcontextprotocol\/sdk\/client\/stdio(?:\.js)?$/.test(binding.module)) {
      const options = unwrapExpression(args[0]);
      if (options?.type !== "ObjectExpression") return;
      const command = this.values.string(propertyValue(options, "command"));
      if (command === undefined) return;
      const rest = propertyValue(options, "args");
      const argv = [command, ...(rest === undefined ? [] : this.values.words(rest) ?? [undefined])];
      const hazard = this.argvHazard(argv);
      if (hazard) this.report(node, `Starts a stdio MCP server with \`${display(argv)}\`: ${hazard}`);
    }
  }

  private visitImport(node: AstNode): void {
    const source = node.source as AstNode;
    const url = literalString(source) ?? templatePrefix(source) ?? this.values.string(source);
    if (url !== undefined && /^https?:\/\//i.test(url)) {
      this.report(node, `import() loads code from ${snippet(url, 80)} at run time, outside the package. ${FIX_IMPORT}`);
    } else if (this.downloaded(source)) {
      this.report(node, `import() loads a module named or built from a download at run time. ${FIX_IMPORT}`);
    }
  }

  /** execa's `` $`npx -y pkg` `` runs a command from a template. */
  private visitTaggedTemplate(node: AstNode): void {
    const tag = unwrapExpression(node.tag);
    const callee = tag?.type === "CallExpression" ? tag.callee : tag;
    const binding = resolveImported(callee, this.bindings) ?? resolveImported(unwrapExpression(callee)?.object, this.bindings);
    if (binding?.module !== "execa" || binding.imported !== "$") return;
    const text = this.values.templateText(node.quasi as AstNode, PLACEHOLDER);
    const argv = text.trim().split(/\s+/).map((w) => (w.includes(PLACEHOLDER) ? undefined : w));
    const hazard = this.argvHazard(argv);
    if (hazard) this.report(node, `Runs \`${display(argv)}\`: ${hazard}`);
  }

  private visitProcessCall(node: AstNode, form: CommandForm, args: AstNode[]): void {
    const first = args[0];
    if (form === "shell") {
      const script = this.values.string(first);
      if (script !== undefined) {
        const hazard = this.scriptHazard(script);
        if (hazard) this.report(node, `Runs the shell command \`${snippet(script, 80)}\`: ${hazard}`);
      } else if (this.downloaded(first) && !this.namesItsProgram(first)) {
        // `exec(\`open ${url}\`)` with a downloaded url runs a fixed program on downloaded data: command injection
        // (the code rules' finding), not downloaded code.
        this.report(node, `Runs a shell command downloaded at run time. ${FIX_EVAL}`);
      }
      return;
    }
    const command = this.values.string(first);
    if (command === undefined) return;
    const second = args[1];
    const words = second === undefined ? [] : this.values.words(second) ?? (isArrayLike(second) ? [undefined] : []);
    // spawn("npx -y pkg", { shell: true }) hands one string to a shell.
    const argv = /\s/.test(command.trim()) ? [...(flattenCommands(command).pop() ?? []), ...words] : [command, ...words];
    const hazard = this.argvHazard(argv);
    if (hazard) {
      this.report(node, `Spawns \`${display(argv)}\`: ${hazard}`);
      return;
    }
    const program = programName(command);
    const elements = unwrapExpression(second)?.type === "ArrayExpression" ? (unwrapExpression(second)!.elements as unknown[]) : [];
    if (program && INTERPRETERS.has(program) && elements.some((e) => isNode(e) && this.downloaded(e))) {
      this.report(node, `Passes text downloaded at run time to ${program} as code or arguments. ${FIX_EVAL}`);
    }
  }

  /** True when a shell script's first word (the program) is written in the source: `open ${x}`, "git " + args. */
  private namesItsProgram(script: unknown): boolean {
    const n = unwrapExpression(script);
    let text: string | undefined;
    if (n?.type === "TemplateLiteral") text = this.values.templateText(n, PLACEHOLDER);
    else if (n?.type === "BinaryExpression" && n.operator === "+") {
      const left = this.values.string(n.left);
      text = left === undefined ? undefined : `${left}${PLACEHOLDER}`;
    }
    const program = text?.trimStart().split(/\s+/)[0];
    return program !== undefined && program !== "" && !program.includes(PLACEHOLDER);
  }

  // ------------------------------------------------------------ commands

  private argvHazard(argv: ReadonlyArray<string | undefined>): string | undefined {
    return argvHazard(argv, this.installed);
  }

  private scriptHazard(script: string): string | undefined {
    return scriptHazard(script, this.installed);
  }

  // ------------------------------------------------------------ helpers

  /** What a callee (or a value passed as a callback) runs code with: eval, new Function, a vm runner. */
  private codeSink(node: unknown, use: "call" | "new" | "reference"): string | undefined {
    let n = unwrapExpression(node);
    // `(0, eval)(code)` is an indirect eval.
    if (n?.type === "SequenceExpression") n = unwrapExpression((n.expressions as AstNode[]).at(-1));
    if (!n) return undefined;
    const path = staticPath(n);
    if (path !== undefined && GLOBAL_EVAL.has(path) && use !== "new" && !this.bindings.has("eval")) return "eval";
    if (path !== undefined && GLOBAL_FUNCTION.has(path)) return "new Function";
    const binding = resolveImported(n, this.bindings);
    if (binding?.module !== "vm") return undefined;
    if (use !== "new" && VM_RUNNERS.has(binding.imported)) return `vm.${binding.imported}`;
    if (use === "new" && VM_CONSTRUCTORS.has(binding.imported)) return `new vm.${binding.imported}`;
    return undefined;
  }

  /** `const run = promisify(exec)` (or util.promisify): calls to `run` are calls to exec. */
  private promisified(callee: unknown): ModuleBinding | undefined {
    const name = identifierName(callee);
    if (name === undefined || !this.parsed.file.text.includes("promisify")) return undefined;
    const init = unwrapExpression(this.values.constInit(name));
    if (init?.type !== "CallExpression") return undefined;
    const wrapper = resolveImported(init.callee, this.bindings);
    const isPromisify = wrapper ? wrapper.module === "util" && wrapper.imported === "promisify" : staticPath(init.callee) === "promisify";
    return isPromisify ? resolveImported((init.arguments as AstNode[])[0], this.bindings) : undefined;
  }

  private isFileWrite(binding: ModuleBinding, callee: unknown): boolean {
    if (binding.module === "fs/promises" && binding.imported === "writeFile") return true;
    if (binding.module === "fs" && (binding.imported === "writeFileSync" || binding.imported === "writeFile")) return true;
    // fs.promises.writeFile(...)
    const object = unwrapExpression(unwrapExpression(callee)?.object);
    const inner = object ? resolveImported(object, this.bindings) : undefined;
    return binding.imported === "writeFile" && inner?.module === "fs" && inner.imported === "promises";
  }

  private pathKey(node: unknown): string {
    const value = this.values.string(node);
    if (value !== undefined) return `value:${value}`;
    const n = unwrapExpression(node);
    return n ? `text:${this.parsed.textOf(n).replace(/\s+/g, "")}` : "";
  }
}

const FIX_IMPORT = "Bundle the module as a pinned dependency and import it by name.";

function commandForm(binding: ModuleBinding): CommandForm | undefined {
  switch (binding.module) {
    case "child_process":
      return SHELL_CALLS.has(binding.imported) ? "shell" : ARGV_CALLS.has(binding.imported) ? "argv" : undefined;
    case "execa":
      if (binding.imported === "execa" || binding.imported === "execaSync" || binding.imported === "default") return "argv";
      return binding.imported === "execaCommand" || binding.imported === "execaCommandSync" ? "shell" : undefined;
    case "cross-spawn":
      // `spawn(...)` through the default export, or `spawn.sync(...)`.
      return ["default", "*", "sync", "spawn"].includes(binding.imported) ? "argv" : undefined;
    default:
      return undefined;
  }
}

function propertyValue(object: AstNode, key: string): AstNode | undefined {
  for (const property of object.properties as AstNode[]) {
    if (property.type !== "Property") continue;
    const name = property.computed ? literalString(property.key) : identifierName(property.key) ?? literalString(property.key);
    if (name === key && isNode(property.value)) return property.value;
  }
  return undefined;
}

/** The literal head of a template (`https://cdn.example/${x}.js` → "https://cdn.example/"). */
function templatePrefix(node: AstNode): string | undefined {
  const n = unwrapExpression(node);
  if (n?.type !== "TemplateLiteral") return undefined;
  const head = (n.quasis as AstNode[])[0]?.value as { cooked?: string | null } | undefined;
  return head?.cooked ?? undefined;
}

function isArrayLike(node: AstNode): boolean {
  const n = unwrapExpression(node);
  return n?.type === "ArrayExpression" || n?.type === "Identifier";
}

function display(argv: ReadonlyArray<string | undefined>): string {
  return snippet(argv.map((w) => w ?? "…").join(" "), 80);
}
