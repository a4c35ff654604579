/**
 * One walk over a parsed JS/TS module builds its intermediate form: scopes and bindings with every value written to
 * them, functions with their parameters and returns, classes, calls, guards (`if (…) throw`), imports and exports
 * (ESM and CommonJS). Everything later (module graph, value flow, surface, transport) reads this instead of the AST.
 */
import { type AstNode, type ParsedJs, identifierName, isFunctionNode, isNode, literalString, memberPropertyName, staticPath, unwrapExpression } from "../ast.js";
import { visitorKeys } from "oxc-parser";

export type BindingKind = "var" | "let" | "const" | "param" | "function" | "class" | "import" | "catch" | "implicit";

export interface ScopeIR {
  node: AstNode;
  parent?: ScopeIR;
  fn?: FunctionIR;
  module: ModuleIR;
  names: Map<string, BindingIR>;
}

/** A value written to a binding (or a property): `value` evaluated in `scope`, then `path` taken into it (destructuring). */
export interface DefIR {
  value: AstNode;
  scope: ScopeIR;
  path: string[];
  /** How the value is written: `+=` appends, `of` is an element of an iterable, `in` a key of an object, `push` an added element. */
  op: "=" | "+=" | "of" | "in" | "push" | "default";
  at: AstNode;
}

export interface BindingIR {
  name: string;
  scope: ScopeIR;
  kind: BindingKind;
  defs: DefIR[];
  /** A parameter: which one of which function, and the property path a destructuring pattern takes into it. */
  param?: { fn: FunctionIR; index: number; path: string[]; rest: boolean };
  /** A function declaration, or a const/let whose only value is a function. */
  fn?: FunctionIR;
  cls?: ClassIR;
  imported?: { specifier: string; name: string };
  /** `obj.key = value` writes, by key. */
  props?: Map<string, DefIR[]>;
  declaredAt: AstNode;
}

export interface FunctionIR {
  node: AstNode;
  module: ModuleIR;
  scope: ScopeIR;
  outer: ScopeIR;
  /** The name it is known by: its id, the variable or property it is assigned to, the method key. */
  name?: string;
  params: AstNode[];
  returns: AstNode[];
  cls?: ClassIR;
  method?: { key: string; kind: string; isStatic: boolean };
  /** Passed as an argument: the call and the position (callbacks). */
  argumentOf?: { call: AstNode; index: number; scope: ScopeIR };
  /** The value of a property in an object literal. */
  propertyOf?: { object: AstNode; key: string };
  guards: GuardIR[];
  /** Expression statements that are calls (`assertInside(p);`): helper guards. */
  callStatements: { call: AstNode; block: [number, number] }[];
}

export interface ClassIR {
  node: AstNode;
  name?: string;
  module: ModuleIR;
  outer: ScopeIR;
  superClass?: AstNode;
  methods: Map<string, FunctionIR>;
  staticMethods: Map<string, FunctionIR>;
  fields: Map<string, { value?: AstNode; scope: ScopeIR }>;
  staticFields: Map<string, { value?: AstNode; scope: ScopeIR }>;
  /** `this.key = value` in any method (the constructor most of all). */
  thisProps: Map<string, DefIR[]>;
}

export interface CallIR {
  node: AstNode;
  scope: ScopeIR;
  /** The callee's identifier name or member property name, for finding candidate calls by name. */
  name?: string;
  isNew: boolean;
}

/**
 * A condition that holds where a use sits: `exit` guards are `if (test) <throw|return|…>` (the test is the failing
 * condition, and it holds after the if, to the end of the enclosing block); `then` / `else` hold inside a branch.
 */
export interface GuardIR {
  test: AstNode;
  kind: "exit" | "then" | "else";
  region: [number, number];
  /** Where the test is read. */
  scope: ScopeIR;
  /**
   * An exit guard inside `if (c) { … }` also holds, to the end of the function, inside later blocks of `if (c)` with the
   * same condition (`if (action === "download") { validate } … if (action === "download") { use }`): the text of c.
   */
  when?: string;
}

export interface ImportIR {
  specifier: string;
  kind: "import" | "require" | "dynamic" | "reexport" | "side-effect";
  node: AstNode;
}

export type ExportIR = { kind: "local"; name: string } | { kind: "reexport"; specifier: string; name: string } | { kind: "value"; value: AstNode; scope: ScopeIR };

export interface ModuleIR {
  path: string;
  parsed: ParsedJs;
  scope: ScopeIR;
  functions: FunctionIR[];
  classes: ClassIR[];
  calls: CallIR[];
  imports: ImportIR[];
  /** ESM exports by exported name. */
  exports: Map<string, ExportIR>;
  /** `export * from "x"` specifiers. */
  starExports: string[];
  /** CommonJS: `module.exports = x` values, and `exports.a = x` / defineProperty getters / esbuild __export getters by name. */
  cjsExports: DefIR[];
  cjsExportProps: Map<string, DefIR[]>;
  isCommonJs: boolean;
  /** The function (or module) scope a node's start offset sits in is found through these, sorted by start. */
  functionsByStart: FunctionIR[];
  functionByNode: Map<AstNode, FunctionIR>;
  classByNode: Map<AstNode, ClassIR>;
  callsByName?: Map<string, CallIR[]>;
  /** One long line or a few: identifiers are a minifier's, not worth quoting in evidence. */
  minified: boolean;
}

/** A visitor the builder calls for every node in the same walk: node, parent, ancestors (outermost first), and the scope. */
export type ModuleVisitor = (node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[], scope: ScopeIR) => void;

const SKIPPED_KEYS = new Set(["typeAnnotation", "returnType", "typeParameters", "typeArguments", "superTypeArguments", "implements", "decorators"]);
const TYPE_ONLY = new Set(["TSInterfaceDeclaration", "TSTypeAliasDeclaration", "TSDeclareFunction", "TSEnumDeclaration", "TSImportEqualsDeclaration"]);
const KEYS = visitorKeys as Record<string, readonly string[] | undefined>;
const EXIT_CALL = /^(?:globalThis\.)?process\.exit$/;
const RECEIVER_WRITES = new Set(["push", "unshift", "add", "set", "append", "splice"]);

export function buildModule(parsed: ParsedJs, visitors: readonly ModuleVisitor[] = []): ModuleIR {
  const module: ModuleIR = {
    path: parsed.file.path,
    parsed,
    scope: undefined as unknown as ScopeIR,
    functions: [],
    classes: [],
    calls: [],
    imports: [],
    exports: new Map(),
    starExports: [],
    cjsExports: [],
    cjsExportProps: new Map(),
    isCommonJs: /\.c[jt]s$/.test(parsed.file.path),
    functionsByStart: [],
    functionByNode: new Map(),
    classByNode: new Map(),
    minified: looksMinified(parsed.file.text),
  };
  const program = parsed.program as unknown as AstNode;
  module.scope = { node: program, module, names: new Map() };
  new ModuleBuilder(module, visitors).run(program);
  module.functionsByStart = [...module.functions].sort((a, b) => a.node.start - b.node.start);
  return module;
}

interface PendingWrite {
  scope: ScopeIR;
  name: string;
  def?: DefIR;
  prop?: { key: string; def: DefIR };
  node: AstNode;
}

class ModuleBuilder {
  private readonly ancestors: AstNode[] = [];
  private readonly pending: PendingWrite[] = [];
  private readonly blockScopes: ScopeIR[] = [];
  private scope: ScopeIR;
  private fn: FunctionIR | undefined;
  private cls: ClassIR | undefined;

  constructor(
    private readonly module: ModuleIR,
    private readonly visitors: readonly ModuleVisitor[],
  ) {
    this.scope = module.scope;
  }

  run(program: AstNode): void {
    this.visit(program, undefined);
    for (const write of this.pending) {
      let binding = lookup(write.scope, write.name);
      if (!binding) {
        binding = { name: write.name, scope: this.module.scope, kind: "implicit", defs: [], declaredAt: write.node };
        this.module.scope.names.set(write.name, binding);
      }
      if (write.def) binding.defs.push(write.def);
      if (write.prop) {
        const props = (binding.props ??= new Map());
        const list = props.get(write.prop.key);
        if (list) list.push(write.prop.def);
        else props.set(write.prop.key, [write.prop.def]);
      }
    }
    // A binding whose only value is a function (or class) stands for it wherever it is called.
    for (const binding of [...allBindings(this.module), ...this.blockScopes.flatMap((b) => [...b.names.values()])]) {
      if (binding.fn || binding.cls || binding.defs.length !== 1) continue;
      const value = unwrapExpression(binding.defs[0]!.value);
      if (!value || binding.defs[0]!.path.length > 0 || binding.defs[0]!.op !== "=") continue;
      if (isFunctionNode(value)) binding.fn = this.functionOf(value);
      else if (value.type === "ClassExpression") binding.cls = this.classOf(value);
    }
  }

  private functionOf(node: AstNode): FunctionIR | undefined {
    return this.module.functionByNode.get(node);
  }

  private classOf(node: AstNode): ClassIR | undefined {
    return this.module.classByNode.get(node);
  }

  private visit(node: AstNode, parent: AstNode | undefined): void {
    if (TYPE_ONLY.has(node.type)) return;
    for (let v = 0; v < this.visitors.length; v++) this.visitors[v]!(node, parent, this.ancestors, this.scope);
    const type = node.type;
    if (type === "FunctionDeclaration" || type === "FunctionExpression" || type === "ArrowFunctionExpression") {
      this.enterFunction(node, parent);
      return;
    }
    if (type === "ClassDeclaration" || type === "ClassExpression") {
      this.enterClass(node, parent);
      return;
    }
    this.record(node, parent);
    // let, const and class are scoped to their block (and a for loop's head): `const url` in two branches are two bindings.
    if (parent && lexicalBlock(node, parent)) {
      const saved = this.scope;
      this.scope = { node, parent: saved, module: this.module, names: new Map(), ...(saved.fn ? { fn: saved.fn } : {}) };
      this.blockScopes.push(this.scope);
      this.children(node);
      this.scope = saved;
      return;
    }
    this.children(node);
  }

  private children(node: AstNode): void {
    const keys = KEYS[node.type];
    if (keys === undefined) return;
    this.ancestors.push(node);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (SKIPPED_KEYS.has(key)) continue;
      const value = node[key];
      if (value === null || value === undefined || typeof value !== "object") continue;
      if (Array.isArray(value)) {
        for (let j = 0; j < value.length; j++) {
          const child = value[j] as AstNode | null;
          if (child !== null && typeof child.type === "string") this.visit(child, node);
        }
      } else if (typeof (value as AstNode).type === "string") {
        this.visit(value as AstNode, node);
      }
    }
    this.ancestors.pop();
  }

  // ------------------------------------------------------------------ functions and classes

  private enterFunction(node: AstNode, parent: AstNode | undefined): void {
    const outer = this.scope;
    const scope: ScopeIR = { node, parent: outer, module: this.module, names: new Map() };
    const fn: FunctionIR = {
      node,
      module: this.module,
      scope,
      outer,
      params: node.params as AstNode[],
      returns: [],
      guards: [],
      callStatements: [],
    };
    scope.fn = fn;
    this.module.functionByNode.set(node, fn);
    this.module.functions.push(fn);
    const id = identifierName(node.id);
    fn.name = id ?? inferredName(node, parent, this.ancestors);
    if (id) {
      if (node.type === "FunctionDeclaration") this.declare(outer, id, "function", node).fn = fn;
      else this.declare(scope, id, "function", node).fn = fn;
    }
    if (parent && (parent.type === "CallExpression" || parent.type === "NewExpression")) {
      const index = (parent.arguments as AstNode[]).indexOf(node);
      if (index >= 0) fn.argumentOf = { call: parent, index, scope: outer };
    }
    if (parent?.type === "Property" && parent.value === node) {
      const key = propertyKey(parent);
      const object = this.ancestors[this.ancestors.length - 2];
      if (key !== undefined && object?.type === "ObjectExpression") fn.propertyOf = { object, key };
    }
    if (parent?.type === "MethodDefinition" && this.cls) {
      const key = propertyKey(parent);
      if (key !== undefined) {
        fn.cls = this.cls;
        fn.method = { key, kind: parent.kind as string, isStatic: parent.static === true };
        (parent.static ? this.cls.staticMethods : this.cls.methods).set(key, fn);
      }
    } else if (parent?.type === "PropertyDefinition" && this.cls) {
      fn.cls = this.cls;
    }
    const savedScope = this.scope;
    const savedFn = this.fn;
    this.scope = scope;
    this.fn = fn;
    const params = fn.params;
    for (let i = 0; i < params.length; i++) this.declareParam(fn, params[i]!, i);
    this.ancestors.push(node);
    for (const param of params) this.visit(param, node);
    const body = node.body as AstNode | null;
    if (body) {
      if (node.expression === true || body.type !== "BlockStatement") fn.returns.push(body);
      this.visit(body, node);
    }
    this.ancestors.pop();
    this.scope = savedScope;
    this.fn = savedFn;
  }

  private enterClass(node: AstNode, parent: AstNode | undefined): void {
    const name = identifierName(node.id) ?? inferredName(node, parent, this.ancestors);
    const cls: ClassIR = {
      node,
      module: this.module,
      outer: this.scope,
      methods: new Map(),
      staticMethods: new Map(),
      fields: new Map(),
      staticFields: new Map(),
      thisProps: new Map(),
      ...(name ? { name } : {}),
      ...(isNode(node.superClass) ? { superClass: node.superClass } : {}),
    };
    this.module.classByNode.set(node, cls);
    this.module.classes.push(cls);
    const id = identifierName(node.id);
    if (id && node.type === "ClassDeclaration") this.declare(this.scope, id, "class", node).cls = cls;
    const saved = this.cls;
    this.cls = cls;
    this.ancestors.push(node);
    if (isNode(node.superClass)) this.visit(node.superClass, node);
    const body = node.body as AstNode;
    this.ancestors.push(body);
    for (const member of body.body as AstNode[]) {
      if (member.type === "PropertyDefinition") {
        const key = propertyKey(member);
        if (key !== undefined) (member.static ? cls.staticFields : cls.fields).set(key, { ...(isNode(member.value) ? { value: member.value } : {}), scope: this.scope });
      }
      this.visit(member, body);
    }
    this.ancestors.pop();
    this.ancestors.pop();
    this.cls = saved;
  }

  // ------------------------------------------------------------------ declarations and writes

  private declare(scope: ScopeIR, name: string, kind: BindingKind, at: AstNode): BindingIR {
    const existing = scope.names.get(name);
    if (existing) {
      if (kind === "function" || kind === "class") existing.kind = kind;
      return existing;
    }
    const binding: BindingIR = { name, scope, kind, defs: [], declaredAt: at };
    scope.names.set(name, binding);
    return binding;
  }

  private declareParam(fn: FunctionIR, pattern: AstNode, index: number): void {
    for (const { name, path, fallback, rest, node } of patternTargets(pattern)) {
      const binding = this.declare(fn.scope, name, "param", node);
      binding.param = { fn, index, path, rest };
      if (fallback) binding.defs.push({ value: fallback, scope: fn.scope, path: [], op: "default", at: node });
    }
  }

  /** Declares (or writes) every name of a pattern, each with the value at its path. */
  private bindPattern(pattern: AstNode, value: AstNode | undefined, op: DefIR["op"], kind: BindingKind | undefined, at: AstNode): void {
    const scope = this.scope;
    for (const target of patternTargets(pattern)) {
      const defs: DefIR[] = [];
      if (value) defs.push({ value, scope, path: target.path, op, at });
      if (target.fallback) defs.push({ value: target.fallback, scope, path: [], op: "default", at });
      if (kind) {
        const home = kind === "var" ? this.functionScope() : scope;
        const binding = this.declare(home, target.name, kind, target.node);
        binding.defs.push(...defs);
      } else {
        for (const def of defs) this.pending.push({ scope, name: target.name, def, node: at });
      }
    }
  }

  /** Where `var` lands: the nearest function (or module) scope, past any block scopes. */
  private functionScope(): ScopeIR {
    for (let s: ScopeIR | undefined = this.scope; s; s = s.parent) if (s.node.type === "Program" || (s.fn && s.node === s.fn.node)) return s;
    return this.module.scope;
  }

  private record(node: AstNode, parent: AstNode | undefined): void {
    switch (node.type) {
      case "VariableDeclaration": {
        const kind = node.kind === "const" ? "const" : node.kind === "var" ? "var" : "let";
        const loop = parent && (parent.type === "ForOfStatement" || parent.type === "ForInStatement") && parent.left === node ? parent : undefined;
        for (const d of node.declarations as AstNode[]) {
          if (loop) this.bindPattern(d.id as AstNode, loop.right as AstNode, loop.type === "ForOfStatement" ? "of" : "in", kind, d);
          else this.bindPattern(d.id as AstNode, isNode(d.init) ? d.init : undefined, "=", kind, d);
        }
        break;
      }
      case "ForOfStatement":
      case "ForInStatement": {
        const left = node.left as AstNode;
        if (left.type !== "VariableDeclaration") this.bindPattern(left, node.right as AstNode, node.type === "ForOfStatement" ? "of" : "in", undefined, node);
        break;
      }
      case "CatchClause":
        if (isNode(node.param)) for (const t of patternTargets(node.param)) this.declare(this.scope, t.name, "catch", t.node);
        break;
      case "AssignmentExpression":
        this.assignment(node);
        break;
      case "ReturnStatement":
        if (this.fn && isNode(node.argument)) this.fn.returns.push(node.argument);
        break;
      case "IfStatement":
        this.guard(node, parent);
        break;
      case "ExpressionStatement":
        this.callStatement(node, parent);
        break;
      case "CallExpression":
      case "NewExpression":
        this.call(node);
        break;
      case "ImportExpression": {
        const specifier = literalString(node.source);
        if (specifier !== undefined) this.module.imports.push({ specifier, kind: "dynamic", node });
        break;
      }
      case "ImportDeclaration":
        this.importDeclaration(node);
        break;
      case "ExportNamedDeclaration":
        this.exportNamed(node);
        break;
      case "ExportDefaultDeclaration": {
        const declaration = node.declaration as AstNode;
        const name = identifierName(declaration.id);
        if ((declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") && name) this.module.exports.set("default", { kind: "local", name });
        else this.module.exports.set("default", { kind: "value", value: declaration, scope: this.scope });
        break;
      }
      case "ExportAllDeclaration": {
        const specifier = literalString(node.source);
        if (specifier === undefined) break;
        this.module.imports.push({ specifier, kind: "reexport", node });
        const exported = identifierName(node.exported) ?? literalString(node.exported);
        if (exported) this.module.exports.set(exported, { kind: "reexport", specifier, name: "*" });
        else this.module.starExports.push(specifier);
        break;
      }
      default:
        break;
    }
  }

  private assignment(node: AstNode): void {
    const left = unwrapExpression(node.left);
    const right = node.right as AstNode;
    if (!left) return;
    const op: DefIR["op"] = node.operator === "+=" ? "+=" : "=";
    if (left.type !== "MemberExpression") {
      this.bindPattern(left, right, op, undefined, node);
      return;
    }
    const path = staticPath(left);
    if (path === "module.exports") {
      this.module.isCommonJs = true;
      this.module.cjsExports.push({ value: right, scope: this.scope, path: [], op, at: node });
      return;
    }
    const exportMatch = path !== undefined ? /^(?:module\.)?exports\.([^.]+)$/.exec(path) : null;
    if (exportMatch && !lookup(this.scope, "exports")?.param) {
      this.module.isCommonJs = true;
      this.cjsExport(exportMatch[1]!, { value: right, scope: this.scope, path: [], op, at: node });
      return;
    }
    const key = memberPropertyName(left);
    const object = unwrapExpression(left.object);
    if (key === undefined || !object) return;
    if (object.type === "ThisExpression" && this.fn?.cls) {
      const list = this.fn.cls.thisProps.get(key);
      const def: DefIR = { value: right, scope: this.scope, path: [], op, at: node };
      if (list) list.push(def);
      else this.fn.cls.thisProps.set(key, [def]);
      return;
    }
    if (object.type === "Identifier") {
      this.pending.push({ scope: this.scope, name: object.name as string, prop: { key, def: { value: right, scope: this.scope, path: [], op, at: node } }, node });
    }
  }

  private cjsExport(name: string, def: DefIR): void {
    const list = this.module.cjsExportProps.get(name);
    if (list) list.push(def);
    else this.module.cjsExportProps.set(name, [def]);
  }

  private call(node: AstNode): void {
    const callee = unwrapExpression(node.callee);
    const isNew = node.type === "NewExpression";
    let name: string | undefined;
    if (callee?.type === "Identifier") name = callee.name as string;
    else if (callee?.type === "MemberExpression") name = memberPropertyName(callee);
    else if (callee?.type === "SequenceExpression") {
      const last = unwrapExpression((callee.expressions as AstNode[]).at(-1));
      name = last?.type === "Identifier" ? (last.name as string) : memberPropertyName(last);
    }
    this.module.calls.push({ node, scope: this.scope, isNew, ...(name !== undefined ? { name } : {}) });
    const args = node.arguments as AstNode[];
    if (!isNew && name === "require" && callee?.type === "Identifier" && args.length === 1) {
      const specifier = literalString(args[0]);
      if (specifier !== undefined) this.module.imports.push({ specifier, kind: "require", node });
      return;
    }
    if (callee?.type === "MemberExpression" && name !== undefined && RECEIVER_WRITES.has(name)) {
      const object = unwrapExpression(callee.object);
      if (object?.type === "Identifier") for (const arg of args) this.pending.push({ scope: this.scope, name: object.name as string, def: { value: arg, scope: this.scope, path: [], op: "push", at: node }, node });
      return;
    }
    // TypeScript's and Babel's CommonJS output: Object.defineProperty(exports, "a", { enumerable: true, get: function () { return m.a; } }).
    if (name === "defineProperty" && staticPath(callee) === "Object.defineProperty" && args.length >= 3) {
      const target = staticPath(args[0]);
      const key = literalString(args[1]);
      const descriptor = unwrapExpression(args[2]);
      if ((target === "exports" || target === "module.exports") && key !== undefined && key !== "__esModule" && descriptor?.type === "ObjectExpression") {
        const value = descriptorValue(descriptor);
        if (value) {
          this.module.isCommonJs = true;
          this.cjsExport(key, { value, scope: this.scope, path: [], op: "=", at: node });
        }
      }
      return;
    }
    // esbuild's `__export(target, { a: () => a })` and its minified form: a two-argument call whose object holds only getters.
    if (args.length === 2 && unwrapExpression(args[0])?.type === "Identifier" && isGetterTable(args[1])) {
      const target = unwrapExpression(args[0])!.name as string;
      for (const p of unwrapExpression(args[1])!.properties as AstNode[]) {
        const key = propertyKey(p);
        const getter = unwrapExpression(p.value)!;
        const returned = getter.expression === true ? (getter.body as AstNode) : firstReturn(getter);
        if (key !== undefined && returned) this.pending.push({ scope: this.scope, name: target, prop: { key, def: { value: returned, scope: this.scope, path: [], op: "=", at: node } }, node });
      }
    }
  }

  private importDeclaration(node: AstNode): void {
    const specifier = literalString(node.source);
    if (specifier === undefined) return;
    if (node.importKind === "type") return;
    const specifiers = node.specifiers as AstNode[];
    this.module.imports.push({ specifier, kind: specifiers.length === 0 ? "side-effect" : "import", node });
    for (const spec of specifiers) {
      if (spec.importKind === "type") continue;
      const local = identifierName(spec.local);
      if (!local) continue;
      const imported =
        spec.type === "ImportNamespaceSpecifier" ? "*" : spec.type === "ImportDefaultSpecifier" ? "default" : identifierName(spec.imported) ?? literalString(spec.imported) ?? "default";
      this.declare(this.module.scope, local, "import", spec).imported = { specifier, name: imported };
    }
  }

  private exportNamed(node: AstNode): void {
    if (node.exportKind === "type") return;
    const specifier = literalString(node.source);
    if (specifier !== undefined) this.module.imports.push({ specifier, kind: "reexport", node });
    const declaration = node.declaration as AstNode | null;
    if (declaration) {
      if (declaration.type === "VariableDeclaration") {
        for (const d of declaration.declarations as AstNode[]) for (const t of patternTargets(d.id as AstNode)) this.module.exports.set(t.name, { kind: "local", name: t.name });
      } else {
        const name = identifierName(declaration.id);
        if (name) this.module.exports.set(name, { kind: "local", name });
      }
    }
    for (const spec of (node.specifiers as AstNode[]) ?? []) {
      if (spec.exportKind === "type") continue;
      const local = identifierName(spec.local) ?? literalString(spec.local);
      const exported = identifierName(spec.exported) ?? literalString(spec.exported);
      if (!local || !exported) continue;
      this.module.exports.set(exported, specifier !== undefined ? { kind: "reexport", specifier, name: local } : { kind: "local", name: local });
    }
  }

  /** `if (test) throw/return` guards the rest of the block; `if (test) {…} else {…}` guards each branch. */
  private guard(node: AstNode, parent: AstNode | undefined): void {
    if (!this.fn) return;
    const test = node.test as AstNode;
    const consequent = node.consequent as AstNode;
    if (exits(consequent) && parent && Array.isArray(parent.body)) {
      this.fn.guards.push({ test, kind: "exit", region: [node.end, parent.end], scope: this.scope });
      const holder = this.ancestors[this.ancestors.length - 2];
      if (parent.type === "BlockStatement" && holder?.type === "IfStatement" && holder.consequent === parent) {
        this.fn.guards.push({ test, kind: "exit", region: [node.end, this.fn.node.end], scope: this.scope, when: this.module.parsed.textOf(holder.test as AstNode) });
      }
    } else if (exits(consequent) && parent?.type === "SwitchCase") {
      this.fn.guards.push({ test, kind: "exit", region: [node.end, parent.end], scope: this.scope });
    }
    this.fn.guards.push({ test, kind: "then", region: [consequent.start, consequent.end], scope: this.scope });
    if (isNode(node.alternate)) this.fn.guards.push({ test, kind: "else", region: [node.alternate.start, node.alternate.end], scope: this.scope });
  }

  private callStatement(node: AstNode, parent: AstNode | undefined): void {
    if (!this.fn || !parent || !Array.isArray(parent.body)) return;
    let expression = unwrapExpression(node.expression);
    if (expression?.type === "AwaitExpression") expression = unwrapExpression(expression.argument);
    if (expression?.type === "CallExpression") this.fn.callStatements.push({ call: expression, block: [node.end, parent.end] });
  }
}

// ------------------------------------------------------------------ helpers

const LOOPS = new Set(["ForStatement", "ForInStatement", "ForOfStatement"]);

/** A block (not a function's body) or a loop that declares let, const or a class of its own. */
function lexicalBlock(node: AstNode, parent: AstNode): boolean {
  if (LOOPS.has(node.type)) {
    const head = (node.type === "ForStatement" ? node.init : node.left) as AstNode | null;
    return head?.type === "VariableDeclaration" && head.kind !== "var";
  }
  let statements: AstNode[] | undefined;
  if (node.type === "BlockStatement" || node.type === "StaticBlock") {
    if (isFunctionNode(parent) || parent.type === "CatchClause") return false;
    statements = node.body as AstNode[];
  } else if (node.type === "SwitchStatement") {
    statements = (node.cases as AstNode[]).flatMap((c) => c.consequent as AstNode[]);
  } else return false;
  for (const statement of statements) {
    if ((statement.type === "VariableDeclaration" && statement.kind !== "var") || statement.type === "ClassDeclaration") return true;
  }
  return false;
}

/** Minified output: lines hundreds of characters long on average. */
function looksMinified(text: string): boolean {
  if (text.length < 3000) return false;
  let lines = 1;
  for (let i = text.indexOf("\n"); i >= 0 && lines < 100000; i = text.indexOf("\n", i + 1)) lines++;
  return text.length / lines > 300;
}

export function lookup(scope: ScopeIR | undefined, name: string): BindingIR | undefined {
  for (let s = scope; s; s = s.parent) {
    const found = s.names.get(name);
    if (found) return found;
  }
  return undefined;
}

function allBindings(module: ModuleIR): BindingIR[] {
  const out = [...module.scope.names.values()];
  for (const fn of module.functions) out.push(...fn.scope.names.values());
  return out;
}

/** The innermost function whose body holds an offset, or undefined at module level. */
export function functionAt(module: ModuleIR, offset: number): FunctionIR | undefined {
  const list = module.functionsByStart;
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.node.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  for (let i = found; i >= 0; i--) {
    const fn = list[i]!;
    if (fn.node.start <= offset && offset < fn.node.end) return fn;
  }
  return undefined;
}

export interface PatternTarget {
  name: string;
  path: string[];
  fallback?: AstNode;
  rest: boolean;
  node: AstNode;
}

/** The names a binding pattern declares, each with the property path it takes and its default value. */
export function patternTargets(pattern: AstNode, path: string[] = [], out: PatternTarget[] = []): PatternTarget[] {
  const n = unwrapExpression(pattern) ?? pattern;
  switch (n.type) {
    case "Identifier":
      out.push({ name: n.name as string, path, rest: false, node: n });
      break;
    case "AssignmentPattern":
    case "AssignmentTargetWithDefault": {
      const before = out.length;
      patternTargets((n.left ?? n.binding) as AstNode, path, out);
      const fallback = (n.right ?? n.init) as AstNode | undefined;
      if (fallback) for (let i = before; i < out.length; i++) if (out[i]!.path.length === path.length) out[i]!.fallback = fallback;
      break;
    }
    case "ObjectPattern":
    case "ObjectAssignmentTarget":
      for (const p of n.properties as AstNode[]) {
        if (p.type === "RestElement" || p.type === "AssignmentTargetRest") {
          const before = out.length;
          patternTargets((p.argument ?? p.target) as AstNode, path, out);
          for (let i = before; i < out.length; i++) out[i]!.rest = true;
          continue;
        }
        const key = propertyKey(p) ?? "?";
        const value = (p.value ?? p.binding ?? p.key) as AstNode;
        patternTargets(value, [...path, key], out);
      }
      break;
    case "ArrayPattern":
    case "ArrayAssignmentTarget":
      (n.elements as (AstNode | null)[]).forEach((e, i) => {
        if (!e) return;
        if (e.type === "RestElement") patternTargets(e.argument as AstNode, path, out);
        else patternTargets(e, [...path, String(i)], out);
      });
      if (isNode(n.rest)) patternTargets((n.rest as AstNode).argument as AstNode ?? n.rest, path, out);
      break;
    case "RestElement":
      patternTargets(n.argument as AstNode, path, out);
      break;
    case "AssignmentTargetPropertyIdentifier": {
      const name = identifierName(n.binding);
      if (name) out.push({ name, path: [...path, name], rest: false, node: n, ...(isNode(n.init) ? { fallback: n.init } : {}) });
      break;
    }
    case "AssignmentTargetPropertyProperty":
      patternTargets(n.binding as AstNode, [...path, propertyKey(n) ?? "?"], out);
      break;
    default:
      break;
  }
  return out;
}

/** The static key of a property, method or field: `a`, `"a"`, `[\`a\`]`, `1`. */
export function propertyKey(node: AstNode): string | undefined {
  const key = node.key as AstNode | undefined;
  if (!key) return undefined;
  if (!node.computed) {
    if (key.type === "Identifier" || key.type === "PrivateIdentifier") return (key.type === "PrivateIdentifier" ? "#" : "") + (key.name as string);
    if (key.type === "Literal") return String(key.value);
    return undefined;
  }
  const literal = literalString(key);
  if (literal !== undefined) return literal;
  return key.type === "Literal" && typeof key.value === "number" ? String(key.value) : undefined;
}

/** The name a function or class expression gets from where it is written: `const f = …`, `{ f: … }`, `f = …`, `export default`. */
function inferredName(node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[]): string | undefined {
  if (!parent) return undefined;
  if (parent.type === "VariableDeclarator" && parent.init === node) return identifierName(parent.id);
  if ((parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") && parent.value === node) return propertyKey(parent);
  if (parent.type === "AssignmentExpression" && parent.right === node) return memberPropertyName(parent.left) ?? identifierName(parent.left);
  if (parent.type === "ExportDefaultDeclaration") return "default";
  if (parent.type === "ParenthesizedExpression" || parent.type === "TSAsExpression") return inferredName(parent, ancestors[ancestors.length - 2], ancestors.slice(0, -1));
  return undefined;
}

/** True when a statement always leaves the enclosing block: throw, return, break, continue, process.exit(). */
export function exits(statement: AstNode | undefined): boolean {
  if (!statement) return false;
  switch (statement.type) {
    case "ThrowStatement":
    case "ReturnStatement":
    case "BreakStatement":
    case "ContinueStatement":
      return true;
    case "BlockStatement": {
      const body = statement.body as AstNode[];
      return body.length > 0 && body.some((s) => exits(s));
    }
    case "ExpressionStatement": {
      const e = unwrapExpression(statement.expression);
      return e?.type === "CallExpression" && EXIT_CALL.test(staticPath(e.callee) ?? "");
    }
    case "IfStatement":
      return exits(statement.consequent as AstNode) && exits(statement.alternate as AstNode | undefined);
    default:
      return false;
  }
}

function descriptorValue(descriptor: AstNode): AstNode | undefined {
  for (const p of descriptor.properties as AstNode[]) {
    const key = propertyKey(p);
    if (key === "value" && isNode(p.value)) return p.value;
    if (key === "get") {
      const getter = unwrapExpression(p.value);
      if (getter && isFunctionNode(getter)) return getter.expression === true ? (getter.body as AstNode) : firstReturn(getter);
    }
  }
  return undefined;
}

function firstReturn(fn: AstNode): AstNode | undefined {
  const body = fn.body as AstNode | null;
  if (!body || body.type !== "BlockStatement") return undefined;
  for (const s of body.body as AstNode[]) if (s.type === "ReturnStatement" && isNode(s.argument)) return s.argument;
  return undefined;
}

function isGetterTable(node: unknown): boolean {
  const n = unwrapExpression(node);
  if (n?.type !== "ObjectExpression") return false;
  const props = n.properties as AstNode[];
  return props.length > 0 && props.every((p) => {
    if (p.type !== "Property") return false;
    const value = unwrapExpression(p.value);
    return value?.type === "ArrowFunctionExpression" && (value.params as AstNode[]).length === 0;
  });
}

/** Calls grouped by callee name, built on first use. */
export function callsNamed(module: ModuleIR, name: string): readonly CallIR[] {
  if (!module.callsByName) {
    const byName = new Map<string, CallIR[]>();
    for (const call of module.calls) {
      if (call.name === undefined) continue;
      const list = byName.get(call.name);
      if (list) list.push(call);
      else byName.set(call.name, [call]);
    }
    module.callsByName = byName;
  }
  return module.callsByName.get(name) ?? [];
}
