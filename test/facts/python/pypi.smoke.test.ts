/** Registry smoke test for PyPI and OSV: real requests when they are reachable, a clear skip (with the reason) when not. */
import { describe, expect, test } from "@jest/globals";
import nock from "nock";
import { createOsvClient, defaultOsvUrl } from "../../../src/facts/osv.js";
import { createPypiClient, defaultPypiUrl } from "../../../src/facts/python/pypi-client.js";

// The real services, so no interception: undo whatever nock patched in this worker.
nock.restore();
nock.enableNetConnect();

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

const pypiOnline = await reachable(`${defaultPypiUrl()}/pypi/mcp-server-fetch/json`);
if (!pypiOnline) console.log(`PyPI smoke test skipped: ${defaultPypiUrl()} unreachable from this machine`);
const osvOnline = await reachable(`${defaultOsvUrl()}/v1/vulns/GHSA-9hjg-9r4m-mvj7`);
if (!osvOnline) console.log(`OSV smoke test skipped: ${defaultOsvUrl()} unreachable from this machine`);

(pypiOnline ? describe : describe.skip)("PyPI smoke test", () => {
  test("mcp-server-fetch has a release with sha256-digested files", async () => {
    const release = await createPypiClient().release("mcp-server-fetch");
    expect(release?.files.some((f) => f.sha256 && f.url)).toBe(true);
  });
});

(osvOnline ? describe : describe.skip)("OSV smoke test", () => {
  test("requests 2.32.3 is affected by GHSA-9hjg-9r4m-mvj7", async () => {
    const advisories = await createOsvClient().advisories([{ ecosystem: "pypi", name: "requests", version: "2.32.3" }]);
    expect(advisories.map((a) => a.id)).toContain("GHSA-9hjg-9r4m-mvj7");
  });
});
