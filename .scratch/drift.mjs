import { measureNesting } from "../build/analysis/parse-guard.js";
const snippets = {
  jsx: ["js", `export function C({ items }) {
  return (
    <div className="a" onClick={() => setOpen(!open)}>
      <p>Don't do that (really</p>
      {items.map((i) => <Item key={i.id} {...i} />)}
      <>frag {a > b ? "x" : 'y'} text > here</>
      <input value={\`\${a}\`} disabled />
    </div>
  );
}
`],
  tsx: ["tsx", `const f = <T,>(x: T) => x;
const g = <T extends object>(x: T): T => x;
function H(): JSX.Element { const [s, set] = useState<string>(""); return <div>{s as string}</div>; }
`],
  regex: ["js", `const r = /['"]/g; const q = a.replace(/\\/\\*[^]*?\\*\\//g, ""); const d = a / b / c; if (x) /re'/.test(y);
const s = x.split(/[/]/);
`],
  template: ["js", "const t = `a ${b} c ${`d ${e}`} \\` f`; const u = tag`x${1}`;\n"],
  asi: ["js", "let a = 1\nlet b = a + 2\nfoo()\n[1].map(x => x)\nconst c = {\n  a: 1,\n  b: [1, 2],\n}\n"],
  ts: ["ts", "interface A { a: Map<string, Array<number>>; b?: () => void }\ntype U = 'a' | 'b' | 'c';\nlet x = y as unknown as T;\nlet z = w!.v!;\nif (a < b && c > d) {}\nlet s = 1 >> 2 >>> 3;\nfunction f<T>(a: T[]): Promise<Record<string, T>> { return null! }\n"],
  py: ["python", "def f(a, *, b=1):\n    s = f'{a!r:>10} {b:{w}} {{x}}'\n    t = r'\\d+' + '''multi\nline''' + \"\"\"x\"\"\"\n    d = {'a': [1, 2], 'b': (3,)}\n    return lambda x: x if x else None\n\nclass A:\n    @property\n    def p(self) -> int:\n        return self._p  # comment ( [\n"],
};
for (const [name, [lang, code]] of Object.entries(snippets)) {
  const once = measureNesting(code, lang).depth;
  const many = measureNesting(code.repeat(300), lang).depth;
  console.log(name.padEnd(9), "once", once, "x300", many, many > once + 2 ? "DRIFT" : "ok");
}
