import { judgeSpec, packageRunOf, unpinnedFetches } from "../../../src/rules/supply-chain/package-runner.js";

describe("packageRunOf", () => {
  test("reads runners, -y and --package", () => {
    expect(packageRunOf(["npx", "-y", "pkg@latest", "--flag"])).toMatchObject({ runner: "npx", yes: true, specs: [{ spec: "pkg@latest", viaPackageFlag: false }] });
    expect(packageRunOf(["npx.cmd", "--yes", "--package=@a/b@1", "--package", "c", "bin"])).toMatchObject({
      specs: [{ spec: "@a/b@1", viaPackageFlag: true }, { spec: "c", viaPackageFlag: true }],
    });
    expect(packageRunOf(["pnpm", "dlx", "create-x"])).toMatchObject({ runner: "pnpm dlx", alwaysFetches: true });
    expect(packageRunOf(["uvx", "--python", "3.12", "--from", "pkg==1.0", "tool"])).toMatchObject({ runner: "uvx", specs: [{ spec: "pkg==1.0" }] });
    expect(packageRunOf(["pipx", "run", "black"])).toMatchObject({ runner: "pipx run", specs: [{ spec: "black" }] });
    expect(packageRunOf(["npm", "install"])).toBeUndefined();
    expect(packageRunOf(["node", "x.js"])).toBeUndefined();
  });
});

describe("judgeSpec", () => {
  test.each([
    ["pkg@1.2.3", "npm", "pinned"],
    ["@s/p@1.2.3", "npm", "pinned"],
    ["pkg@latest", "npm", "unpinned"],
    ["pkg@^1.0.0", "npm", "unpinned"],
    ["pkg", "npm", "unpinned"],
    ["github:a/b", "npm", "unpinned"],
    ["github:a/b#0123456789abcdef0123456789abcdef01234567", "npm", "pinned"],
    ["https://x.example/p.tgz", "npm", "unpinned"],
    ["./local-dir", "npm", "local"],
    ["tool==1.2.3", "pypi", "pinned"],
    ["tool@1.2.3", "pypi", "pinned"],
    ["tool@latest", "pypi", "unpinned"],
    ["tool>=1", "pypi", "unpinned"],
    ["tool", "pypi", "unpinned"],
    ["git+https://github.com/a/b@0123456789abcdef0123456789abcdef01234567", "pypi", "pinned"],
    ["git+https://github.com/a/b@main", "pypi", "unpinned"],
  ] as const)("%s (%s) is %s", (spec, ecosystem, kind) => {
    expect(judgeSpec(spec, ecosystem).kind).toBe(kind);
  });
});

describe("unpinnedFetches", () => {
  const none = new Set<string>();
  test("bare names count with -y, --package, a scope, or a runner that always fetches", () => {
    expect(unpinnedFetches(["npx", "-y", "tool"], none)).toHaveLength(1);
    expect(unpinnedFetches(["npx", "@scope/tool"], none)).toHaveLength(1);
    expect(unpinnedFetches(["npx", "-p", "tool", "bin"], none)).toHaveLength(1);
    expect(unpinnedFetches(["yarn", "dlx", "tool"], new Set(["tool"]))).toHaveLength(1);
    expect(unpinnedFetches(["npx", "tsc"], none)).toHaveLength(0);
    expect(unpinnedFetches(["npx", "-y", "tool"], new Set(["tool"]))).toHaveLength(0);
  });

  test("an explicit moving version counts even for an installed package; a pinned one never does", () => {
    expect(unpinnedFetches(["npx", "tool@latest"], new Set(["tool"]))[0]).toMatchObject({ reason: "moving-version", name: "tool" });
    expect(unpinnedFetches(["npx", "-y", "tool@2.0.0"], none)).toHaveLength(0);
    expect(unpinnedFetches(["npx", "-y", undefined], none)).toHaveLength(0);
  });
});
