import { UserError } from "../../../src/errors.js";
import { parseRequirement } from "../../../src/pep508.js";
import { parsePdmLock } from "../../../src/facts/python/pdm-lock.js";
import { parsePipfileLock } from "../../../src/facts/python/pipfile-lock.js";
import { parsePoetryLock } from "../../../src/facts/python/poetry-lock.js";
import { poetryToPep440 } from "../../../src/facts/python/poetry-constraint.js";
import { parsePylock } from "../../../src/facts/python/pylock.js";
import { parsePyproject } from "../../../src/facts/python/pyproject.js";
import { isPinnedRequirementsFile, parseRequirementsFile } from "../../../src/facts/python/requirements.js";
import { parseSetupCfg } from "../../../src/facts/python/setup-cfg.js";
import { parseSetupPy } from "../../../src/facts/python/setup-py.js";
import { parseUvLock } from "../../../src/facts/python/uv-lock.js";
import { readFileSync } from "node:fs";

const HASH = "c".repeat(64);
const fixture = (server: string, file: string): string => readFileSync(new URL(`../../fixtures/python-servers/${server}/${file}`, import.meta.url), "utf8");

describe("PEP 508 and PEP 503", () => {
  test.each([
    ["Requests[socks,Security] >= 2.32, <3 ; python_version < '3.13'", { name: "requests", extras: ["socks", "security"], specifier: "<3,>=2.32", marker: "python_version < '3.13'" }],
    ["zope.interface", { name: "zope-interface", specifier: "" }],
    ["tool @ git+https://github.com/a/b@v1 ; sys_platform == 'linux'", { name: "tool", url: "git+https://github.com/a/b@v1", marker: "sys_platform == 'linux'" }],
    ["pkg (>=1.0)", { name: "pkg", specifier: ">=1.0" }],
  ])("%s", (text, expected) => {
    expect(parseRequirement(text)).toMatchObject(expected);
  });
  test("not requirements", () => {
    expect(parseRequirement("# comment")).toBeUndefined();
    expect(parseRequirement("-r other.txt")).toBeUndefined();
    expect(parseRequirement("pkg ^1.0")).toBeUndefined();
  });
  test.each([["^1.2.3", ">=1.2.3,<2.0.0"], ["^0.2.3", ">=0.2.3,<0.3.0"], ["~1.2.3", ">=1.2.3,<1.3.0"], ["~1.2", ">=1.2,<1.3"], ["*", ""], ["1.2.3", "==1.2.3"], [">=1, <2", ">=1,<2"], ["^1 || ^2", ">=1,<2 || >=2,<3"]])(
    "poetry %s is %s",
    (poetry, pep440) => expect(poetryToPep440(poetry)).toBe(pep440),
  );
});

describe("pyproject.toml", () => {
  test("the real mcp-server-fetch: runtime, dev and build requirements with lines, scripts and urls", () => {
    const m = parsePyproject(fixture("fetch", "pyproject.toml"), "pyproject.toml");
    expect(m.name).toBe("mcp-server-fetch");
    expect(m.requirements.filter((r) => r.scope === "runtime").map((r) => r.name)).toEqual(["httpx", "markdownify", "mcp", "protego", "pydantic", "readabilipy", "requests"]);
    expect(m.requirements.find((r) => r.name === "httpx")).toMatchObject({ specifier: ">=0.27", line: 19, group: "project.dependencies" });
    expect(m.requirements.filter((r) => r.scope === "dev").map((r) => r.group)).toEqual(Array(4).fill("tool.uv.dev-dependencies"));
    expect(m.buildSystem).toEqual({ requires: ["hatchling"], backend: "hatchling.build" });
    expect(m.scripts).toEqual({ "mcp-server-fetch": "mcp_server_fetch:main" });
    expect(m.urls["Repository"]).toContain("modelcontextprotocol/servers");
  });
  test("uv sources and indexes, poetry dependencies and sources", () => {
    const m = parsePyproject(
      [
        '[project]\nname = "x"\nversion = "1"\ndependencies = ["a", "b"]\n',
        '[tool.uv]\nindex-strategy = "unsafe-best-match"\n',
        '[tool.uv.sources]\na = { git = "https://github.com/o/a", tag = "v1" }\nb = { index = "internal" }\n',
        '[[tool.uv.index]]\nname = "internal"\nurl = "https://pypi.internal.example/simple"\nexplicit = true\n',
        '[tool.poetry.dependencies]\npython = "^3.10"\nc = { version = "^1.2", optional = true }\nd = { git = "https://github.com/o/d.git", branch = "main" }\n',
        '[[tool.poetry.source]]\nname = "extra"\nurl = "https://extra.example/simple"\npriority = "supplemental"\n',
      ].join("\n"),
      "pyproject.toml",
    );
    expect(m.sources).toEqual(expect.arrayContaining([expect.objectContaining({ name: "a", kind: "git", ref: "v1" }), expect.objectContaining({ name: "b", kind: "index", value: "internal" }), expect.objectContaining({ name: "d", kind: "git", ref: "main" })]));
    expect(m.indexes.map((i) => [i.url, i.role])).toEqual([["https://pypi.internal.example/simple", "explicit"], ["https://extra.example/simple", "extra"]]);
    expect(m.indexStrategy).toBe("unsafe-best-match");
    expect(m.requirements.find((r) => r.name === "c")).toMatchObject({ scope: "optional", specifier: ">=1.2,<2.0" });
  });
  test("malformed TOML is a UserError with the line", () => {
    expect(() => parsePyproject('[project]\nname = "x"\ndependencies = [\n', "pyproject.toml")).toThrow(UserError);
    try {
      parsePyproject('[project]\nname = = "x"\n', "pyproject.toml");
    } catch (error) {
      expect((error as UserError).oneLine()).toMatch(/^pyproject\.toml:2: malformed TOML/);
    }
  });
});

describe("uv.lock", () => {
  test("the real mcp-server-time: 47 packages, direct and dev flags, hashes, upload times, root requirements", () => {
    const lock = parseUvLock(fixture("time", "uv.lock"), "uv.lock");
    expect(lock.packages).toHaveLength(47);
    expect(lock.packages.every((p) => p.ecosystem === "pypi" && p.source === "registry" && p.integrity?.startsWith("sha256:"))).toBe(true);
    const tzlocal = lock.packages.find((p) => p.name === "tzlocal")!;
    expect(tzlocal).toMatchObject({ version: "5.3.1", direct: true, file: "uv.lock" });
    expect(tzlocal.dev).toBeUndefined();
    expect(lock.packages.find((p) => p.name === "freezegun")).toMatchObject({ direct: true, dev: true });
    expect(lock.packages.find((p) => p.name === "six")?.dev).toBe(true); // only through freezegun → python-dateutil
    expect(tzlocal.distributions?.[0]?.uploadTime).toMatch(/^20\d\d-/);
    expect(lock.rootRequirements).toContainEqual({ name: "tzlocal", specifier: ">=5.3.1", group: "dependencies" });
    expect(lock.rootRequirements).toContainEqual({ name: "freezegun", specifier: ">=1.5.1", group: "group:dev" });
  });
});

describe("other lockfiles", () => {
  test("poetry.lock 2.x: groups, files, git and legacy-index sources", () => {
    const lock = parsePoetryLock(
      [
        `[[package]]\nname = "Anyio"\nversion = "4.2.0"\ngroups = ["main"]\nfiles = [{file = "anyio-4.2.0-py3-none-any.whl", hash = "sha256:${HASH}"}]\n`,
        `[[package]]\nname = "pytest"\nversion = "8.0.0"\ngroups = ["dev"]\nfiles = []\n`,
        `[[package]]\nname = "tool"\nversion = "0.1"\ngroups = ["main"]\nfiles = []\n\n[package.source]\ntype = "git"\nurl = "https://github.com/o/tool.git"\nreference = "main"\nresolved_reference = "abc123"\n`,
        `[metadata]\nlock-version = "2.1"\n`,
      ].join("\n"),
      "poetry.lock",
    );
    expect(lock.packages.map((p) => [p.name, p.source, p.dev ?? false, p.integrity !== undefined])).toEqual([["anyio", "registry", false, true], ["pytest", "registry", true, false], ["tool", "git", false, false]]);
    expect(lock.packages[2]!.resolved).toBe("git+https://github.com/o/tool.git@abc123");
    expect(lock.packages[0]!.line).toBe(1);
  });
  test("pdm.lock", () => {
    const lock = parsePdmLock(`[metadata]\nlock_version = "4.5.0"\n\n[[package]]\nname = "idna"\nversion = "3.7"\ngroups = ["default"]\nfiles = [{file = "idna-3.7-py3-none-any.whl", hash = "sha256:${HASH}"}]\n\n[[package]]\nname = "ruff"\nversion = "0.5.0"\ngroups = ["dev"]\nfiles = []\n`, "pdm.lock");
    expect(lock.formatVersion).toBe("4.5.0");
    expect(lock.packages.map((p) => [p.name, p.dev ?? false, p.integrity !== undefined, p.line])).toEqual([["idna", false, true, 4], ["ruff", true, false, 10]]);
  });
  test("Pipfile.lock", () => {
    const lock = parsePipfileLock(JSON.stringify({ _meta: { "pipfile-spec": 6, sources: [{ name: "pypi", url: "https://pypi.org/simple", verify_ssl: true }] }, default: { requests: { hashes: [`sha256:${HASH}`], index: "pypi", version: "==2.32.3" }, tool: { git: "https://github.com/o/tool.git", ref: "abc" } }, develop: { pytest: { hashes: [], version: "==8.0.0" } } }, null, 4), "Pipfile.lock");
    expect(lock.packages.map((p) => [p.name, p.version, p.source, p.dev ?? false, p.integrity !== undefined])).toEqual([["requests", "2.32.3", "registry", false, true], ["tool", "abc", "git", false, false], ["pytest", "8.0.0", "registry", true, false]]);
    expect(lock.indexes[0]).toMatchObject({ url: "https://pypi.org/simple", role: "default" });
  });
  test("pylock.toml (PEP 751)", () => {
    const lock = parsePylock(`lock-version = "1.0"\ncreated-by = "uv"\n\n[[packages]]\nname = "attrs"\nversion = "25.1.0"\nindex = "https://pypi.org/simple"\nwheels = [{ name = "attrs-25.1.0-py3-none-any.whl", url = "https://files.pythonhosted.org/x/attrs-25.1.0-py3-none-any.whl", upload-time = 2025-01-25T11:30:10Z, hashes = { sha256 = "${HASH}" } }]\n\n[[packages]]\nname = "tool"\nversion = "0.1"\nvcs = { type = "git", url = "https://github.com/o/tool", commit-id = "abc" }\n`, "pylock.toml");
    expect(lock.packages.map((p) => [p.name, p.source, p.integrity !== undefined])).toEqual([["attrs", "registry", true], ["tool", "git", false]]);
    expect(lock.packages[0]!.distributions?.[0]?.uploadTime).toBe("2025-01-25T11:30:10.000Z");
  });
});

describe("requirements files", () => {
  test("pins with hashes over continuation lines, -e git+, URLs, includes and index options", () => {
    const file = parseRequirementsFile(
      ["--index-url https://mirror.example/simple", "--extra-index-url=https://extra.example/simple", "-r base.txt", "", "httpx==0.27.2 \\", `    --hash=sha256:${HASH} \\`, `    --hash=sha256:${"d".repeat(64)}`, "    # via mcp", "-e git+https://github.com/o/tool.git@main#egg=tool", "https://example.com/pkgs/other_pkg-1.0-py3-none-any.whl", "requests>=2 ; python_version >= '3.10'  # comment"].join("\n"),
      "requirements.txt",
    );
    expect(file.indexes.map((i) => [i.url, i.role, i.line])).toEqual([["https://mirror.example/simple", "default", 1], ["https://extra.example/simple", "extra", 2]]);
    expect(file.includes).toEqual(["base.txt"]);
    expect(file.requirements.map((r) => [r.name, r.specifier, r.editable, r.hashes.length, r.line])).toEqual([
      ["httpx", "==0.27.2", false, 2, 5],
      ["tool", "", true, 0, 9],
      ["other-pkg", "", false, 0, 10],
      ["requests", ">=2", false, 0, 11],
    ]);
    expect(isPinnedRequirementsFile(file)).toBe(false);
    expect(isPinnedRequirementsFile(parseRequirementsFile("a==1\nb==2.0 --hash=sha256:" + HASH + "\n", "r.txt"))).toBe(true);
  });
});

describe("setup.cfg and setup.py", () => {
  test("setup.cfg install_requires, extras and console scripts", () => {
    const m = parseSetupCfg("[metadata]\nname = demo\nversion = 1.0\n\n[options]\ninstall_requires =\n    httpx>=0.27\n    mcp\n\n[options.extras_require]\ncli = click\n\n[options.entry_points]\nconsole_scripts =\n    demo = demo.cli:main\n", "setup.cfg");
    expect(m.requirements.map((r) => [r.name, r.scope, r.line])).toEqual([["httpx", "runtime", 7], ["mcp", "runtime", 8], ["click", "optional", 11]]);
    expect(m.scripts).toEqual({ demo: "demo.cli:main" });
  });
  test("setup.py: literal setup() arguments and the calls it makes, through import aliases", () => {
    const m = parseSetupPy({ path: "setup.py", text: 'from setuptools import setup\nfrom subprocess import check_output as run\nimport urllib.request\nrun(["git", "describe"])\nurllib.request.urlretrieve(URL, "x")\nsetup(name="demo", version="1.0", install_requires=["httpx>=0.27"], extras_require={"cli": ["click"]}, entry_points={"console_scripts": ["demo = demo:main"]})\n' });
    expect(m).toMatchObject({ name: "demo", version: "1.0", scripts: { demo: "demo:main" } });
    expect(m.requirements.map((r) => [r.name, r.scope])).toEqual([["httpx", "runtime"], ["click", "optional"]]);
    expect(m.setupCalls?.map((c) => [c.kind, c.callee, c.line, c.command])).toEqual([["spawn", "subprocess.check_output", 4, ["git", "describe"]], ["network", "urllib.request.urlretrieve", 5, undefined]]);
  });
});
