import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { confinedPath, directoryTree, readRegularFile } from "../../src/sources/directory-tree.js";
import type { SourceTree } from "../../src/sources/source-tree.js";

let root: string;
let outside: string;
const tree = (limits = {}): SourceTree => directoryTree(root, { kind: "directory", label: "fixture" }, async () => {}, limits);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "mcp-trust-tree-"));
  outside = mkdtempSync(path.join(tmpdir(), "mcp-trust-outside-"));
  writeFileSync(path.join(outside, "secret.txt"), "TOKEN=outside-the-tree\n");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const write = (rel: string, text: string): void => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};

describe("list()", () => {
  test("regular files, sorted, without VCS and dependency folders", () => {
    write("b.js", "b");
    write("a/c.ts", "c");
    write("node_modules/x/index.js", "x");
    write(".git/config", "[core]");
    expect(tree().list()).toEqual({ files: ["a/c.ts", "b.js"], leftOut: [] });
  });

  test("a link to a file inside the tree is listed; a link out of it, a broken link and a link to a folder are left out", () => {
    write("real.js", "x");
    mkdirSync(path.join(root, "dir"));
    symlinkSync("real.js", path.join(root, "inside.js"));
    symlinkSync(path.join(outside, "secret.txt"), path.join(root, "out.txt"));
    symlinkSync("/dev/zero", path.join(root, "zero.js"));
    symlinkSync("missing.js", path.join(root, "broken.js"));
    symlinkSync("dir", path.join(root, "linked-dir"));
    const listing = tree().list();
    expect(listing.files).toEqual(["inside.js", "real.js"]);
    expect(listing.leftOut).toEqual([
      { path: "broken.js", reason: "is a broken symbolic link" },
      { path: "linked-dir", reason: "is a symbolic link to a folder (not followed)" },
      { path: "out.txt", reason: "is a symbolic link that leaves the tree" },
      { path: "zero.js", reason: "is a symbolic link that leaves the tree" },
    ]);
  });

  test("FIFOs and sockets are left out, never opened", async () => {
    execFileSync("mkfifo", [path.join(root, "pipe.js")]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, "sock.js"), resolve));
    try {
      expect(tree().list().leftOut).toEqual([
        { path: "pipe.js", reason: "is a FIFO, not a regular file" },
        { path: "sock.js", reason: "is a socket, not a regular file" },
      ]);
    } finally {
      server.close();
    }
  });

  test("names that are not UTF-8 or hold control characters are left out with a printable name", () => {
    const raw = Buffer.concat([Buffer.from(root + "/"), Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe]), Buffer.from(".js")]);
    writeFileSync(raw, "x");
    writeFileSync(path.join(root, "esc\u001b[2J.js"), "x");
    write("ok.js", "x");
    const listing = tree().list();
    expect(listing.files).toEqual(["ok.js"]);
    expect(listing.leftOut).toEqual([
      { path: "bad\ufffd\ufffd.js", reason: "has a name that is not valid UTF-8" },
      { path: "esc\\x1b[2J.js", reason: "has a name with control characters" },
    ]);
  });

  test("the file-count cap stops the walk and says so", () => {
    for (let i = 0; i < 12; i++) write(`f${String(i).padStart(2, "0")}.js`, "x");
    const listing = tree({ maxFiles: 10 }).list();
    expect(listing.files).toHaveLength(10);
    expect(listing.truncated).toBe("the tree has more than 10 files: the rest were not read");
  });

  test("folders nested past the depth cap are not walked", () => {
    write("a/b/c/d/e.js", "x");
    expect(tree({ maxDepth: 2 }).list()).toEqual({ files: [], leftOut: [{ path: "a/b/c", reason: "folders nested more than 2 deep were not read" }] });
  });
});

describe("read()", () => {
  test("a regular file's bytes; a missing one is missing", () => {
    write("a.json", "{}");
    expect(tree().read("a.json")).toEqual({ ok: true, bytes: Buffer.from("{}") });
    expect(tree().read("nope.json")).toMatchObject({ ok: false, failure: "missing" });
  });

  test("paths that leave the tree are refused before anything is opened", () => {
    for (const p of ["../x", "a/../../x", "/etc/passwd", "..", "C:\\x", "a\0b"]) expect(tree().read(p)).toMatchObject({ ok: false, failure: "outside", reason: "the path leaves the tree" });
  });

  test("links that leave the tree, to /dev/zero or through a linked folder, are refused", () => {
    symlinkSync("/dev/zero", path.join(root, "package.json"));
    symlinkSync(outside, path.join(root, "etc"));
    expect(tree().read("package.json")).toEqual({ ok: false, failure: "outside", reason: "is a symbolic link that leaves the tree" });
    expect(tree().read("etc/secret.txt")).toEqual({ ok: false, failure: "outside", reason: "is a symbolic link that leaves the tree" });
  });

  test("a link inside the tree is followed", () => {
    write("pkg/package.json", '{"name":"x"}');
    symlinkSync("pkg/package.json", path.join(root, "package.json"));
    expect(tree().read("package.json")).toEqual({ ok: true, bytes: Buffer.from('{"name":"x"}') });
  });

  test("a FIFO, a folder or a device where a file is expected is refused without blocking", () => {
    execFileSync("mkfifo", [path.join(root, "package.json")]);
    mkdirSync(path.join(root, "server.json"));
    expect(tree().read("package.json")).toEqual({ ok: false, failure: "not-a-file", reason: "is a FIFO, not a regular file" });
    expect(tree().read("server.json")).toEqual({ ok: false, failure: "not-a-file", reason: "is a folder where a file was expected" });
    // The low-level reader on its own (a path swapped after the checks): O_NONBLOCK and fstat, so no hang either.
    expect(readRegularFile(path.join(root, "package.json"), 1024)).toEqual({ ok: false, failure: "not-a-file", reason: "is a FIFO, not a regular file" });
    expect(readRegularFile("/dev/zero", 1024)).toEqual({ ok: false, failure: "not-a-file", reason: "is a device, not a regular file" });
  });

  (process.getuid?.() === 0 ? test.skip : test)("an unreadable file is refused with the reason", () => {
    write("secret.json", "{}");
    chmodSync(path.join(root, "secret.json"), 0o000);
    expect(tree().read("secret.json")).toMatchObject({ ok: false, failure: "unreadable" });
  });

  test("per-file and per-tree caps", () => {
    write("big.js", "x".repeat(2000));
    write("a.js", "x".repeat(600));
    write("b.js", "x".repeat(600));
    expect(tree().read("big.js", { maxBytes: 1000 })).toEqual({ ok: false, failure: "too-large", reason: "is over the 1000 bytes read limit (2 KB)" });
    const budgeted = tree({ maxTreeBytes: 1000 });
    expect(budgeted.read("a.js").ok).toBe(true);
    expect(budgeted.read("b.js")).toMatchObject({ ok: false, failure: "budget" });
  });
});

test("confinedPath keeps paths inside the tree, normalised", () => {
  expect(confinedPath("./a//b/../c.json")).toBe("a/c.json");
  expect(confinedPath("server.json")).toBe("server.json");
  expect(confinedPath("a\\b.json")).toBe("a/b.json");
  for (const p of ["../a", "/a", "a/../../b", "\0", "D:/x"]) expect(confinedPath(p)).toBeUndefined();
});
