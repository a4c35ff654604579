/** Reads setup.py without running it: the literal arguments of setup(), and the calls the file makes when it runs at install time. */
import type { PythonManifest, PythonRequirement, SetupScriptCall, SourceFile } from "../../model.js";
import { namedChildren, parsePython, pyArguments, pyDottedName, pyLine, pyStringValue, type SgNode } from "../../analysis/python-ast.js";
import { pyImportAliases, pyResolveName } from "../../analysis/python-imports.js";
import { parseRequirement } from "../../pep508.js";

const SPAWN = new Set([
  "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen",
  "subprocess.getoutput", "subprocess.getstatusoutput", "os.system", "os.popen", "os.startfile",
  ...["execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe", "spawnl", "spawnle", "spawnlp", "spawnv", "spawnve", "spawnvp", "posix_spawn", "posix_spawnp"].map((f) => `os.${f}`),
  "setuptools.command.build_ext.spawn", "distutils.spawn.spawn", "commands.getoutput",
]);
const NETWORK_PREFIXES = ["urllib.request.", "urllib2.", "requests.", "httpx.", "http.client.", "aiohttp.", "ftplib.", "socket.create_connection", "socket.socket", "pycurl.", "wget."];
const NETWORK = new Set(["urllib.urlopen", "urllib.urlretrieve"]);
const EXEC = new Set(["exec", "eval", "compile", "builtins.exec", "builtins.eval"]);

export function parseSetupPy(file: SourceFile): PythonManifest {
  const { root } = parsePython(file);
  const aliases = pyImportAliases(root);
  const manifest: PythonManifest = { path: file.path, format: "setup.py", requirements: [], sources: [], indexes: [], scripts: {}, entryPoints: {}, urls: {}, dynamic: [], setupCalls: [] };
  for (const call of root.findAll({ rule: { kind: "call" } })) {
    const name = pyResolveName(pyDottedName(call.field("function")), aliases);
    if (!name) continue;
    if (name === "setup" || name === "setuptools.setup" || name === "distutils.core.setup") readSetupCall(call, manifest);
    const kind = SPAWN.has(name) ? "spawn" : NETWORK.has(name) || NETWORK_PREFIXES.some((p) => name.startsWith(p)) ? "network" : EXEC.has(name) ? "exec" : undefined;
    if (!kind) continue;
    const { positional } = pyArguments(call);
    // exec("literal") runs text that is in the file, which a reviewer can read.
    if (kind === "exec" && positional[0] && pyStringValue(positional[0]) !== undefined) continue;
    const entry: SetupScriptCall = { kind, callee: name, line: pyLine(call), evidence: call.text().replace(/\s+/g, " ").slice(0, 160) };
    if (kind === "spawn" && positional[0]) {
      const command = literalWords(positional[0]);
      if (command) entry.command = command;
    }
    manifest.setupCalls!.push(entry);
  }
  return manifest;
}

/** A string literal, or a list/tuple of string literals (unreadable items become "…"); undefined when nothing is literal. */
function literalWords(node: SgNode): string[] | undefined {
  const single = pyStringValue(node);
  if (single !== undefined) return [single];
  if (node.kind() !== "list" && node.kind() !== "tuple") return undefined;
  const words = namedChildren(node).map((item) => pyStringValue(item) ?? "…");
  return words.some((w) => w !== "…") ? words : undefined;
}

function readSetupCall(call: SgNode, manifest: PythonManifest): void {
  const { keywords } = pyArguments(call);
  const name = pyStringValue(keywords.get("name"));
  const version = pyStringValue(keywords.get("version"));
  if (name) manifest.name = name;
  if (version) manifest.version = version;
  const add = (node: SgNode | undefined, group: string, scope: PythonRequirement["scope"]): void => {
    if (!node || (node.kind() !== "list" && node.kind() !== "tuple")) return;
    for (const item of namedChildren(node)) {
      const raw = pyStringValue(item);
      const parsed = raw === undefined ? undefined : parseRequirement(raw);
      if (!parsed || raw === undefined) continue;
      manifest.requirements.push({
        name: parsed.name, raw: raw.trim(), specifier: parsed.specifier, extras: parsed.extras,
        ...(parsed.marker ? { marker: parsed.marker } : {}), ...(parsed.url ? { url: parsed.url } : {}),
        group, scope, path: manifest.path, line: pyLine(item),
      });
    }
  };
  add(keywords.get("install_requires"), "install_requires", "runtime");
  add(keywords.get("setup_requires"), "setup_requires", "build");
  add(keywords.get("tests_require"), "tests_require", "dev");
  const extras = keywords.get("extras_require");
  if (extras?.kind() === "dictionary") {
    for (const pair of namedChildren(extras).filter((c) => c.kind() === "pair")) {
      const extra = pyStringValue(pair.field("key"));
      if (extra !== undefined) add(pair.field("value") ?? undefined, `extras_require.${extra}`, "optional");
    }
  }
  const entryPoints = keywords.get("entry_points");
  if (entryPoints?.kind() === "dictionary") {
    for (const pair of namedChildren(entryPoints).filter((c) => c.kind() === "pair")) {
      const group = pyStringValue(pair.field("key"));
      const value = pair.field("value");
      if (group === undefined || !value || (value.kind() !== "list" && value.kind() !== "tuple")) continue;
      for (const item of namedChildren(value)) {
        const line = pyStringValue(item);
        const match = line === undefined ? undefined : /^\s*([^=\s]+)\s*=\s*(.+?)\s*$/.exec(line);
        if (!match) continue;
        if (group === "console_scripts" || group === "gui_scripts") manifest.scripts[match[1]!] = match[2]!;
        else (manifest.entryPoints[group] ??= {})[match[1]!] = match[2]!;
      }
    }
  }
}
