/** pypi:<name>[==<version>] end to end against nock: JSON API, sha256-checked download, safe extraction, the scan, the temp dir removed. */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nock from "nock";
import { UserError } from "../../src/errors.js";
import { createOsvClient } from "../../src/facts/osv.js";
import { createPypiClient } from "../../src/facts/python/pypi-client.js";
import { scan } from "../../src/scan.js";
import { extractPythonArchive, safeEntryPath } from "../../src/sources/pypi-archive.js";
import { openPypiPackage, parsePypiSpec } from "../../src/sources/pypi.js";
import { inMemoryClients } from "../helpers/snapshot.js";
import { githubArchive } from "../helpers/tarball.js";
import { zip } from "../helpers/zip.js";

const PYPI = "https://pypi.test.example";
const FILES = "https://files.test.example";
const OSV = "https://osv.test.example";
const sha256 = (b: Buffer): string => createHash("sha256").update(b).digest("hex");

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
afterEach(() => nock.cleanAll());

const PYPROJECT = '[project]\nname = "demo-mcp"\nversion = "1.2.0"\ndependencies = ["mcp>=1.2", "httpx>=0.27,<1"]\n\n[project.scripts]\ndemo-mcp = "demo_mcp:main"\n';
const SERVER = 'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("demo")\n\n@mcp.tool()\ndef hello(name: str) -> str:\n    """Say hello."""\n    return f"hello {name}"\n';

function releaseJson(files: { filename: string; bytes: Buffer; sha?: string }[]): Record<string, unknown> {
  return {
    info: { name: "demo-mcp", version: "1.2.0", requires_dist: ["mcp>=1.2", "httpx<1,>=0.27"], project_urls: { Source: "https://github.com/acme/demo-mcp" }, yanked: false, yanked_reason: null },
    urls: files.map((f) => ({ filename: f.filename, packagetype: f.filename.endsWith(".whl") ? "bdist_wheel" : "sdist", url: `${FILES}/${f.filename}`, digests: { sha256: f.sha ?? sha256(f.bytes) }, size: f.bytes.length, upload_time_iso_8601: "2025-01-01T00:00:00.000000Z", yanked: false })),
  };
}

describe("parsePypiSpec", () => {
  test("name and exact version; anything else is a usage error", () => {
    expect(parsePypiSpec("pypi:mcp-server-fetch")).toEqual({ name: "mcp-server-fetch" });
    expect(parsePypiSpec("pypi:mcp_server.fetch==2025.4.7")).toEqual({ name: "mcp_server.fetch", version: "2025.4.7" });
    for (const bad of ["pypi:", "pypi:x>=1", "pypi:../x", "pypi:x==1;rm"]) expect(() => parsePypiSpec(bad)).toThrow(UserError);
  });
});

describe("pypi: target", () => {
  test("the sdist is fetched, checked, extracted and scanned; the temp dir is gone afterwards", async () => {
    const sdist = githubArchive({ "pyproject.toml": PYPROJECT, "demo_mcp/__init__.py": SERVER }, "demo_mcp-1.2.0");
    nock(PYPI).get("/pypi/demo-mcp/1.2.0/json").reply(200, releaseJson([{ filename: "demo_mcp-1.2.0.tar.gz", bytes: sdist }]));
    nock(FILES).get("/demo_mcp-1.2.0.tar.gz").reply(200, sdist);
    const before = new Set(readdirSync(tmpdir()).filter((d) => d.startsWith("mcp-trust-pypi-")));
    const report = await scan({ target: "pypi:demo-mcp==1.2.0", clients: { ...inMemoryClients({}), pypi: createPypiClient({ baseUrl: PYPI }), osv: createOsvClient({ baseUrl: OSV }) } });
    expect(report.target).toEqual({ kind: "pypi", label: "pypi:demo-mcp==1.2.0", name: "demo-mcp", version: "1.2.0" });
    expect(report.tools?.map((t) => t.name)).toContain("hello");
    // The published package declares `mcp>=1.2`: users' `uvx demo-mcp` takes any later release.
    expect(report.findings.filter((f) => f.ruleId === "supply-chain/unpinned-range").map((f) => f.package?.name)).toEqual(["mcp"]);
    expect(report.findings.some((f) => f.ruleId === "supply-chain/no-lockfile")).toBe(false);
    expect(report.skipped).toContainEqual({ check: "dependencies", reason: expect.stringContaining("ships no lockfile") });
    expect(readdirSync(tmpdir()).filter((d) => d.startsWith("mcp-trust-pypi-") && !before.has(d))).toEqual([]);
  });

  test("a wheel-only release: METADATA and entry_points.txt stand in for pyproject", async () => {
    const wheel = zip([
      { name: "demo_mcp/__init__.py", data: SERVER },
      { name: "demo_mcp-1.2.0.dist-info/METADATA", data: "Metadata-Version: 2.3\nName: demo-mcp\nVersion: 1.2.0\nRequires-Dist: mcp>=1.2\nRequires-Dist: rich; extra == 'cli'\n\nLong description\n" },
      { name: "demo_mcp-1.2.0.dist-info/entry_points.txt", data: "[console_scripts]\ndemo-mcp = demo_mcp:main\n" },
    ]);
    nock(PYPI).get("/pypi/demo-mcp/json").reply(200, releaseJson([{ filename: "demo_mcp-1.2.0-py3-none-any.whl", bytes: wheel }]));
    nock(FILES).get("/demo_mcp-1.2.0-py3-none-any.whl").reply(200, wheel);
    const report = await scan({ target: "pypi:demo-mcp", clients: { ...inMemoryClients({}), pypi: createPypiClient({ baseUrl: PYPI }), osv: createOsvClient({ baseUrl: OSV }) } });
    expect(report.target.label).toBe("pypi:demo-mcp==1.2.0");
    expect(report.findings.filter((f) => f.ruleId === "supply-chain/unpinned-range").map((f) => [f.package?.name, f.location?.path])).toEqual([
      ["mcp", "demo_mcp-1.2.0.dist-info/METADATA"],
      ["rich", "demo_mcp-1.2.0.dist-info/METADATA"],
    ]);
  });

  test("a download that does not match its sha256 is refused, and nothing is left behind", async () => {
    const sdist = githubArchive({ "pyproject.toml": PYPROJECT }, "demo_mcp-1.2.0");
    nock(PYPI).get("/pypi/demo-mcp/1.2.0/json").reply(200, releaseJson([{ filename: "demo_mcp-1.2.0.tar.gz", bytes: sdist, sha: "0".repeat(64) }]));
    nock(FILES).get("/demo_mcp-1.2.0.tar.gz").reply(200, sdist);
    await expect(openPypiPackage("pypi:demo-mcp==1.2.0", { client: createPypiClient({ baseUrl: PYPI }) })).rejects.toThrow(/does not match its sha256/);
  });

  test("not on PyPI, PyPI unreachable, --offline: one-line usage errors", async () => {
    nock(PYPI).get("/pypi/nope/json").reply(404, { message: "Not Found" });
    await expect(openPypiPackage("pypi:nope", { client: createPypiClient({ baseUrl: PYPI }) })).rejects.toThrow("package nope is not on PyPI");
    nock(PYPI).get("/pypi/demo/json").times(2).replyWithError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED" });
    await expect(openPypiPackage("pypi:demo", { client: createPypiClient({ baseUrl: PYPI }) })).rejects.toThrow(/could not fetch demo from PyPI: PyPI unreachable/);
    await expect(openPypiPackage("pypi:demo", { offline: true })).rejects.toThrow(/--offline/);
  });
});

describe("safe extraction of wheels and zip sdists", () => {
  const dir = (): string => mkdtempSync(path.join(tmpdir(), "mcp-trust-zip-test-"));
  test.each([["../evil.py", undefined], ["/etc/passwd", undefined], ["C:/x", undefined], ["a\\..\\b", undefined], ["./pkg//mod.py", "pkg/mod.py"]])("%s → %s", (name, safe) => {
    expect(safeEntryPath(name)).toBe(safe);
  });
  test("an entry climbing out is refused; a symlink is left out", async () => {
    const out = dir();
    try {
      await expect(extractPythonArchive(zip([{ name: "../outside.py", data: "x" }]), "x-1-py3-none-any.whl", out)).rejects.toThrow(/escapes its folder|invalid relative path/); // yauzl refuses it first
      await extractPythonArchive(zip([{ name: "pkg/link", data: "/etc/passwd", mode: 0o120777 }, { name: "pkg/a.py", data: "x = 1\n" }]), "x-1-py3-none-any.whl", out);
      expect(existsSync(path.join(out, "pkg/a.py"))).toBe(true);
      expect(existsSync(path.join(out, "pkg/link"))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
  test("a zip bomb (a tiny entry that inflates a thousandfold) and too many entries are refused", async () => {
    const out = dir();
    try {
      await expect(extractPythonArchive(zip([{ name: "zeros.bin", data: Buffer.alloc(20 * 1024 * 1024) }]), "x-1-py3-none-any.whl", out)).rejects.toThrow(/zip bomb/);
      const many = zip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.py`, data: "x" })));
      await expect(extractPythonArchive(many, "x-1-py3-none-any.whl", out, { maxBytes: 1e9, maxEntries: 10, maxRatio: 200 })).rejects.toThrow(/more than 10 entries/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
