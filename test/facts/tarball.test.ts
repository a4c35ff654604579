import { createHash } from "node:crypto";
import { readTarball } from "../../src/facts/tarball.js";
import { packFiles, pkg, rawTarball } from "../helpers/published.js";

describe("readTarball", () => {
  test("lists an npm pack's files without the package/ folder, with sha512 and modes", async () => {
    const bytes = await packFiles({ "package.json": pkg({ bin: { demo: "cli.js" } }), "cli.js": "#!/usr/bin/env node\n", "lib/a.js": "a" });
    const { entries, files } = await readTarball(bytes);
    expect(entries.map((e) => e.path)).toEqual(["cli.js", "lib/a.js", "package.json"]);
    const cli = entries.find((e) => e.path === "cli.js")!;
    expect(cli.type).toBe("file");
    expect(cli.mode & 0o111).not.toBe(0);
    expect(entries.find((e) => e.path === "lib/a.js")!.sha512).toBe(createHash("sha512").update("a").digest("base64"));
    expect(files.get("lib/a.js")!.toString()).toBe("a");
  });

  test("records absolute and .. paths as unsafe and keeps their bytes out, and reads links", async () => {
    const bytes = rawTarball([
      { path: "package/package.json", data: pkg({}) },
      { path: "package/../../etc/evil", data: "x" },
      { path: "/abs/evil", data: "y" },
      { path: "package/link", type: "SymbolicLink", linkpath: "/etc/passwd" },
      { path: "package/hard", type: "Link", linkpath: "package/package.json" },
    ]);
    const { entries, files } = await readTarball(bytes);
    const byPath = Object.fromEntries(entries.map((e) => [e.path, e]));
    expect(Object.values(byPath).filter((e) => e.unsafe).map((e) => e.unsafe).sort()).toEqual(["absolute", "parent"]);
    expect(byPath["link"]).toMatchObject({ type: "symlink", linkTarget: "/etc/passwd" });
    expect(byPath["hard"]).toMatchObject({ type: "hardlink" });
    expect([...files.keys()]).toEqual(["package.json"]);
  });

  test("a corrupt tarball is a UserError", async () => {
    await expect(readTarball(Buffer.from("not a tarball at all"))).rejects.toThrow(/not a readable tarball|tarball/);
  });
});
