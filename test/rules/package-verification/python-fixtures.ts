/** The smallest Python MCP server package (hatchling, src layout), and its sdist and wheel as a release of it holds them. */
import { distInfo, type ReleaseInput } from "../../helpers/pypi-release.js";

export const PYPROJECT = `[project]
name = "demo-mcp"
version = "1.2.0"
dependencies = ["mcp>=1.2,<2", "httpx>=0.27"]

[project.optional-dependencies]
cli = ["rich>=13"]

[project.scripts]
demo-mcp = "demo_mcp:main"

[project.urls]
Repository = "https://github.com/acme/demo-mcp"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
`;

export const SERVER = 'from mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("demo")\n\n@mcp.tool()\ndef hello(name: str) -> str:\n    """Say hello."""\n    return f"hello {name}"\n';
export const INIT = "from .server import mcp\n\ndef main():\n    mcp.run()\n";

export const pySource: Record<string, string> = {
  "pyproject.toml": PYPROJECT,
  "README.md": "# demo-mcp\n",
  LICENSE: "MIT\n",
  "src/demo_mcp/__init__.py": INIT,
  "src/demo_mcp/server.py": SERVER,
  "tests/test_server.py": "def test_hello():\n    assert True\n",
};

export const PKG_INFO = "Metadata-Version: 2.4\nName: demo-mcp\nVersion: 1.2.0\nRequires-Dist: httpx>=0.27\nRequires-Dist: mcp<2,>=1.2\nRequires-Dist: rich>=13; extra == 'cli'\nProvides-Extra: cli\n\n# demo-mcp\n";
export const REQUIRES = ["httpx>=0.27", "mcp<2,>=1.2", "rich>=13; extra == 'cli'"];

/** What `python -m build` with hatchling makes of pySource. */
export const sdistFiles: Record<string, string> = { ...pySource, "PKG-INFO": PKG_INFO };
export const wheelFiles: Record<string, string> = {
  "demo_mcp/__init__.py": INIT,
  "demo_mcp/server.py": SERVER,
  ...distInfo("demo-mcp", "1.2.0", { requires: REQUIRES, scripts: { "demo-mcp": "demo_mcp:main" } }),
  "demo_mcp-1.2.0.dist-info/licenses/LICENSE": "MIT\n",
};

export const release = (changes: Partial<ReleaseInput> = {}): ReleaseInput => ({
  name: "demo-mcp",
  version: "1.2.0",
  sdist: sdistFiles,
  wheel: wheelFiles,
  requiresDist: REQUIRES,
  projectUrls: { Repository: "https://github.com/acme/demo-mcp" },
  ...changes,
});
