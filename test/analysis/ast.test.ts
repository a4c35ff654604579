import {
  type AstNode,
  isJsSourcePath,
  isTestOrExamplePath,
  lineAt,
  lineStartTable,
  literalString,
  moduleBindings,
  parseJs,
  patternNames,
  resolveImported,
  runtimeSourceFiles,
  snippet,
  staticPath,
  walk,
} from "../../src/analysis/ast.js";
import type { SourceFile } from "../../src/model.js";

const file = (path: string, text: string): SourceFile => ({ path, text });

function nodesOfType(root: unknown, type: string): AstNode[] {
  const out: AstNode[] = [];
  walk(root, (node) => {
    if (node.type === type) out.push(node);
  });
  return out;
}

describe("parseJs", () => {
  test("parses TypeScript and gives 1-based lines from offsets, counting non-ASCII text correctly", () => {
    const parsed = parseJs(file("src/a.ts", `const é: string = "日本語";\r\n\nconst x = (y as any)!;\nfoo();\n`));
    expect(parsed.errors).toEqual([]);
    const [call] = nodesOfType(parsed.program, "CallExpression");
    expect(parsed.lineOf(call!.start)).toBe(4);
    expect(parsed.textOf(call!)).toBe("foo()");
  });

  test("parses JSX inside a plain .js file and top-level return in .cjs", () => {
    expect(parseJs(file("src/view.js", "export const v = <div>{1}</div>;\n")).errors).toEqual([]);
    expect(parseJs(file("bin/cli.cjs", "if (!process.argv[2]) return;\n")).errors).toEqual([]);
  });

  test("reports syntax errors instead of throwing", () => {
    const parsed = parseJs(file("src/broken.ts", "const = ;\n"));
    expect(parsed.errors.length).toBeGreaterThan(0);
  });
});

describe("walk", () => {
  test("visits in source order with the parent and ancestors, and skips children when the visitor returns false", () => {
    const parsed = parseJs(file("a.js", "function f() { g(1); }\nh(2);\n"));
    const seen: string[] = [];
    walk(parsed.program, (node, parent, ancestors) => {
      if (node.type === "CallExpression") {
        seen.push(`${parsed.textOf(node)} in ${parent?.type} depth ${ancestors.length}`);
      }
    });
    expect(seen).toEqual(["g(1) in ExpressionStatement depth 4", "h(2) in ExpressionStatement depth 2"]);

    const skipped: string[] = [];
    walk(parsed.program, (node) => {
      if (node.type === "CallExpression") skipped.push(parsed.textOf(node));
      return node.type === "FunctionDeclaration" ? false : undefined;
    });
    expect(skipped).toEqual(["h(2)"]);
  });
});

describe("moduleBindings and resolveImported", () => {
  test("follow imports, requires, destructuring aliases and node: prefixes", () => {
    const parsed = parseJs(
      file(
        "a.ts",
        [
          `import * as cp from "node:child_process";`,
          `import vm from "vm";`,
          `import axios from "axios";`,
          `import { exec as run } from "child_process";`,
          `const { spawn: go = null } = require("node:child_process");`,
          `const sync = require("child_process").execSync;`,
          `const fsp = await import("node:fs/promises");`,
          `cp.spawn(); run(); go(); sync(); vm.runInThisContext(); axios.get(); fsp.writeFile(); require("child_process").fork();`,
        ].join("\n"),
      ),
    );
    const bindings = moduleBindings(parsed.program);
    const calls = nodesOfType(parsed.program, "CallExpression").filter((c) => parsed.lineOf(c.start) === 8);
    const resolved = calls.map((c) => {
      const b = resolveImported(c.callee, bindings);
      return b ? `${b.module}:${b.imported}` : "-";
    });
    expect(resolved).toEqual([
      "child_process:spawn",
      "child_process:exec",
      "child_process:spawn",
      "child_process:execSync",
      "vm:runInThisContext",
      "axios:get",
      "fs/promises:writeFile",
      "child_process:fork",
      "-", // the inner require("child_process") call itself
    ]);
  });

  test("type-only imports bind nothing", () => {
    const parsed = parseJs(file("a.ts", `import type { ChildProcess } from "child_process";\n`));
    expect(moduleBindings(parsed.program).size).toBe(0);
  });
});

describe("small helpers", () => {
  test("literalString, staticPath and patternNames", () => {
    const parsed = parseJs(file("a.ts", "f('a', `b`, `c${d}`, globalThis.eval, x['y'].z);\nconst { a, b: [c, ...d], e = 1 } = o;\n"));
    const [call] = nodesOfType(parsed.program, "CallExpression");
    const args = call!.arguments as AstNode[];
    expect(args.slice(0, 3).map((a) => literalString(a))).toEqual(["a", "b", undefined]);
    expect(staticPath(args[3])).toBe("globalThis.eval");
    expect(staticPath(args[4])).toBe("x.y.z");
    const [declarator] = nodesOfType(parsed.program, "VariableDeclarator");
    expect(patternNames(declarator!.id)).toEqual(["a", "c", "d", "e"]);
  });

  test("line table handles LF, CRLF and lone CR", () => {
    const starts = lineStartTable("a\nb\r\nc\rd");
    expect(starts).toEqual([0, 2, 5, 7]);
    expect([0, 1, 2, 4, 5, 7, 8].map((o) => lineAt(starts, o))).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });

  test("which paths are server code", () => {
    expect(isJsSourcePath("src/a.mts")).toBe(true);
    expect(isJsSourcePath("src/a.d.ts")).toBe(false);
    expect(isJsSourcePath("README.md")).toBe(false);
    expect(isTestOrExamplePath("packages/x/__tests__/a.ts")).toBe(true);
    expect(isTestOrExamplePath("src/a.spec.ts")).toBe(true);
    expect(isTestOrExamplePath("src/testing.ts")).toBe(false);
    expect(runtimeSourceFiles([file("src/a.ts", ""), file("test/a.ts", ""), file("examples/b.js", "")]).map((f) => f.path)).toEqual(["src/a.ts"]);
  });

  test("snippet collapses whitespace and trims to the limit", () => {
    expect(snippet("a\n   b")).toBe("a b");
    expect(snippet("x".repeat(130))).toHaveLength(120);
  });
});
