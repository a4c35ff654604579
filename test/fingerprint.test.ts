import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { diff } from "../src/diff.js";
import { fileFamily, fingerprint, fingerprintEvidence, matchFindings } from "../src/fingerprint.js";
import type { Finding, Report } from "../src/model.js";
import { scan } from "../src/scan.js";
import { FIXED_NOW, inMemoryClients } from "./helpers/snapshot.js";

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/bundled-server");

describe("fileFamily", () => {
  test.each([
    ["dist/chunk-IDC7NACK.js", "dist/chunk-*.js"],
    ["dist/chunk-Q77VG2BX.js", "dist/chunk-*.js"],
    ["dist/chunk-IDCNACKQ.mjs", "dist/chunk-*.mjs"],
    ["assets/index-BrD3k9aZ.js", "assets/index-*.js"],
    ["static/js/main.3f2a1b4c.chunk.js", "static/js/main.*.chunk.js"],
    ["static/js/787.3f2a1b4c.chunk.js", "static/js/*.*.chunk.js"],
    ["server-4e5f6a7b.cjs", "server-*.cjs"],
    [".next/static/a1B2c3D4e5F6g7H8i9/pages/app.js", ".next/static/*/pages/app.js"],
  ])("%s → %s", (input, family) => {
    expect(fileFamily(input)).toBe(family);
  });

  test.each(["src/index.ts", "src/tools/git-log.ts", "dist/server.min.js", "lib/v2/oauth2-client.js", "src/utf8-decoder.ts", "README.md", "package-lock.json"])(
    "leaves a chosen name alone: %s",
    (name) => {
      expect(fileFamily(name)).toBe(name);
    },
  );
});

describe("fingerprintEvidence", () => {
  const js = (evidence: string) => fingerprintEvidence({ evidence, location: { path: "dist/index.js" } });

  test("minified names do not count; strings, template text, properties and keys do", () => {
    expect(js("r(`git log --oneline ${n}`,(e,t)=>e?o(e):i(t))")).toBe(js("Xe(`git log --oneline ${t}`, (a, b) => a ? c(a) : d(b))"));
    expect(js("n(a.join(\"/var/notes\",t),\"utf8\")")).toBe(js("f(s.join('/var/notes', e), 'utf8')"));
    expect(js("r(`git log --oneline ${n}`)")).not.toBe(js("r(`git show ${n}`)"));
    expect(js("a.join(x)")).not.toBe(js("a.resolve(x)"));
    expect(js("{command:e}")).not.toBe(js("{cwd:e}"));
  });

  test("content hashes inside strings, and versions of the finding's package, are normalised", () => {
    expect(js('import("./chunk-6FVBWWDB.js")')).toBe(js('import("./chunk-Q77VG2BX.js")'));
    const a = fingerprintEvidence({ evidence: "http://registry.example/left-pad/-/left-pad-1.0.0.tgz", package: { name: "left-pad", version: "1.0.0" } });
    const b = fingerprintEvidence({ evidence: "http://registry.example/left-pad/-/left-pad-1.3.0.tgz", package: { name: "left-pad", version: "1.3.0" } });
    expect(a).toBe(b);
  });

  test("non-code evidence is compared as written, whitespace aside", () => {
    const where = { location: { path: "package.json" } };
    expect(fingerprintEvidence({ ...where, evidence: "postinstall:  node  setup.js" })).toBe("postinstall: node setup.js");
  });
});

describe("fingerprint", () => {
  test("an anchor replaces the file: the same sink in the same tool keeps its identity when the file moves", () => {
    const a = fingerprint("code/command-injection", { anchor: "tool:git_log", evidence: "exec(cmd)", location: { path: "src/git.ts", startLine: 3 } });
    const b = fingerprint("code/command-injection", { anchor: "tool:git_log", evidence: "exec(command)", location: { path: "src/tools/git.ts", startLine: 40 } });
    const c = fingerprint("code/command-injection", { anchor: "tool:run", evidence: "exec(cmd)", location: { path: "src/git.ts", startLine: 3 } });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  test("without an anchor, the file's family: a rebuilt chunk keeps it, another file does not", () => {
    const at = (p: string) => fingerprint("code/command-injection", { evidence: "exec(cmd)", location: { path: p, startLine: 1 } });
    expect(at("dist/chunk-IDC7NACK.js")).toBe(at("dist/chunk-Q77VG2BX.js"));
    expect(at("dist/chunk-IDC7NACK.js")).not.toBe(at("dist/index.js"));
  });

  test("a dependency finding is anchored on its package, not on the lockfile it was read from", () => {
    const a = fingerprint("supply-chain/install-script", { package: { name: "sharp", version: "0.33.0" }, location: { path: "package-lock.json", startLine: 9 } });
    const b = fingerprint("supply-chain/install-script", { package: { name: "sharp", version: "0.34.1" }, location: { path: "pnpm-lock.yaml", startLine: 90 } });
    expect(a).toBe(b);
  });
});

describe("matchFindings", () => {
  const finding = (over: Partial<Finding>): Finding => {
    const f = { ruleId: "code/command-injection", dimension: "code", severity: "high", title: "t", message: "m", location: { path: "dist/a.js" }, ...over } as Finding;
    return { ...f, fingerprint: fingerprint(f.ruleId, f) };
  };

  test("identical fingerprints pair one to one: a second copy of the same sink is new", () => {
    const one = finding({ evidence: "exec(x)" });
    const match = matchFindings([one], [one, { ...one }]);
    expect(match.pairs).toHaveLength(1);
    expect(match.unmatchedHead).toHaveLength(1);
  });

  test("similar evidence of one rule in one file family pairs; in another file it does not", () => {
    const base = finding({ evidence: 'exec(`git log --oneline ${branch}`, { cwd: root, timeout: 5000 })' });
    const edited = finding({ evidence: 'exec(`git log --oneline --graph ${branch}`, { cwd: root, timeout: 5000 })' });
    expect(edited.fingerprint).not.toBe(base.fingerprint);
    expect(matchFindings([base], [edited]).pairs.map((p) => p.by)).toEqual(["similarity"]);
    const elsewhere = { ...edited, location: { path: "dist/b.js" } };
    expect(matchFindings([base], [elsewhere]).pairs).toEqual([]);
    const otherRule = finding({ ...edited, ruleId: "code/dynamic-code-execution" });
    expect(matchFindings([base], [otherRule]).pairs).toEqual([]);
  });
});

describe("diff of one server bundled twice", () => {
  const work = mkdtempSync(path.join(tmpdir(), "mcp-trust-bundle-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Copies the fixture, lets `edit` change its source, bundles it minified with code splitting, and keeps only what ships. */
  function build(name: string, edit: (src: string) => void = () => undefined): string {
    const project = path.join(work, `${name}-project`);
    cpSync(FIXTURE, project, { recursive: true });
    edit(path.join(project, "src"));
    const out = path.join(work, name);
    buildSync({
      entryPoints: [path.join(project, "src/index.js")],
      bundle: true,
      splitting: true,
      minify: true,
      format: "esm",
      platform: "node",
      outdir: path.join(out, "dist"),
      chunkNames: "chunk-[hash]",
      external: ["@modelcontextprotocol/sdk", "zod"],
      logLevel: "silent",
    });
    cpSync(path.join(project, "package.json"), path.join(out, "package.json"));
    return out;
  }

  const append = (file: string, text: string) => writeFileSync(file, readFileSync(file, "utf8") + text);
  /** An unrelated change: new helpers shift every minified name and the chunk's content hash. */
  const unrelated = (src: string) => {
    append(path.join(src, "git.js"), `\nexport function shortSha(line) {\n  return line.split(" ")[0];\n}\n`);
    const index = path.join(src, "index.js");
    writeFileSync(
      index,
      readFileSync(index, "utf8").replace(
        "const server =",
        `const started = Date.now();\nfunction uptime() {\n  return Math.round((Date.now() - started) / 1000);\n}\nconst server =`,
      ).replace("await server.connect", `server.tool("uptime", "Seconds since start", {}, async () => ({ content: [{ type: "text", text: String(uptime()) }] }));\n\nawait server.connect`),
    );
  };
  const scanned = (dir: string): Promise<Report> => scan({ target: dir, offline: true, now: FIXED_NOW, clients: inMemoryClients({}) });
  const chunks = (dir: string) => readdirSync(path.join(dir, "dist")).filter((f) => f.startsWith("chunk-"));

  test("a rebuild with new chunk names and new minified names: 0 new, 0 resolved; a real added sink: exactly 1 new", async () => {
    const first = build("first");
    const second = build("second", unrelated);
    const third = build("third", (src) => {
      unrelated(src);
      const index = path.join(src, "index.js");
      writeFileSync(
        index,
        readFileSync(index, "utf8")
          .replace('import { z } from "zod";', 'import { z } from "zod";\nimport { execSync } from "node:child_process";')
          .replace(
            "await server.connect",
            `server.tool("run_script", "Run a package script", { script: z.string() }, async ({ script }) => ({ content: [{ type: "text", text: execSync("npm run " + script).toString() }] }));\n\nawait server.connect`,
          ),
      );
    });
    // The premise: the rebuild really renamed the chunk and the minified names in the evidence.
    expect(chunks(first)).toHaveLength(1);
    expect(chunks(second)).toHaveLength(1);
    expect(chunks(first)).not.toEqual(chunks(second));

    const [a, b, c] = await Promise.all([scanned(first), scanned(second), scanned(third)]);
    const injection = (r: Report) => r.findings.filter((f) => f.ruleId === "code/command-injection");
    expect(injection(a)).toHaveLength(1);
    expect(injection(a)[0]!.location!.path).not.toBe(injection(b)[0]!.location!.path);
    expect(a.findings.filter((f) => f.dimension === "code").map((f) => f.evidence)).not.toEqual(b.findings.filter((f) => f.dimension === "code").map((f) => f.evidence));

    const rebuild = diff(a, b);
    expect(rebuild.newFindings).toEqual([]);
    expect(rebuild.resolvedFindings).toEqual([]);
    expect(rebuild.unchangedFindings).toBe(a.findings.filter((f) => !f.ignored).length);

    const added = diff(a, c);
    expect(added.newFindings.map((f) => f.ruleId)).toEqual(["code/command-injection"]);
    expect(added.newFindings[0]!.evidence).toContain("npm run");
    expect(added.resolvedFindings).toEqual([]);
  }, 60_000);
});
