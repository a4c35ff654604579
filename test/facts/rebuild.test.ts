import { rmSync } from "node:fs";
import { buildEnvironment, rebuildAndCompare } from "../../src/facts/rebuild.js";
import { writeTree } from "../helpers/snapshot.js";

describe("--rebuild runs the package's build with a minimal environment", () => {
  test("no token, key or registry credential of the scanning machine is passed on", () => {
    const env = buildEnvironment("/tmp/x/package", "/tmp/x/package/node_modules/.bin", "build", {
      PATH: "/usr/bin", LANG: "C.UTF-8", NPM_TOKEN: "npm_secret", GITHUB_TOKEN: "ghs_x", AWS_SECRET_ACCESS_KEY: "k", npm_config_registry: "https://u:p@r/", HOME: "/root",
    });
    expect(Object.keys(env).sort()).toEqual(["CI", "HOME", "LANG", "PATH", "TMPDIR", "npm_lifecycle_event"]);
    expect(env["HOME"]).toBe("/tmp/x");
    expect(env["PATH"]!.split(":")[0]).toBe("/tmp/x/package/node_modules/.bin");
  });

  test("a failing build cannot read the environment's secrets, and what it prints is quoted masked", async () => {
    const manifest = { name: "x", version: "1.0.0", scripts: { build: `echo "token=[$CANARY_TOKEN]" >&2; echo "leak ghp_Zq8Xv2Lm5Np7Rt9Wb3Yc6Hd1Kf4Gj0Ms2Ua5E" >&2; exit 3` } };
    const root = writeTree({ "package.json": JSON.stringify(manifest) });
    process.env["CANARY_TOKEN"] = "canary-env-7f3a9e2b1c";
    try {
      const result = await rebuildAndCompare(root, root, manifest, { bytes: Buffer.alloc(0) });
      expect(result.error).toMatch(/the "build" script failed/);
      expect(result.error).toContain("token=[]");
      expect(result.error).toContain("leak ghp_…");
      expect(result.error).not.toContain("canary");
    } finally {
      delete process.env["CANARY_TOKEN"];
      rmSync(root, { recursive: true, force: true });
    }
  });
});
