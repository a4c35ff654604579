import { readFileSync } from "node:fs";
import { UserError } from "../../src/errors.js";
import { entryKey } from "../../src/catalog/entry.js";
import { parseCatalogText } from "../../src/catalog/from-file.js";

const keys = (text: string): string[] => parseCatalogText(text, "servers.txt").map(entryKey);
const page1 = readFileSync(new URL("../fixtures/mcp-registry/page-1.json", import.meta.url), "utf8");

describe("catalog input files", () => {
  test("one spec a line: npm:name[@version], bare npm names (as in the corpus list), comments and blank lines", () => {
    expect(keys("# popular servers\n@playwright/mcp\n\nnpm:mcp-remote@0.1.29\n  npm:@scope/x  \n")).toEqual([
      "npm:@playwright/mcp@latest",
      "npm:mcp-remote@0.1.29",
      "npm:@scope/x@latest",
    ]);
  });

  test("a registry listing, an array of server.json documents, one document, or one per line", () => {
    expect(keys(page1)).toEqual(["io.github.modelcontextprotocol/filesystem@2026.8.31", "com.example/weather@1.4.0"]);
    const doc = { name: "com.example/a", version: "1.0.0", description: "x", packages: [{ registryType: "npm", identifier: "a", version: "1.0.0" }] };
    expect(keys(JSON.stringify([doc, { ...doc, name: "com.example/b" }]))).toEqual(["com.example/a@1.0.0", "com.example/b@1.0.0"]);
    expect(keys(JSON.stringify(doc, null, 2))).toEqual(["com.example/a@1.0.0"]);
    expect(keys(`${JSON.stringify(doc)}\n${JSON.stringify({ server: { ...doc, name: "com.example/c" } })}\n`)).toEqual(["com.example/a@1.0.0", "com.example/c@1.0.0"]);
  });

  test("mistakes name the file and line", () => {
    const error = (text: string): UserError => {
      try {
        parseCatalogText(text, "servers.txt");
      } catch (e) {
        return e as UserError;
      }
      throw new Error("no error");
    };
    expect(error("ok-name\nnpm:bad name!\n").oneLine()).toMatch(/^servers\.txt:2: /);
    expect(error("npm:a@^1.0.0\n").oneLine()).toContain("exact version");
    expect(error("npm:a@next\n").oneLine()).toContain('dist-tag "next"');
    expect(error("git+https://example.com/x.git\n").oneLine()).toContain("npm:<name>");
    expect(error('{"name": "com.example/a"}\n{"name": "b", "version": "1"}\n').oneLine()).toBe("servers.txt:1: com.example/a: server.json has no version");
    expect(error("[1, 2").oneLine()).toMatch(/^servers\.txt: malformed JSON/);
    expect(error("# nothing\n").oneLine()).toContain("names no server");
    expect(error("").oneLine()).toContain("empty");
  });

  test("pypi: specs are read (normalised names) for when PyPI scanning is there", () => {
    const [entry] = parseCatalogText("pypi:MCP_Server.Fetch==0.6.2\n", "f");
    expect(entry).toMatchObject({ name: "pypi:mcp-server-fetch", version: "0.6.2", packages: [{ registryType: "pypi", identifier: "mcp-server-fetch", version: "0.6.2" }] });
  });
});
