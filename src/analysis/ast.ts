/** Parses JS/TS source with oxc-parser and walks its ESTree AST with parent links: the code analysis' view of a module. */
import { isBuiltin } from "node:module";
import { parseSync, visitorKeys, type Node, type ParserOptions, type Program } from "oxc-parser";
import { nestingOf, unanalysableReason, type TooDeep } from "./parse-guard.js";
import type { SourceFile } from "../model.js";

export type { Node, Program };

/** Any AST node: oxc's ESTree nodes all carry `type` and UTF-16 `start`/`end` offsets into the source text. */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export interface ParsedJs {
  file: SourceFile;
  program: Program;
  /** Parse errors; the program holds what oxc could recover, possibly nothing. */
  errors: string[];
  /** Comments, for the module markers bundlers leave (`// node_modules/pkg/index.js`). */
  comments: { type: "Line" | "Block"; value: string; start: number; end: number }[];
  /** Set when the file nests too deep for the parser (see analysis/parse-guard.ts): the program is empty. */
  tooDeep?: TooDeep;
  /** 1-based line of an offset from a node's `start`/`end`. */
  lineOf(offset: number): number;
  /** The source text of a node. */
  textOf(node: { start: number; end: number }): string;
}

const JS_EXTENSION = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/i;
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;
const TEST_OR_EXAMPLE_DIRECTORY = /(?:^|\/)(?:test|tests|__tests__|__mocks__|examples?)\//;
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$/i;

/** True for the JavaScript and TypeScript files rules parse (declaration files hold no code). */
export function isJsSourcePath(path: string): boolean {
  return JS_EXTENSION.test(path) && !DECLARATION_FILE.test(path);
}

/** True for tests, mocks and examples: code that never runs when the server does. */
export function isTestOrExamplePath(path: string): boolean {
  return TEST_OR_EXAMPLE_DIRECTORY.test(path) || TEST_FILE.test(path);
}

/** The files of a snapshot that run as part of the server: JS/TS sources outside tests and examples. */
export function runtimeSourceFiles(files: readonly SourceFile[]): SourceFile[] {
  return files.filter((f) => isJsSourcePath(f.path) && !isTestOrExamplePath(f.path));
}

/** Parses one file; the analysis parses each file once per scan and hands the tree to every reader. */
export function parseJs(file: SourceFile): ParsedJs {
  // Past the nesting bound the native parser would overflow its stack and kill the process: parse nothing instead.
  const tooDeep = nestingOf(file);
  const result = parseSync(file.path, tooDeep ? "" : file.text, parserOptions(file.path));
  const lineStarts = lineStartTable(file.text);
  return {
    file,
    program: result.program,
    errors: tooDeep ? [unanalysableReason(tooDeep)] : result.errors.map((e) => e.message),
    comments: result.comments,
    ...(tooDeep ? { tooDeep } : {}),
    lineOf: (offset) => lineAt(lineStarts, offset),
    textOf: (node) => file.text.slice(node.start, node.end),
  };
}

function parserOptions(path: string): ParserOptions {
  const lower = path.toLowerCase();
  const typescript = /\.[cm]?tsx?$/.test(lower);
  // Plain .js files often hold JSX (React), which oxc rejects unless told the language is jsx.
  const lang: ParserOptions["lang"] = typescript ? (lower.endsWith(".tsx") ? "tsx" : "ts") : "jsx";
  const sourceType: ParserOptions["sourceType"] = /\.c[jt]s$/.test(lower) ? "commonjs" : /\.m[jt]s$/.test(lower) ? "module" : "unambiguous";
  return { lang, sourceType, preserveParens: false };
}

/** Offsets at which each line begins; oxc reports offsets in UTF-16 code units, the same units as JS string indices. */
export function lineStartTable(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line holding an offset, by binary search over a line-start table. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** What a visitor returns: `false` skips the node's children. */
export type VisitResult = void | boolean;
export type Visitor = (node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[]) => VisitResult;

/**
 * Depth-first, source-order walk over every node below (and including) `root`. The visitor gets the node,
 * its parent and the full ancestor chain (outermost first); returning false skips the node's children.
 * A whole program is walked from a flat pre-order index built on its first walk: rules walk the same
 * program several times, and a bundle holds over a million nodes.
 */
export function walk(root: unknown, visit: Visitor): void {
  if (!isNode(root)) return;
  if (root.type === "Program") walkFlat(preorderOf(root), visit);
  else walkTree(root, visit);
}

function walkTree(root: AstNode, visit: Visitor): void {
  const ancestors: AstNode[] = [];
  const visitNode = (node: AstNode): void => {
    if (visit(node, ancestors[ancestors.length - 1], ancestors) === false) return;
    ancestors.push(node);
    forEachChild(node, visitNode);
    ancestors.pop();
  };
  visitNode(root);
}

/** A tree's nodes in walk order, each with its depth and the index just past its subtree. */
interface Preorder {
  nodes: AstNode[];
  depths: Int32Array;
  ends: Int32Array;
}

const preorders = new WeakMap<AstNode, Preorder>();

function preorderOf(root: AstNode): Preorder {
  const cached = preorders.get(root);
  if (cached) return cached;
  const nodes: AstNode[] = [];
  let depths: Int32Array = new Int32Array(1024);
  let ends: Int32Array = new Int32Array(1024);
  let depth = 0;
  const add = (node: AstNode): void => {
    const index = nodes.length;
    if (index === depths.length) {
      depths = grown(depths);
      ends = grown(ends);
    }
    nodes.push(node);
    depths[index] = depth++;
    forEachChild(node, add);
    depth--;
    ends[index] = nodes.length;
  };
  add(root);
  const preorder: Preorder = { nodes, depths: depths.subarray(0, nodes.length), ends: ends.subarray(0, nodes.length) };
  preorders.set(root, preorder);
  return preorder;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function walkFlat({ nodes, depths, ends }: Preorder, visit: Visitor): void {
  const ancestors: AstNode[] = [];
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i]!;
    const depth = depths[i]!;
    while (ancestors.length > depth) ancestors.pop();
    if (visit(node, ancestors[depth - 1], ancestors) === false) {
      i = ends[i]!;
    } else {
      ancestors.push(node);
      i++;
    }
  }
}

function childKeys(node: AstNode): readonly string[] {
  return (visitorKeys as Record<string, readonly string[] | undefined>)[node.type] ?? Object.keys(node);
}

/** Calls `each` on the direct child nodes of a node, in source order, without building a list. */
function forEachChild(node: AstNode, each: (child: AstNode) => void): void {
  const keys = childKeys(node);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key === "parent") continue;
    const value = node[key];
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) {
        const item: unknown = value[j];
        if (isNode(item)) each(item);
      }
    } else if (isNode(value)) {
      each(value);
    }
  }
}

/** The direct child nodes of a node, in source order. */
export function childNodes(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  forEachChild(node, (child) => out.push(child));
  return out;
}

export function isNode(value: unknown): value is AstNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string" &&
    typeof (value as { start?: unknown }).start === "number";
}

const TRANSPARENT_WRAPPERS = new Set([
  "ParenthesizedExpression",
  "ChainExpression",
  "TSAsExpression",
  "TSSatisfiesExpression",
  "TSTypeAssertion",
  "TSNonNullExpression",
  "TSInstantiationExpression",
]);

/** Strips parentheses, optional chains and TypeScript casts, which do not change what an expression evaluates to. */
export function unwrapExpression(node: unknown): AstNode | undefined {
  let current = isNode(node) ? node : undefined;
  while (current && TRANSPARENT_WRAPPERS.has(current.type) && isNode(current.expression)) current = current.expression;
  return current;
}

/** The value of a string literal, or of a template literal without substitutions. */
export function literalString(node: unknown): string | undefined {
  const n = unwrapExpression(node);
  if (!n) return undefined;
  if (n.type === "Literal" && typeof n.value === "string") return n.value;
  if (n.type === "TemplateLiteral" && Array.isArray(n.expressions) && n.expressions.length === 0) {
    const quasi = (n.quasis as AstNode[])[0];
    const cooked = (quasi?.value as { cooked?: string | null } | undefined)?.cooked;
    return typeof cooked === "string" ? cooked : undefined;
  }
  return undefined;
}

/** The name of an identifier node, after unwrapping. */
export function identifierName(node: unknown): string | undefined {
  const n = unwrapExpression(node);
  return n?.type === "Identifier" && typeof n.name === "string" ? n.name : undefined;
}

/** The static name of a member's property: `a.b` and `a["b"]` both give "b". */
export function memberPropertyName(node: unknown): string | undefined {
  const n = unwrapExpression(node);
  if (n?.type !== "MemberExpression") return undefined;
  if (!n.computed) return identifierName(n.property);
  return literalString(n.property);
}

/** A dotted path for identifiers and static member chains (`vm.runInThisContext`, `globalThis.eval`), else undefined. */
export function staticPath(node: unknown): string | undefined {
  const n = unwrapExpression(node);
  if (!n) return undefined;
  if (n.type === "Identifier") return identifierName(n);
  if (n.type === "ThisExpression") return "this";
  if (n.type === "MemberExpression") {
    const object = staticPath(n.object);
    const property = memberPropertyName(n);
    return object !== undefined && property !== undefined ? `${object}.${property}` : undefined;
  }
  return undefined;
}

export function isFunctionNode(node: AstNode): boolean {
  return node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}

/** The module a `require("x")` call loads, when the argument is a literal. */
export function requiredModule(node: unknown): string | undefined {
  const n = unwrapExpression(node);
  if (n?.type !== "CallExpression" || identifierName(n.callee) !== "require") return undefined;
  const args = n.arguments as AstNode[];
  return args.length === 1 ? literalString(args[0]) : undefined;
}

/** The identifiers a binding pattern declares (`a`, `{ a, b: c }`, `[a, ...rest]`, `a = 1`). */
export function patternNames(pattern: unknown): string[] {
  const n = isNode(pattern) ? pattern : undefined;
  if (!n) return [];
  switch (n.type) {
    case "Identifier":
      return typeof n.name === "string" ? [n.name] : [];
    case "ObjectPattern":
      return (n.properties as AstNode[]).flatMap((p) => patternNames(p.type === "RestElement" ? p.argument : p.value));
    case "ArrayPattern":
      return (n.elements as unknown[]).flatMap((e) => patternNames(e));
    case "RestElement":
      return patternNames(n.argument);
    case "AssignmentPattern":
      return patternNames(n.left);
    default:
      return [];
  }
}

/** Collapses whitespace and cuts a snippet to `max` characters, for evidence fields. */
export function snippet(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** What a local name is bound to by an import or a require: a module and the export taken from it ("*" for the whole module). */
export interface ModuleBinding {
  /** Module specifier without a `node:` prefix. */
  module: string;
  /** The export name, "default", or "*" for a namespace / whole-module binding. */
  imported: string;
}

/**
 * Local names bound to modules anywhere in a file: `import x from`, `import * as x`, `import { a as b }`,
 * `const x = require("m")`, `const { a: b } = require("m")`, `const a = require("m").a`, and the same with `await import("m")`.
 * A CommonJS `require` of a module is its namespace, so a default import and a require both read as "*" for node built-ins.
 */
export function moduleBindings(program: Program): Map<string, ModuleBinding> {
  let found = bindingsByProgram.get(program);
  if (!found) bindingsByProgram.set(program, (found = findModuleBindings(program)));
  // A copy: callers add their own aliases to the map they get.
  return new Map(found);
}

const bindingsByProgram = new WeakMap<Program, ReadonlyMap<string, ModuleBinding>>();

function findModuleBindings(program: Program): Map<string, ModuleBinding> {
  const bindings = new Map<string, ModuleBinding>();
  walk(program, (node) => {
    if (node.type === "ImportDeclaration") {
      const module = literalString(node.source);
      if (module === undefined || node.importKind === "type") return false;
      for (const spec of node.specifiers as AstNode[]) {
        const local = identifierName(spec.local);
        if (!local) continue;
        if (spec.type === "ImportNamespaceSpecifier") bindings.set(local, { module: bareModule(module), imported: "*" });
        else if (spec.type === "ImportDefaultSpecifier") bindings.set(local, { module: bareModule(module), imported: defaultImport(module) });
        else if (spec.importKind !== "type") {
          const imported = identifierName(spec.imported) ?? literalString(spec.imported);
          if (imported) bindings.set(local, { module: bareModule(module), imported });
        }
      }
      return false;
    }
    if (node.type === "VariableDeclarator" && node.init) {
      const loaded = loadedModule(node.init);
      if (!loaded) return;
      const id = node.id as AstNode;
      if (id.type === "Identifier") bindings.set(id.name as string, loaded);
      else if (id.type === "ObjectPattern" && loaded.imported === "*") {
        for (const property of id.properties as AstNode[]) {
          if (property.type !== "Property") continue;
          const key = property.computed ? literalString(property.key) : identifierName(property.key) ?? literalString(property.key);
          const value = unwrapPatternDefault(property.value);
          const local = identifierName(value);
          if (key && local) bindings.set(local, { module: loaded.module, imported: key });
        }
      }
    }
    return undefined;
  });
  return bindings;
}

/** The module and export a callee refers to through `bindings`: `spawn`, `cp.spawn`, `require("child_process").spawn`. */
export function resolveImported(callee: unknown, bindings: ReadonlyMap<string, ModuleBinding>): ModuleBinding | undefined {
  const n = unwrapExpression(callee);
  if (!n) return undefined;
  if (n.type === "Identifier") return bindings.get(n.name as string);
  if (n.type === "MemberExpression") {
    const property = memberPropertyName(n);
    if (property === undefined) return undefined;
    const object = unwrapExpression(n.object);
    const base = object?.type === "Identifier" ? bindings.get(object.name as string) : object ? loadedModule(object) : undefined;
    if (base?.imported === "*" || base?.imported === "default") return { module: base.module, imported: property };
  }
  return undefined;
}

function loadedModule(init: unknown): ModuleBinding | undefined {
  let n = unwrapExpression(init);
  if (n?.type === "AwaitExpression") n = unwrapExpression(n.argument);
  if (!n) return undefined;
  if (n.type === "MemberExpression") {
    const inner = loadedModule(n.object);
    const property = memberPropertyName(n);
    if (inner?.imported === "*" && property !== undefined) return { module: inner.module, imported: property };
    return undefined;
  }
  const required = requiredModule(n);
  if (required !== undefined) return { module: bareModule(required), imported: "*" };
  if (n.type === "ImportExpression") {
    const module = literalString(n.source);
    if (module !== undefined) return { module: bareModule(module), imported: "*" };
  }
  return undefined;
}

function unwrapPatternDefault(node: unknown): unknown {
  return isNode(node) && node.type === "AssignmentPattern" ? node.left : node;
}

function bareModule(specifier: string): string {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}

/** Node's built-in modules have no real default export: `import cp from "child_process"` is the namespace. */
function defaultImport(specifier: string): string {
  return isBuiltin(specifier) ? "*" : "default";
}
