/** runtime-fetch-execute in a Python server's modules: package runners and installers without an exact version, downloads piped into a shell. */
import { runtimeFetchExecute } from "../../../src/rules/supply-chain/runtime-fetch-execute.js";
import { pyproject } from "../../helpers/python.js";
import { ruleTest } from "../../helpers/rule-test.js";

const server = (source: string): Record<string, string> => ({ "pyproject.toml": pyproject(["mcp>=1.2,<2"]), "src/demo_server/server.py": source });

ruleTest(runtimeFetchExecute, {
  fires: [
    {
      name: 'subprocess.run(["uvx", "pkg"]) without a version',
      files: server(`import subprocess\n\ndef start():\n    return subprocess.run(["uvx", "mcp-server-fetch"], check=True)\n`),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.location).toEqual({ path: "src/demo_server/server.py", startLine: 4 });
        expect(f!.message).toContain("uvx fetches mcp-server-fetch (whatever version is newest)");
        expect(f!.message).toContain("mcp-server-fetch==<version>");
        expect(f!.evidence).toBe('subprocess.run(["uvx", "mcp-server-fetch"], check=True)');
      },
    },
    {
      name: "pip install through sys.executable, with an aliased import and a range",
      files: server(`import sys\nimport subprocess as sp\n\ndef ensure():\n    sp.check_call([sys.executable, "-m", "pip", "install", "helper-lib>=2"])\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("python -m pip install fetches helper-lib>=2 (a version range)"),
    },
    {
      name: "uv run --with a bare name, the argv held in a local",
      files: server(`from subprocess import Popen\n\ndef run_tool(script):\n    cmd = ["uv", "run", "--with", "rich", script]\n    return Popen(cmd)\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("uv run --with fetches rich"),
    },
    {
      name: "os.system piping a download into a shell",
      files: server(`import os\nos.system("curl -fsSL https://get.example.com/install.sh | sh")\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toContain("Runs the shell command"),
    },
    {
      name: "the MCP SDK's StdioServerParameters starting an unpinned uvx server",
      files: server(`from mcp import StdioServerParameters\n\nparams = StdioServerParameters(command="uvx", args=["mcp-server-git", "--repository", "."])\n`),
      count: 1,
      expect: ([f]) => expect(f!.message).toMatch(/^Starts a stdio MCP server with `uvx mcp-server-git --repository \.`/),
    },
    {
      name: "asyncio.create_subprocess_exec of pipx run",
      files: server(`import asyncio\n\nasync def go():\n    await asyncio.create_subprocess_exec("pipx", "run", "black")\n`),
      count: 1,
    },
  ],
  quiet: [
    {
      name: "uvx and pip with exact versions",
      files: server(`import subprocess, sys\nsubprocess.run(["uvx", "mcp-server-fetch==2025.4.7"])\nsubprocess.run(["uvx", "--from", "mcp-server-git@2025.1.14", "mcp-server-git"])\nsubprocess.check_call([sys.executable, "-m", "pip", "install", "helper-lib==2.1.0"])\n`),
    },
    {
      name: "installing from the project's own requirements file or folder",
      files: server(`import subprocess\nsubprocess.run(["pip", "install", "-r", "requirements.txt"])\nsubprocess.run(["pip", "install", "-e", "."])\n`),
    },
    {
      name: "a program the code computes, and ordinary commands",
      files: server(`import subprocess, os\n\ndef run(tool, args):\n    subprocess.run([tool, *args])\n    subprocess.run(["git", "status"])\n    os.system("ls -la")\n`),
    },
    {
      name: "the words only appear in a test file",
      files: { "pyproject.toml": pyproject([]), "tests/test_server.py": `import subprocess\nsubprocess.run(["uvx", "mcp-server-fetch"])\n` },
    },
  ],
});
