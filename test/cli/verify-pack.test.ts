import { rmSync } from "node:fs";
import { create as tarCreate } from "tar";
import { runCli } from "../../src/cli/main.js";
import { memoryRegistry, packFiles, pkg } from "../helpers/published.js";
import { writeTree } from "../helpers/snapshot.js";

const files = { "package.json": pkg({ main: "index.js" }), "index.js": "console.error('hi');\n", "lib/tools.js": "module.exports = ['echo'];\n" };
const manifest = JSON.parse(files["package.json"]) as Record<string, unknown>;

/** The same files tarred by another tool's settings: other gzip level, real mtimes, no portable headers. */
async function packedByAnotherTool(dir: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = tarCreate({ cwd: dir, prefix: "package/", gzip: { level: 1 } }, ["package.json", "index.js", "lib/tools.js"]);
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function verify(dir: string, bytes: Buffer, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["verify-pack", dir, "--against", "npm:demo-mcp@1.0.0", ...args], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    scanOptions: { clients: { published: memoryRegistry("demo-mcp", { "1.0.0": { manifest, bytes } }) } },
  });
  return { code, out, err };
}

describe("mcp-trust verify-pack", () => {
  let dir: string;
  beforeAll(() => {
    dir = writeTree(files);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("byte-identical against a registry whose integrity is this pack's", async () => {
    const result = await verify(dir, await packFiles(files));
    expect(result.out).toMatch(/^byte-identical: .* packs to sha512-.*demo-mcp@1\.0\.0/);
    expect(result.code).toBe(0);
  });

  test("content-identical when another tool packed the same files", async () => {
    const result = await verify(dir, await packedByAnotherTool(dir));
    expect(result.out).toMatch(/^content-identical: /);
    expect(result.code).toBe(0);
  });

  test("a mismatch names the file when one byte differs (exit 1), also as JSON", async () => {
    const bytes = await packFiles({ ...files, "lib/tools.js": "module.exports = ['echa'];\n" });
    const result = await verify(dir, bytes);
    expect(result.out).toContain("mismatch:");
    expect(result.out).toContain("lib/tools.js: contents differ");
    expect(result.out).not.toContain("index.js:");
    expect(result.code).toBe(1);
    const json = JSON.parse((await verify(dir, bytes, ["--format", "json"])).out) as { verdict: string; differences: { path: string }[] };
    expect(json.verdict).toBe("mismatch");
    expect(json.differences.map((d) => d.path)).toEqual(["lib/tools.js"]);
  });

  test("--against is required; a missing directory is a one-line error", async () => {
    const errors: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => errors.push(s) } };
    expect(await runCli(["verify-pack", dir], io)).toBe(2);
    expect(errors.join("")).toContain("--against");
    const missing = await verify(`${dir}/nope`, await packFiles(files));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no package.json");
  });
});
