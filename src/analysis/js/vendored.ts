/**
 * Code in a tree that is not the server's own: bundled dependencies (esbuild's `// node_modules/pkg/…` markers, webpack
 * and esbuild module tables keyed by `node_modules/…`, files under node_modules/, vendor/ or third_party/) and generated
 * code (Emscripten glue, ajv's schema compilers). Sinks there are reported only for values that come from the server's code.
 */
import { type AstNode, literalString, memberPropertyName, unwrapExpression } from "../ast.js";
import { type FunctionIR, type ModuleIR, functionAt } from "./module.js";

const VENDORED_PATH = /(?:^|\/)(?:node_modules|vendor|vendored|third[_-]party)\//;
const PACKAGE_PATH = /(?:^|\/)node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/;
/** Text only Emscripten's generated glue carries. */
const EMSCRIPTEN = ["ENVIRONMENT_IS_NODE", "ENVIRONMENT_IS_WEB", "wasmBinaryFile", "Module.preRun", "emscripten"];

export interface Region {
  start: number;
  end: number;
  label: string;
}

export class VendoredCode {
  private readonly regions = new Map<ModuleIR, Region[]>();
  private readonly fileLabel = new Map<ModuleIR, string | undefined>();

  constructor(modules: readonly ModuleIR[], tableRegions: ReadonlyMap<ModuleIR, Region[]>) {
    for (const module of modules) {
      const match = VENDORED_PATH.exec(module.path);
      this.fileLabel.set(module, match ? `${PACKAGE_PATH.exec(module.path)?.[1] ?? match[0].replace(/\/$/, "")} (vendored in the tree)` : emscriptenFile(module));
      const regions = [...commentRegions(module), ...(tableRegions.get(module) ?? [])].sort((a, b) => a.start - b.start);
      if (regions.length > 0) this.regions.set(module, regions);
    }
  }

  /** Why the code at `offset` is not the server's own, or undefined. */
  at(module: ModuleIR, offset: number): string | undefined {
    const file = this.fileLabel.get(module);
    if (file) return file;
    const regions = this.regions.get(module);
    if (!regions) return undefined;
    let found: Region | undefined;
    for (const r of regions) {
      if (r.start > offset) break;
      if (offset < r.end) found = r;
    }
    return found?.label;
  }

  /** Generated code around a sink: Emscripten glue in the enclosing functions, or one of ajv's compilers. */
  generatedAt(module: ModuleIR, call: AstNode): string | undefined {
    const text = module.parsed.file.text;
    let fn: FunctionIR | undefined = functionAt(module, call.start);
    for (let hops = 0; fn && hops < 4; fn = fn.outer.fn, hops++) {
      const { start, end } = fn.node;
      if (EMSCRIPTEN.some((marker) => within(text, marker, start, end))) return "Emscripten-generated glue";
    }
    if (isAjvCompiler(call)) return "ajv's generated schema compiler";
    return undefined;
  }
}

/** esbuild's `// node_modules/pkg/file.js` markers start a dependency's code; `// src/…` (any path outside node_modules) ends it. */
function commentRegions(module: ModuleIR): Region[] {
  const out: Region[] = [];
  let open: { start: number; label: string } | undefined;
  for (const comment of module.parsed.comments) {
    if (comment.type !== "Line") continue;
    const value = comment.value.trim();
    if (!/^(?:\.\.\/)*[\w@.-]+\/[\w@./+-]+\.[cm]?[jt]sx?$/.test(value)) continue;
    if (open) out.push({ start: open.start, end: comment.start, label: open.label });
    const pkg = PACKAGE_PATH.exec(value)?.[1];
    open = pkg ? { start: comment.end, label: `${pkg} (bundled)` } : undefined;
  }
  if (open) out.push({ start: open.start, end: module.parsed.file.text.length, label: open.label });
  return out;
}

/** A whole file of Emscripten glue (the markers appear early and often). */
function emscriptenFile(module: ModuleIR): string | undefined {
  const text = module.parsed.file.text;
  const hits = EMSCRIPTEN.filter((m) => text.includes(m)).length;
  return hits >= 3 ? "Emscripten-generated glue" : undefined;
}

/** The walk's visitor: `{ "node_modules/x/index.js"(exports, module) {…} }` (esbuild) and `"./node_modules/x.js": (module) => {…}` (webpack). */
export function tableRegionVisitor(out: Map<ModuleIR, Region[]>): (node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[], scope: { module: ModuleIR }) => void {
  return (node, _parent, _ancestors, scope) => {
    if (node.type !== "Property") return;
    const key = node.key as AstNode;
    if (!key || key.type !== "Literal" || typeof key.value !== "string") return;
    const value = unwrapExpression(node.value);
    if (!value || (value.type !== "FunctionExpression" && value.type !== "ArrowFunctionExpression")) return;
    const pkg = PACKAGE_PATH.exec(key.value)?.[1];
    if (!pkg) return;
    const list = out.get(scope.module) ?? [];
    list.push({ start: value.start, end: value.end, label: `${pkg} (bundled)` });
    out.set(scope.module, list);
  };
}

function within(text: string, needle: string, start: number, end: number): boolean {
  const at = text.indexOf(needle, start);
  return at >= 0 && at < end;
}

/**
 * ajv 6 compiles with `new Function('self', 'RULES', 'formats', 'root', 'refVal', …, sourceCode)`; ajv 7+ with
 * `new Function(\`${names.self}\`, \`${names.scope}\`, code)` over its escaping code generator.
 */
function isAjvCompiler(call: AstNode): boolean {
  const args = (call.arguments as AstNode[]).map((a) => unwrapExpression(a));
  const literals = args.map((a) => literalString(a));
  if (literals[0] === "self" && literals[1] === "RULES" && literals[2] === "formats" && literals[3] === "root" && literals[4] === "refVal") return true;
  if (args.length !== 3) return false;
  const nameOf = (n: AstNode | undefined): string | undefined => {
    if (n?.type !== "TemplateLiteral" || (n.expressions as AstNode[]).length !== 1) return undefined;
    if ((n.quasis as AstNode[]).some((q) => (q.value as { cooked?: string }).cooked !== "")) return undefined;
    return memberPropertyName(unwrapExpression((n.expressions as AstNode[])[0]));
  };
  return nameOf(args[0]) === "self" && nameOf(args[1]) === "scope";
}
