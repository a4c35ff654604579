/** The names a Python module's imports bind (`import subprocess as sp`, `from os import system`), and a dotted name resolved through them. */
import { namedChildren, type SgNode } from "./python-ast.js";

/** Local name → the dotted name it stands for: `sp` → subprocess, `system` → os.system, `run` → subprocess.run. */
export function pyImportAliases(root: SgNode): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const node of root.findAll({ rule: { any: [{ kind: "import_statement" }, { kind: "import_from_statement" }] } })) {
    if (node.kind() === "import_statement") {
      for (const child of namedChildren(node)) {
        if (child.kind() !== "aliased_import") continue;
        const module = child.field("name")?.text();
        const alias = child.field("alias")?.text();
        if (module && alias) aliases.set(alias, module);
      }
      continue;
    }
    const module = node.field("module_name")?.text();
    if (!module) continue;
    for (const child of namedChildren(node).slice(1)) {
      if (child.kind() === "dotted_name") aliases.set(child.text(), `${module}.${child.text()}`);
      else if (child.kind() === "aliased_import") {
        const name = child.field("name")?.text();
        const alias = child.field("alias")?.text();
        if (name && alias) aliases.set(alias, `${module}.${name}`);
      }
    }
  }
  return aliases;
}

/** `sp.run` → subprocess.run with `import subprocess as sp`; a name no import binds is returned as written. */
export function pyResolveName(dotted: string | undefined, aliases: ReadonlyMap<string, string>): string | undefined {
  if (!dotted) return undefined;
  const [head, ...rest] = dotted.split(".");
  const target = aliases.get(head!);
  return target ? [target, ...rest].join(".") : dotted;
}
