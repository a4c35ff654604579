import { findScriptPolicy, installScriptPolicy, splitNameRange } from "../../../src/rules/supply-chain/allow-lists.js";
import { buildSnapshot } from "../../helpers/snapshot.js";
import { packageJson } from "./npm-lock.js";

describe("splitNameRange", () => {
  test.each([
    ["esbuild", { name: "esbuild" }],
    ["esbuild@0.21.5", { name: "esbuild", range: "0.21.5" }],
    ["@swc/core@^1.7.0", { name: "@swc/core", range: "^1.7.0" }],
    ["@swc/core", { name: "@swc/core" }],
    ["nx@21.6.4 || 21.6.5", { name: "nx", range: "21.6.4 || 21.6.5" }],
  ])("%s", (text, expected) => {
    expect(splitNameRange(text)).toEqual(expected);
  });
});

describe("installScriptPolicy", () => {
  test("reads every mechanism with its decision", async () => {
    const snapshot = await buildSnapshot({
      files: {
        "package.json": packageJson(
          {},
          {
            allowScripts: { esbuild: true, "core-js": false, "nx@21.6.4 || 21.6.5": true },
            pnpm: { onlyBuiltDependencies: ["sharp"], neverBuiltDependencies: ["fsevents"] },
            lavamoat: { allowScripts: { "vite>esbuild": true, "keccak": false } },
            trustedDependencies: ["bufferutil"],
            dependenciesMeta: { "canvas@2.11.2": { built: false } },
          },
        ),
        "pnpm-workspace.yaml": "allowBuilds:\n  '@parcel/watcher': true\n  puppeteer: false\n",
      },
      config: { allowInstallScripts: ["better-sqlite3@^11"] },
    });
    const policy = installScriptPolicy(snapshot);
    const decision = (name: string, version: string): string | undefined => findScriptPolicy(policy, name, version)?.decision;
    expect(decision("esbuild", "0.21.5")).toBe("allowed");
    expect(decision("core-js", "3.38.0")).toBe("blocked");
    expect(decision("nx", "21.6.5")).toBe("allowed");
    expect(decision("nx", "21.7.0")).toBeUndefined();
    expect(decision("sharp", "0.33.5")).toBe("allowed");
    expect(decision("fsevents", "2.3.3")).toBe("blocked");
    expect(decision("keccak", "3.0.4")).toBe("blocked");
    expect(decision("bufferutil", "4.0.8")).toBe("allowed");
    expect(decision("canvas", "2.11.2")).toBe("blocked");
    expect(decision("@parcel/watcher", "2.5.0")).toBe("allowed");
    expect(decision("puppeteer", "23.0.0")).toBe("blocked");
    expect(decision("better-sqlite3", "11.3.0")).toBe("allowed");
    expect(decision("better-sqlite3", "12.0.0")).toBeUndefined();
    expect(findScriptPolicy(policy, "@parcel/watcher", "2.5.0")?.mechanism).toBe('pnpm-workspace.yaml "allowBuilds"');
  });
});
