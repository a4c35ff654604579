/** The walk over a whole program (served from a cached pre-order index) visits exactly what the walk over a subtree does. */
import { type AstNode, childNodes, moduleBindings, parseJs, walk } from "../../src/analysis/ast.js";

const source = `
import { exec as run } from "node:child_process";
const cp = require("child_process");
function outer(a, { b, c: [d] }) {
  const f = (x) => x + a;
  if (b) return run(\`ls \${d}\`, () => {});
  return class K { m() { return f(cp.exec(b)); } };
}
export default outer;
`;

/** Reference walk: plain recursion over childNodes, with the same visitor contract. */
function referenceWalk(root: AstNode, visit: (node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[]) => boolean | void): void {
  const ancestors: AstNode[] = [];
  const go = (node: AstNode): void => {
    if (visit(node, ancestors[ancestors.length - 1], ancestors) === false) return;
    ancestors.push(node);
    for (const child of childNodes(node)) go(child);
    ancestors.pop();
  };
  go(root);
}

/** Records each visit as "type@start parent=type@start depth=n"; skips the children of function bodies when asked. */
function trace(run: (visit: (node: AstNode, parent: AstNode | undefined, ancestors: readonly AstNode[]) => boolean | void) => void, skipFunctions: boolean): string[] {
  const out: string[] = [];
  run((node, parent, ancestors) => {
    out.push(`${node.type}@${node.start} parent=${parent ? `${parent.type}@${parent.start}` : "-"} depth=${ancestors.length} top=${ancestors[0]?.type ?? "-"}`);
    return skipFunctions && node.type === "ArrowFunctionExpression" ? false : undefined;
  });
  return out;
}

describe("walk over a program", () => {
  const parsed = parseJs({ path: "src/walk.ts", text: source });
  const program = parsed.program as unknown as AstNode;

  it.each([false, true])("matches a recursive walk (skipping arrow function bodies: %s), on first and repeated walks", (skip) => {
    const expected = trace((visit) => referenceWalk(program, visit), skip);
    expect(expected.length).toBeGreaterThan(40);
    expect(trace((visit) => walk(program, visit), skip)).toEqual(expected);
    expect(trace((visit) => walk(program, visit), skip)).toEqual(expected);
  });

  it("walks a subtree from its own root, with no ancestors above it", () => {
    let fn: AstNode | undefined;
    walk(program, (node) => {
      if (node.type === "FunctionDeclaration") fn = node;
    });
    const seen = trace((visit) => walk(fn, visit), false);
    expect(seen[0]).toMatch(/^FunctionDeclaration@\d+ parent=- depth=0/);
    expect(seen).toEqual(trace((visit) => referenceWalk(fn!, visit), false));
  });

  it("gives every caller its own copy of the module bindings", () => {
    const first = moduleBindings(parsed.program);
    first.set("alias", { module: "child_process", imported: "exec" });
    const second = moduleBindings(parsed.program);
    expect(second.has("alias")).toBe(false);
    expect(second.get("run")).toEqual({ module: "child_process", imported: "exec" });
    expect(second.get("cp")).toEqual({ module: "child_process", imported: "*" });
  });
});
