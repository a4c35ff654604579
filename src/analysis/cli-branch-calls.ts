/** Finds functions that only run in a CLI branch which returns before the stdio server starts (`if (argv[0] === "auth") { await auth(); return; }`). */
import {
  identifierName,
  isFunctionNode,
  literalString,
  memberPropertyName,
  moduleBindings,
  type ParsedJs,
  requiredModule,
  staticPath,
  unwrapExpression,
  walk,
  type AstNode,
} from "./ast.js";
import { NON_CODE, resolveRelative } from "./module-graph.js";

const PROCESS_EXIT = /^(?:globalThis\.)?process\d*\.exit$/;
const MAX_DEPTH = 4;

/**
 * Answers "does this module-level function run only instead of the server?": every call to it, in its own file or
 * through a direct named (or namespace-member) import, sits in an `if` branch that returns or exits right after it,
 * ahead of code in the same function that starts the stdio transport, or inside another function that is itself CLI-only.
 * Anything it cannot follow (the function passed as a value, re-exported, loaded dynamically, a module the scan did
 * not read) makes the answer false, so real writes keep being reported.
 */
export function cliOnlyFunctions(files: readonly ParsedJs[]): (path: string, name: string) => boolean {
  const byPath = new Map(files.map((f) => [f.file.path, f]));
  const known = new Set(byPath.keys());
  const memo = new Map<string, boolean>();
  let importersOf: Map<string, string[]> | undefined;
  let unreadModule = false;

  const importers = (path: string): string[] => {
    if (!importersOf) {
      importersOf = new Map();
      for (const file of files) {
        for (const specifier of relativeSpecifiers(file.program as unknown as AstNode)) {
          const target = resolveRelative(file.file.path, specifier, known);
          if (target) importersOf.set(target, [...(importersOf.get(target) ?? []), file.file.path]);
          else if (!NON_CODE.test(specifier)) unreadModule = true;
        }
      }
    }
    return [...new Set(importersOf.get(path) ?? [])];
  };

  const isCliOnly = (path: string, name: string, depth: number): boolean => {
    const key = `${path}\0${name}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return false;
    memo.set(key, false); // a recursive cycle proves nothing
    const result = referencesAreCliOnly(path, name, depth);
    memo.set(key, result);
    return result;
  };

  /** Every use of the module-level function `name` in `path` (and of its exports elsewhere) is a CLI-only call. */
  const referencesAreCliOnly = (path: string, name: string, depth: number): boolean => {
    const file = byPath.get(path);
    if (!file) return false;
    const program = file.program as unknown as AstNode;
    const declaration = topLevelFunctions(program).get(name);
    if (!declaration) return false;
    const exported = new Set<string>();
    if (declaration.exportedAs) exported.add(name);
    let ok = true;
    let calls = 0;
    walk(program, (node, parent, ancestors) => {
      if (!ok) return false;
      if (node.type !== "Identifier" || node.name !== name || node === declaration.id || !parent) return undefined;
      if (isPropertyName(node, parent)) return undefined;
      const exportName = exportedName(node, parent, ancestors);
      if (exportName !== undefined) exported.add(exportName);
      else if (parent.type === "CallExpression" && parent.callee === node) {
        calls += 1;
        ok = callIsCliOnly(path, parent, ancestors.slice(0, -1), depth);
      }
      else ok = false;
      return undefined;
    });
    if (!ok) return false;
    // A function nobody is seen calling proves nothing: it may run some way this analysis does not follow.
    if (exported.size === 0) return calls > 0;
    const loaders = importers(path);
    if (unreadModule) return false;
    let importedCalls = 0;
    for (const importer of loaders) {
      const found = importedCliOnlyCalls(importer, path, exported, depth);
      if (found === undefined) return false;
      importedCalls += found;
    }
    return calls + importedCalls > 0;
  };

  /** How many calls `importer` makes to `target`'s exported names, when each binding is only called and each call is CLI-only; else undefined. */
  const importedCliOnlyCalls = (importer: string, target: string, exported: ReadonlySet<string>, depth: number): number | undefined => {
    const file = byPath.get(importer);
    if (!file) return undefined;
    const program = file.program as unknown as AstNode;
    if (!loadsOnlyThroughBindings(importer, program, target, known)) return undefined;
    const locals = new Map<string, "call" | "namespace">();
    for (const [local, binding] of moduleBindings(file.program)) {
      if (!binding.module.startsWith(".") || resolveRelative(importer, binding.module, known) !== target) continue;
      if (binding.imported === "*" || binding.imported === "default") locals.set(local, "namespace");
      else if (exported.has(binding.imported)) locals.set(local, "call");
    }
    let ok = true;
    let calls = 0;
    walk(program, (node, parent, ancestors) => {
      if (!ok) return false;
      if (node.type === "ImportDeclaration") return false;
      if (node.type !== "Identifier" || !parent) return undefined;
      const kind = locals.get(node.name as string);
      if (!kind || isPropertyName(node, parent) || isDeclaredBinding(node, parent)) return undefined;
      if (kind === "call") {
        calls += 1;
        ok = parent.type === "CallExpression" && parent.callee === node && callIsCliOnly(importer, parent, ancestors.slice(0, -1), depth);
        return undefined;
      }
      // A namespace: `ns.other` is someone else's business; `ns.name(...)` must be a CLI-only call; any other use is opaque.
      const member = parent.type === "MemberExpression" && parent.object === node && !parent.computed ? memberPropertyName(parent) : undefined;
      if (member === undefined) ok = false;
      else if (exported.has(member)) {
        calls += 1;
        const call = ancestors[ancestors.length - 2];
        ok = call?.type === "CallExpression" && call.callee === parent && callIsCliOnly(importer, call, ancestors.slice(0, -2), depth);
      }
      return undefined;
    });
    return ok ? calls : undefined;
  };

  /** A call that sits in a branch returning before the stdio start, or directly inside a CLI-only module-level function. */
  const callIsCliOnly = (path: string, call: AstNode, ancestors: readonly AstNode[], depth: number): boolean => {
    let fnIndex = -1;
    for (let i = ancestors.length - 1; i >= 0; i--) if (isFunctionNode(ancestors[i]!)) { fnIndex = i; break; }
    if (fnIndex < 0) return false;
    if (returnsBeforeStdio(path, call, ancestors, fnIndex)) return true;
    const caller = enclosingTopLevelName(ancestors, fnIndex);
    return caller !== undefined && isCliOnly(path, caller, depth + 1);
  };

  /** `if (...) { [await] f(); return; }` (or `return f()`, or `process.exit()` after) with a stdio start later in the same function body. */
  const returnsBeforeStdio = (path: string, call: AstNode, ancestors: readonly AstNode[], fnIndex: number): boolean => {
    let i = ancestors.length - 1;
    let child = call;
    while (i > fnIndex && (ancestors[i]!.type === "AwaitExpression" || ancestors[i]!.type === "ParenthesizedExpression")) child = ancestors[i--]!;
    const statement = ancestors[i];
    if (!statement || (statement.type !== "ExpressionStatement" && statement.type !== "ReturnStatement") || (statement.expression ?? statement.argument) !== child) return false;
    let branch: AstNode = statement;
    let parent = ancestors[i - 1];
    if (statement.type === "ExpressionStatement") {
      if (parent?.type !== "BlockStatement") return false;
      const body = parent.body as AstNode[];
      const next = body[body.indexOf(statement) + 1];
      if (!next || !(next.type === "ReturnStatement" || (next.type === "ExpressionStatement" && isProcessExit(next.expression)))) return false;
      branch = parent;
      parent = ancestors[i - 2];
      i -= 1;
    } else if (parent?.type === "BlockStatement") {
      branch = parent;
      parent = ancestors[i - 2];
      i -= 1;
    }
    if (parent?.type !== "IfStatement" || parent.consequent !== branch) return false;
    const fnBody = ancestors[i - 2];
    if (fnBody?.type !== "BlockStatement" || ancestors[i - 3] !== ancestors[fnIndex]) return false;
    const body = fnBody.body as AstNode[];
    return body.slice(body.indexOf(parent) + 1).some((s) => startsStdio(path, s, 0));
  };

  /** The code builds a stdio transport, or calls a function (same file or directly imported) whose body does. */
  const startsStdio = (path: string, root: AstNode, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    const file = byPath.get(path);
    if (!file) return false;
    const program = file.program;
    const bindings = moduleBindings(program);
    const functions = topLevelFunctions(program as unknown as AstNode);
    let found = false;
    walk(root, (node) => {
      if (found) return false;
      const callee = node.type === "NewExpression" || node.type === "CallExpression" ? unwrapExpression(node.callee) : undefined;
      if (!callee) return undefined;
      const last = (staticPath(callee) ?? "").split(".").at(-1) ?? "";
      if ((node.type === "NewExpression" && last === "StdioServerTransport") || last === "serveStdio") found = true;
      else if (callee.type === "Identifier" && functions.has(last) && functions.get(last)!.node !== root) {
        found = startsStdio(path, functions.get(last)!.node, depth + 1);
      } else {
        const object = callee.type === "MemberExpression" ? unwrapExpression(callee.object) : callee;
        const binding = identifierName(object) !== undefined ? bindings.get(identifierName(object)!) : undefined;
        const imported = binding && callee.type === "MemberExpression" && (binding.imported === "*" || binding.imported === "default") ? last : binding?.imported;
        const target = binding?.module.startsWith(".") ? resolveRelative(path, binding.module, known) : undefined;
        const fn = target && imported ? topLevelFunctions(byPath.get(target)!.program as unknown as AstNode).get(imported) : undefined;
        if (target && fn) found = startsStdio(target, fn.node, depth + 1);
      }
      return undefined;
    });
    return found;
  };

  return (path, name) => isCliOnly(path, name, 0);
}

interface TopLevelFunction {
  node: AstNode;
  id: AstNode;
  exportedAs: boolean;
}

const functionsByProgram = new WeakMap<AstNode, Map<string, TopLevelFunction>>();

/** Module-level `function f` and `const f = function/arrow`, with whether they are declared with `export`. */
function topLevelFunctions(program: AstNode): Map<string, TopLevelFunction> {
  const cached = functionsByProgram.get(program);
  if (cached) return cached;
  const out = new Map<string, TopLevelFunction>();
  for (const top of program.body as AstNode[]) {
    const exported = top.type === "ExportNamedDeclaration";
    const statement = exported ? (top.declaration as AstNode | null) : top;
    if (!statement) continue;
    if (statement.type === "FunctionDeclaration" && identifierName(statement.id)) {
      out.set(identifierName(statement.id)!, { node: statement, id: statement.id as AstNode, exportedAs: exported });
    } else if (statement.type === "VariableDeclaration") {
      for (const d of statement.declarations as AstNode[]) {
        const init = unwrapExpression(d.init);
        const name = identifierName(d.id);
        if (name && init && isFunctionNode(init)) out.set(name, { node: init, id: d.id as AstNode, exportedAs: exported });
      }
    }
  }
  functionsByProgram.set(program, out);
  return out;
}

/** The name of the module-level function that is the function at `fnIndex` in the ancestor chain. */
function enclosingTopLevelName(ancestors: readonly AstNode[], fnIndex: number): string | undefined {
  const fn = ancestors[fnIndex]!;
  const outer = ancestors.slice(0, fnIndex).filter((a) => a.type !== "Program" && a.type !== "ExportNamedDeclaration");
  if (fn.type === "FunctionDeclaration" && outer.length === 0) return identifierName(fn.id);
  const [declaration, declarator, ...rest] = outer;
  return declaration?.type === "VariableDeclaration" && declarator?.type === "VariableDeclarator" && declarator.init === fn && rest.length === 0
    ? identifierName(declarator.id)
    : undefined;
}

/** `a.name`, `{ name: 1 }`, `class { name() {} }`: the identifier names a property, not the binding. */
function isPropertyName(node: AstNode, parent: AstNode): boolean {
  if (parent.type === "MemberExpression") return parent.property === node && !parent.computed;
  if (parent.type === "Property") return parent.key === node && !parent.computed && !parent.shorthand;
  if (parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") return parent.key === node && !parent.computed;
  // `export { f as g }`: the exported name is not a use of any binding (the local one is handled as an export).
  if (parent.type === "ExportSpecifier") return parent.exported === node && parent.local !== node;
  return false;
}

function isDeclaredBinding(node: AstNode, parent: AstNode): boolean {
  return parent.type === "VariableDeclarator" && parent.id === node;
}

/**
 * The name under which this reference exports the function: `export { f as g }`, `exports.g = f`,
 * `Object.defineProperty(exports, "g", { get: function () { return f; } })` (bundlers' CommonJS output).
 */
function exportedName(node: AstNode, parent: AstNode, ancestors: readonly AstNode[]): string | undefined {
  if (parent.type === "ExportSpecifier" && parent.local === node) return identifierName(parent.exported) ?? literalString(parent.exported);
  if (parent.type === "AssignmentExpression" && parent.right === node) {
    const target = staticPath(parent.left) ?? "";
    const match = /^(?:module\.)?exports\.([\w$]+)$/.exec(target);
    return match?.[1];
  }
  if (parent.type === "ReturnStatement") {
    const define = [...ancestors].reverse().find((a) => a.type === "CallExpression");
    const args = (define?.arguments ?? []) as AstNode[];
    if (define && staticPath(define.callee) === "Object.defineProperty" && identifierName(args[0]) === "exports") {
      const getter = ancestors[ancestors.length - 3];
      const property = ancestors[ancestors.length - 4];
      if (getter && isFunctionNode(getter) && property?.type === "Property" && identifierName(property.key) === "get") return literalString(args[1]);
    }
  }
  return undefined;
}

/** Relative specifiers a module loads in any form (import, export-from, require, import()). */
function relativeSpecifiers(program: AstNode): string[] {
  const out: string[] = [];
  walk(program, (node) => {
    const specifier = node.type === "CallExpression" ? requiredModule(node) : "source" in node ? literalString(node.source) : undefined;
    if (specifier !== undefined && /^\.\.?(?:\/|$)/.test(specifier)) out.push(specifier);
    return undefined;
  });
  return out;
}

/** The importer loads `target` only by `import ... from` or `const x = require(...)`: no re-export, import() or inline require. */
function loadsOnlyThroughBindings(importer: string, program: AstNode, target: string, known: ReadonlySet<string>): boolean {
  let ok = true;
  walk(program, (node, parent) => {
    if (!ok) return false;
    const specifier = node.type === "CallExpression" ? requiredModule(node) : "source" in node ? literalString(node.source) : undefined;
    if (specifier === undefined || !specifier.startsWith(".") || resolveRelative(importer, specifier, known) !== target) return undefined;
    if (node.type === "ImportDeclaration") return false;
    if (node.type === "CallExpression" && parent?.type === "VariableDeclarator" && parent.init === node && parent.id && (parent.id as AstNode).type === "Identifier") return undefined;
    ok = false;
    return false;
  });
  return ok;
}

function isProcessExit(node: unknown): boolean {
  const n = unwrapExpression(node);
  return n?.type === "CallExpression" && PROCESS_EXIT.test(staticPath(n.callee) ?? "");
}
