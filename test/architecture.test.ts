/** The layering the design promises, read from the import statements of src/: rules and analysis do no I/O, the App does not reach into the Action. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseSync } from "oxc-parser";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** Every module specifier a file loads: import and export-from declarations, import() and require() of a literal. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const { module: info, program } = parseSync(file, text, { lang: "ts", sourceType: "module" });
  const out = [
    ...info.staticImports.map((i) => i.moduleRequest.value),
    ...info.staticExports.flatMap((e) => e.entries.map((x) => x.moduleRequest?.value).filter((v): v is string => v !== undefined)),
    ...info.dynamicImports.map((d) => text.slice(d.moduleRequest.start, d.moduleRequest.end).replace(/^["'`]|["'`]$/g, "")),
  ];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const n = node as { type?: string; callee?: { type?: string; name?: string }; arguments?: { type?: string; value?: unknown }[] };
    if (n.type === "CallExpression" && n.callee?.type === "Identifier" && n.callee.name === "require" && typeof n.arguments?.[0]?.value === "string") out.push(n.arguments[0].value);
    for (const value of Object.values(node)) if (value && typeof value === "object") visit(value);
  };
  visit(program);
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(SRC, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Where a specifier leads: "src/<dir>/..." for our own modules, the bare module name otherwise. */
function target(from: string, specifier: string): string {
  if (!specifier.startsWith(".")) return specifier.replace(/^node:/, "");
  return path.relative(path.dirname(SRC), path.resolve(path.dirname(from), specifier)).split(path.sep).join("/");
}

/** Modules that read or write the outside world (node:net stays allowed for its pure isIP). */
const IO_MODULES = /^(?:fs|fs\/promises|http|https|http2|child_process|dgram|worker_threads)(?:\/|$)/;

function violations(dirs: string[], forbidden: (to: string) => boolean): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    for (const file of filesUnder(dir)) {
      for (const specifier of specifiers(file)) {
        const to = target(file, specifier);
        if (forbidden(to)) out.push(`${path.relative(SRC, file)} imports ${specifier}`);
      }
    }
  }
  return out;
}

describe("import boundaries", () => {
  test("rules/ and analysis/ import nothing from facts/ or sources/, and no I/O module", () => {
    expect(violations(["rules", "analysis"], (to) => /^src\/(?:facts|sources)\//.test(to) || IO_MODULES.test(to))).toEqual([]);
  });

  test("analysis/ imports only model.ts, itself and its parsers", () => {
    const allowed = (to: string): boolean =>
      to === "src/model.js" || to.startsWith("src/analysis/") || ["oxc-parser", "@ast-grep/napi", "@ast-grep/lang-python", "path", "module"].includes(to);
    expect(violations(["analysis"], (to) => !allowed(to))).toEqual([]);
  });

  test("the App does not import the Action", () => {
    expect(violations(["app"], (to) => to.startsWith("src/action/"))).toEqual([]);
  });

  test("the reader finds every kind of import it checks", () => {
    expect(violations(["facts"], (to) => to === "fs").length).toBeGreaterThan(0);
  });
});
