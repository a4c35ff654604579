import { sparseSource } from "../../src/analysis/oversized-source.js";

const MB = 1024 * 1024;

describe("sparseSource", () => {
  const padding = `const padding = ${JSON.stringify("x".repeat(2 * MB))};\n`;
  const file = [
    `import { exec } from "node:child_process";\n`,
    padding,
    `export const a = 1;\n`,
    `server.tool("run", "Run", { cmd: z.string() }, async ({ cmd }) => exec(cmd));\n`,
  ].join("");

  test("drops the statements past the cap and keeps the rest at their own lines", () => {
    const sparse = sparseSource(file, "js", 6 * MB, MB);
    expect(sparse.statements).toBe(4);
    expect(sparse.kept).toBe(3);
    const lines = sparse.text.split("\n");
    expect(lines[0]).toBe(`import { exec } from "node:child_process";`);
    expect(lines[1]).toBe("");
    expect(lines[3]).toContain("exec(cmd)");
    expect(sparse.text).not.toContain("xxxx");
    expect(sparse.unfollowed).toEqual([]);
  });

  test("within the budget, imports and sink statements come first", () => {
    const many = `import { exec } from "node:child_process";\n${`const p = ${JSON.stringify("y".repeat(400_000))};\n`.repeat(5)}exec(process.argv[2]);\n`;
    const sparse = sparseSource(many, "js", 1 * MB, MB);
    expect(sparse.text).toContain("import { exec }");
    expect(sparse.text).toContain("exec(process.argv[2])");
    expect(sparse.text.length).toBeLessThanOrEqual(1 * MB + 10);
  });

  test("lists shell and eval calls with non-literal arguments in statements too large to keep", () => {
    const giant = `(function () {\n  const pad = ${JSON.stringify("z".repeat(2 * MB))};\n  exec(cmd);\n  eval(code);\n  exec("ls -l");\n  re.exec(text);\n  cp.exec(other);\n  vm.runInNewContext(src);\n  new Function(body);\n})();\n`;
    const sparse = sparseSource(giant, "js", 6 * MB, MB);
    expect(sparse.kept).toBe(0);
    expect(sparse.unfollowed).toEqual([
      { kind: "shell", call: "exec", line: 3 },
      { kind: "eval", call: "eval", line: 4 },
      { kind: "shell", call: "exec", line: 7 },
      { kind: "eval", call: "runInNewContext", line: 8 },
      { kind: "eval", call: "Function", line: 9 },
    ]);
  });

  test("calls inside strings and comments are not calls", () => {
    const giant = `const s = ${JSON.stringify("exec(cmd) ".repeat(200_000))}; // exec(x)\n/* eval(y) */\n`;
    expect(sparseSource(giant, "js", 6 * MB, MB).unfollowed).toEqual([]);
  });
});
