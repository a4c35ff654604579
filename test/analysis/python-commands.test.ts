/** The processes a Python module starts, with the words the code fixes. */
import { parsePython } from "../../src/analysis/python-ast.js";
import { pythonCommands } from "../../src/analysis/python-commands.js";

const commands = (text: string) => pythonCommands(parsePython({ path: "server.py", text })).map(({ api, argv, script }) => ({ api, ...(argv ? { argv } : {}), ...(script !== undefined ? { script } : {}) }));

describe("pythonCommands", () => {
  test("argv lists, shell strings and computed words", () => {
    expect(
      commands(
        [
          "import subprocess, os, sys",
          "from anyio import run_process",
          'subprocess.run(["uvx", name, *rest])',
          'subprocess.run("npx -y x", shell=True)',
          'subprocess.Popen("git")',
          "subprocess.call(cmd)",
          'os.system(f"echo {x}")',
          'os.execvp("uvx", ["uvx", "tool"])',
          'await run_process("pip install rich")',
          "subprocess.run([sys.executable, '-m', 'pip', 'install', 'x'])",
        ].join("\n"),
      ),
    ).toEqual([
      { api: "subprocess.run", argv: ["uvx", undefined, undefined] },
      { api: "subprocess.run", script: "npx -y x" },
      { api: "subprocess.Popen", argv: ["git"] },
      { api: "subprocess.call", argv: [undefined] },
      { api: "os.execvp", argv: ["uvx", "tool"] },
      { api: "anyio.run_process", script: "pip install rich" },
      { api: "subprocess.run", argv: ["python", "-m", "pip", "install", "x"] },
    ]);
  });

  test("a name assigned once in the function is read; one assigned twice is not", () => {
    const text = 'import subprocess\ndef a():\n    cmd = ["uvx", "tool"]\n    subprocess.run(cmd)\ndef b(flag):\n    cmd = ["x"]\n    if flag:\n        cmd = ["y"]\n    subprocess.run(cmd)\n';
    expect(commands(text)).toEqual([
      { api: "subprocess.run", argv: ["uvx", "tool"] },
      { api: "subprocess.run", argv: [undefined] },
    ]);
  });

  test("a module that starts nothing costs no parse walk", () => {
    expect(commands("def f():\n    return 1\n")).toEqual([]);
  });
});
