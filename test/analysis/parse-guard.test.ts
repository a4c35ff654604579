import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { guardLanguageOf, measureNesting, NESTING_LIMIT, nestingOf, nestingTooDeep } from "../../src/analysis/parse-guard.js";
import { REPO_ROOT } from "../helpers/compiled-sources.js";
import { CAMPAIGN_DEPTH, DEEP_JS, DEEP_PYTHON } from "../helpers/hostile.js";

const languageOf = (file: string) => guardLanguageOf(file)!;

describe("the campaign's deep nesting", () => {
  for (const [kind, { file, text }] of [...Object.entries(DEEP_JS), ...Object.entries(DEEP_PYTHON)]) {
    test(`${kind} (${file}) 50,000 deep is refused, 100 deep is not`, () => {
      expect(nestingTooDeep(text(CAMPAIGN_DEPTH), languageOf(file))).toEqual({ limit: expect.any(Number), line: expect.any(Number) });
      expect(nestingTooDeep(text(100), languageOf(file))).toBeUndefined();
    });
  }

  test("the estimate grows with every kind's depth, so no kind slips under the bound", () => {
    for (const { file, text } of [...Object.values(DEEP_JS), ...Object.values(DEEP_PYTHON)]) {
      const shallow = measureNesting(text(200), languageOf(file)).depth;
      const deep = measureNesting(text(400), languageOf(file)).depth;
      expect(deep).toBeGreaterThanOrEqual(shallow + 200);
    }
  });

  test("the line where the bound is passed is reported", () => {
    const text = `const a = 1;\n\nexport const x = ${"[".repeat(5000)}${"]".repeat(5000)};\n`;
    expect(nestingTooDeep(text, "js")).toEqual({ limit: NESTING_LIMIT.javascript, line: 3 });
  });
});

describe("what does not nest", () => {
  test.each([
    ["brackets in strings", "js", `const s = "${"[".repeat(5000)}";\nconst t = '${"(".repeat(5000)}';\n`],
    ["brackets in comments", "js", `// ${"{".repeat(5000)}\n/* ${"(".repeat(5000)} */\n`],
    ["brackets in a regex", "js", `const r = /${"\\(".repeat(3000)}[(]/g;\n`],
    ["brackets in template text", "js", "const t = `" + "(".repeat(5000) + "`;\n"],
    ["brackets in JSX text", "js", `const x = <p>${"(".repeat(5000)} don't</p>;\n`],
    ["a long flat array", "js", `export const data = [${"1, ".repeat(50000)}1];\n`],
    ["a long union type", "ts", `export type Icon = ${"'a' | ".repeat(20000)}'b';\n`],
    ["a long switch", "js", `switch (x) {${" case 1: f(); break;".repeat(20000)} }\n`],
    ["many statements without semicolons", "js", "let a = b + c * d\n".repeat(20000)],
    ["many functions", "js", "function f(a, b) { return a ? b : !a }\n".repeat(20000)],
    ["brackets in Python strings and comments", "python", `s = "${"[".repeat(5000)}"\n# ${"(".repeat(5000)}\nt = '''${"{".repeat(5000)}'''\n`],
    ["f-string format specs", "python", "def f(x, w):\n    return f'{x:#x} {x:>{w}} {{}} {x!r}'\n".repeat(5000)],
    ["a long flat Python list", "python", `x = [${"1, ".repeat(50000)}1]\n`],
  ])("%s", (_name, language, text) => {
    expect(nestingTooDeep(text, language as "js" | "ts" | "python")).toBeUndefined();
  });

  test("a snippet repeated many times measures what it measures once (nothing leaks from one statement to the next)", () => {
    const snippets: [string, "js" | "ts" | "tsx" | "python"][] = [
      [`export function C({ items }) {\n  return (\n    <div className="a" onClick={() => go(!open)}>\n      <p>Don't (really</p>\n      {items.map((i) => <Item key={i.id} {...i} />)}\n      <>frag {a > b ? "x" : 'y'} text > here</>\n    </div>\n  );\n}\n`, "js"],
      ["const f = <T,>(x: T) => x;\nconst g = <T extends object>(x: T): T => x;\nfunction H() { const [s] = useState<string>(\"\"); return <div>{s as string}</div>; }\n", "tsx"],
      ["const r = /['\"]/g; const q = a.replace(/\\/\\*[^]*?\\*\\//g, \"\"); const d = a / b / c; if (x) /re'/.test(y);\n", "js"],
      ["const t = `a ${b} c ${`d ${e}`} \\` f`; const u = tag`x${1}`;\n", "js"],
      ["interface A { a: Map<string, Array<number>>; b?: () => void }\nlet x = y as unknown as T;\nif (a < b && c > d) {}\nlet s = 1 >> 2;\n", "ts"],
      ["def f(a, *, b=1):\n    s = f'{a!r:>10} {b:{w}}'\n    d = {'a': [1, 2], 'b': (3,)}\n    return lambda x: x if x else None\n\nclass A:\n    @property\n    def p(self):\n        return self._p  # ( [\n", "python"],
    ];
    for (const [code, language] of snippets) {
      expect(measureNesting(code.repeat(500), language).depth).toBe(measureNesting(code, language).depth);
    }
  });
});

describe("real code is never refused", () => {
  const jsFiles = (dir: string, out: string[] = []): string[] => {
    if (!existsSync(dir)) return out;
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) jsFiles(full, out);
      else if (guardLanguageOf(name) && !/\.d\.[cm]?ts$/.test(name) && stat.size < 12 * 1024 * 1024) out.push(full);
    }
    return out;
  };

  test("this repository's sources and the deepest packages in its node_modules", () => {
    const files = [
      ...jsFiles(path.join(REPO_ROOT, "src")),
      ...jsFiles(path.join(REPO_ROOT, "node_modules/@babel/types/lib")),
      ...jsFiles(path.join(REPO_ROOT, "node_modules/@sinclair/typebox/build/cjs")),
      ...jsFiles(path.join(REPO_ROOT, "node_modules/@modelcontextprotocol/sdk/dist/esm")),
      ...jsFiles(path.join(REPO_ROOT, "node_modules/zod/v4")),
      path.join(REPO_ROOT, "node_modules/typescript/lib/typescript.js"),
      path.join(REPO_ROOT, "node_modules/eastasianwidth/eastasianwidth.js"),
    ].filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThan(500);
    const refused = files.filter((f) => nestingTooDeep(readFileSync(f, "utf8"), languageOf(f)));
    expect(refused).toEqual([]);
  });

  const python = "/usr/lib/python3";
  (existsSync(python) ? test : test.skip)("the Python packages of this machine", () => {
    const files = jsFiles(python).filter((f) => f.endsWith(".py"));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => nestingTooDeep(readFileSync(f, "utf8"), "python"))).toEqual([]);
  });
});

test("the verdict is remembered per file object and follows a changed text", () => {
  const file = { path: "src/a.js", text: "x = 1;\n" };
  expect(nestingOf(file)).toBeUndefined();
  file.text = DEEP_JS["arrays"]!.text(CAMPAIGN_DEPTH);
  expect(nestingOf(file)).toBeDefined();
  expect(nestingOf({ path: "README.md", text: "[".repeat(CAMPAIGN_DEPTH) })).toBeUndefined();
});
