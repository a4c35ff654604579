/**
 * The processes a Python module starts (subprocess, os.system and os.exec*, asyncio and anyio subprocesses, the MCP
 * SDK's StdioServerParameters), with the command's words where the code fixes them: runtime-fetch-execute reads these.
 */
import { snippet } from "./ast.js";
import { namedChildren, pyArguments, pyDottedName, pyLine, pyStringValue, type ParsedPython, type SgNode } from "./python-ast.js";
import { pyImportAliases, pyResolveName } from "./python-imports.js";

export interface PythonCommand {
  path: string;
  line: number;
  /** The call as written, short. */
  evidence: string;
  /** The function called, resolved through the imports: "subprocess.run". */
  api: string;
  /** An argv: the words, `undefined` for one the code computes. Set for the list forms and a bare program name. */
  argv?: (string | undefined)[];
  /** A command line handed to a shell (os.system, shell=True), when it is a literal. */
  script?: string;
}

const SUBPROCESS = new Set(["subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen", "anyio.run_process", "anyio.open_process"]);
const SHELL = new Set(["os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput", "asyncio.create_subprocess_shell", "commands.getoutput"]);
/** exec*v*(file, args) take the argv as a list; exec*l*(file, arg0, arg1, …) as positional arguments. */
const EXEC_LIST = new Set(["os.execv", "os.execve", "os.execvp", "os.execvpe"]);
const EXEC_ARGS = new Set(["os.execl", "os.execle", "os.execlp", "os.execlpe"]);
const STDIO_PARAMETERS = new Set(["mcp.StdioServerParameters", "mcp.client.stdio.StdioServerParameters"]);
/** `sys.executable` is the running interpreter: `[sys.executable, "-m", "pip", "install", pkg]` runs pip. */
const INTERPRETER = "python";

export function pythonCommands(parsed: ParsedPython): PythonCommand[] {
  const text = parsed.file.text;
  if (!/subprocess|os\.|\bsystem\b|\bexec[lv]|create_subprocess|anyio|StdioServerParameters|popen/.test(text)) return [];
  const aliases = pyImportAliases(parsed.root);
  const out: PythonCommand[] = [];
  for (const call of parsed.root.findAll({ rule: { kind: "call" } })) {
    const api = pyResolveName(pyDottedName(call.field("function")), aliases);
    if (!api) continue;
    const command = readCommand(api, call, aliases);
    if (!command) continue;
    out.push({ path: parsed.file.path, line: pyLine(call), evidence: snippet(call.text().replace(/\s+/g, " ")), api, ...command });
  }
  return out;
}

function readCommand(api: string, call: SgNode, aliases: ReadonlyMap<string, string>): Pick<PythonCommand, "argv" | "script"> | undefined {
  const { positional, keywords } = pyArguments(call);
  if (SUBPROCESS.has(api)) {
    const first = positional[0] ?? keywords.get("args") ?? keywords.get("command");
    if (!first) return undefined;
    const shell = keywords.get("shell");
    const shellOn = shell !== undefined && shell.kind() !== "false" && shell.text() !== "None";
    const value = resolveLocal(first, call);
    const literal = pyStringValue(value);
    // anyio takes a string as a shell command line; subprocess only with shell=True (else it is the program's name).
    if (literal !== undefined) return shellOn || api.startsWith("anyio.") ? { script: literal } : { argv: [literal] };
    const argv = words(value, aliases);
    return argv ? { argv } : { argv: [undefined] };
  }
  if (SHELL.has(api)) {
    const script = pyStringValue(resolveLocal(positional[0], call));
    return script !== undefined ? { script } : undefined;
  }
  if (api === "asyncio.create_subprocess_exec") return { argv: positional.map((node) => (node.kind() === "list_splat" ? undefined : word(resolveLocal(node, call), aliases))) };
  if (EXEC_LIST.has(api)) {
    const argv = words(resolveLocal(positional[1], call), aliases);
    return argv ? { argv: [word(positional[0], aliases), ...argv.slice(1)] } : undefined;
  }
  if (EXEC_ARGS.has(api)) return { argv: [word(positional[0], aliases), ...positional.slice(2).map((node) => word(node, aliases))] };
  if (STDIO_PARAMETERS.has(api)) {
    const program = word(resolveLocal(keywords.get("command"), call), aliases);
    const args = keywords.get("args");
    const rest = args ? words(resolveLocal(args, call), aliases) ?? [undefined] : [];
    return { argv: [program, ...rest] };
  }
  return undefined;
}

/** A list or tuple's words (a splat or a computed item is undefined, and ends what can be read); undefined when it is no literal sequence. */
function words(node: SgNode | undefined, aliases: ReadonlyMap<string, string>): (string | undefined)[] | undefined {
  if (!node || (node.kind() !== "list" && node.kind() !== "tuple")) return undefined;
  const out: (string | undefined)[] = [];
  for (const item of namedChildren(node)) {
    if (item.kind() === "comment") continue;
    if (item.kind() === "list_splat") {
      out.push(undefined);
      break;
    }
    out.push(word(item, aliases));
  }
  return out;
}

function word(node: SgNode | undefined, aliases: ReadonlyMap<string, string>): string | undefined {
  if (!node) return undefined;
  const literal = pyStringValue(node);
  if (literal !== undefined) return literal;
  return pyResolveName(pyDottedName(node), aliases) === "sys.executable" ? INTERPRETER : undefined;
}

/**
 * A name the enclosing function (or the module) assigns exactly once, replaced by what it is assigned:
 * `cmd = ["uvx", "tool"]; subprocess.run(cmd)`. Anything else is returned as it is.
 */
function resolveLocal(node: SgNode | undefined, call: SgNode): SgNode | undefined {
  if (!node || node.kind() !== "identifier") return node;
  const name = node.text();
  let scope: SgNode | null = call.parent();
  while (scope && scope.kind() !== "function_definition" && scope.kind() !== "module") scope = scope.parent();
  if (!scope) return node;
  const assignments = scope.findAll({ rule: { kind: "assignment" } }).filter((a) => a.field("left")?.kind() === "identifier" && a.field("left")?.text() === name);
  const value = assignments.length === 1 ? assignments[0]!.field("right") : null;
  return value ?? node;
}
