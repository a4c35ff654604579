/**
 * The module graph of a tree's JS/TS modules: which file a specifier loads (relative paths, TS sources behind `.js`,
 * index files, bundler chunks importing each other), and what an exported name is (ESM exports, re-exports, `export *`,
 * CommonJS `module.exports` / `exports.x` / defineProperty getters / esbuild's __export tables).
 */
import { posix } from "node:path";
import type { AstNode } from "../ast.js";
import { type BindingIR, type DefIR, type ModuleIR, lookup } from "./module.js";

const JS_SUFFIX = /\.(?:[cm]?js|jsx)$/;
const EXTENSIONS = [".js", ".ts", ".mjs", ".mts", ".cjs", ".cts", ".jsx", ".tsx"];
/** Specifiers of data and assets, which load no code. */
export const NON_CODE = /\.(?:json|css|scss|svg|png|html|md|txt|wasm|node)$/i;

/** What an exported name (or a whole module) turns out to be. */
export type ExportTarget =
  | { kind: "binding"; module: ModuleIR; binding: BindingIR }
  | { kind: "value"; module: ModuleIR; def: DefIR }
  | { kind: "namespace"; module: ModuleIR }
  | { kind: "external"; specifier: string; name: string };

export class Program {
  readonly byPath: Map<string, ModuleIR>;
  private readonly known: Set<string>;
  private readonly resolved = new Map<string, ModuleIR | undefined>();
  private importersCache?: Map<ModuleIR, ModuleIR[]>;

  constructor(readonly modules: readonly ModuleIR[]) {
    this.byPath = new Map(modules.map((m) => [m.path, m]));
    this.known = new Set(this.byPath.keys());
  }

  /** The module a specifier written in `from` loads, when it is a file of this tree. */
  resolve(from: ModuleIR, specifier: string): ModuleIR | undefined {
    if (!specifier.startsWith(".") && !specifier.startsWith("/")) return undefined;
    const key = `${from.path}\u0000${specifier}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const path = resolveRelative(from.path, specifier, this.known);
    const module = path ? this.byPath.get(path) : undefined;
    this.resolved.set(key, module);
    return module;
  }

  /** Modules that load `module` in any form. */
  importers(module: ModuleIR): readonly ModuleIR[] {
    if (!this.importersCache) {
      const map = new Map<ModuleIR, ModuleIR[]>();
      for (const m of this.modules) {
        for (const i of m.imports) {
          const target = this.resolve(m, i.specifier);
          if (!target) continue;
          const list = map.get(target);
          if (list) {
            if (!list.includes(m)) list.push(m);
          } else map.set(target, [m]);
        }
      }
      this.importersCache = map;
    }
    return this.importersCache.get(module) ?? [];
  }

  /** Relative specifiers of `module` that name no file the scan read (and are no asset). */
  unresolvedImports(module: ModuleIR): string[] {
    return module.imports.filter((i) => (i.specifier.startsWith(".") && !NON_CODE.test(i.specifier) && !this.resolve(module, i.specifier))).map((i) => i.specifier);
  }

  /** What `name` exported by `module` is ("*" for the module itself), following re-exports; undefined when unknown. */
  exportOf(module: ModuleIR, name: string, seen = new Set<string>()): ExportTarget | undefined {
    const key = `${module.path}\u0000${name}`;
    if (seen.has(key) || seen.size > 32) return undefined;
    seen.add(key);
    if (name === "*") return { kind: "namespace", module };
    const esm = module.exports.get(name);
    if (esm) {
      if (esm.kind === "local") {
        const binding = lookup(module.scope, esm.name);
        return binding ? { kind: "binding", module, binding } : undefined;
      }
      if (esm.kind === "value") return { kind: "value", module, def: { value: esm.value, scope: esm.scope, path: [], op: "=", at: esm.value } };
      return this.exportFrom(module, esm.specifier, esm.name, seen);
    }
    const cjs = module.cjsExportProps.get(name);
    if (cjs && cjs.length > 0) return { kind: "value", module, def: cjs[cjs.length - 1]! };
    if (module.cjsExports.length > 0) {
      const def = module.cjsExports[module.cjsExports.length - 1]!;
      if (name === "default") return { kind: "value", module, def };
      return { kind: "value", module, def: { ...def, path: [...def.path, name] } };
    }
    for (const specifier of module.starExports) {
      const found = this.exportFrom(module, specifier, name, seen);
      if (found) return found;
    }
    return undefined;
  }

  /** `import { name } from specifier` as written in `from`. */
  exportFrom(from: ModuleIR, specifier: string, name: string, seen = new Set<string>()): ExportTarget | undefined {
    const target = this.resolve(from, specifier);
    if (!target) return specifier.startsWith(".") ? undefined : { kind: "external", specifier: bareModule(specifier), name };
    // A CommonJS module's default import is its module.exports.
    if (name === "default" && !target.exports.has("default") && (target.isCommonJs || target.cjsExports.length > 0 || target.cjsExportProps.size > 0)) {
      if (target.cjsExports.length > 0) return { kind: "value", module: target, def: target.cjsExports[target.cjsExports.length - 1]! };
      return { kind: "namespace", module: target };
    }
    return this.exportOf(target, name, seen);
  }
}

/** The file a relative specifier names: as written, with a TS source behind a `.js` specifier, with an extension or an index file. */
export function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(JS_SUFFIX, "");
  const candidates = [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
  return candidates.find((c) => known.has(c));
}

export function bareModule(specifier: string): string {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}

/** The package a bare specifier names: `@scope/pkg/sub` → `@scope/pkg`, `fs/promises` stays whole for built-ins. */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

export type { AstNode };
