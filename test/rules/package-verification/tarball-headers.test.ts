import { tarballUnexpectedExecutable, tarballUnsafeEntry } from "../../../src/rules/package-verification/tarball-headers.js";
import { ruleTest } from "../../helpers/rule-test.js";
import { pkg, publishedFacts, rawTarball } from "../../helpers/published.js";
import { plainSource } from "./fixtures.js";

const manifest = pkg({ name: "plain-mcp", main: "index.js", bin: { plain: "./cli.js" } });
const files = { ...plainSource, "package.json": manifest, "cli.js": "#!/usr/bin/env node\n" };
const entries = [
  { path: "package/package.json", data: manifest },
  { path: "package/index.js", data: plainSource["index.js"] },
  { path: "package/cli.js", data: "#!/usr/bin/env node\n", mode: 0o755 },
];

ruleTest(tarballUnsafeEntry, {
  fires: [
    {
      name: "a `..` path and an absolute path (never extracted)",
      files,
      facts: await publishedFacts({ source: files, bytes: rawTarball([...entries, { path: "package/../../.bashrc", data: "evil" }, { path: "/etc/cron.d/x", data: "evil" }]) }),
      count: 2,
      severity: "high",
      expect: (findings) => expect(findings.map((f) => f.evidence).sort()).toEqual(["/etc/cron.d/x", "package/../../.bashrc"]),
    },
    {
      name: "a symbolic link and a hard link",
      files,
      facts: await publishedFacts({
        source: files,
        bytes: rawTarball([...entries, { path: "package/key", type: "SymbolicLink", linkpath: "/home/user/.ssh/id_rsa" }, { path: "package/copy", type: "Link", linkpath: "package/index.js" }]),
      }),
      count: 2,
      severity: "medium",
    },
  ],
  quiet: [{ name: "regular files only", files, facts: await publishedFacts({ source: files, bytes: rawTarball(entries) }) }],
});

ruleTest(tarballUnexpectedExecutable, {
  fires: [
    {
      name: "an executable file that is not a bin",
      files,
      facts: await publishedFacts({ source: files, bytes: rawTarball([...entries.slice(0, 1), { path: "package/index.js", data: plainSource["index.js"], mode: 0o755 }, entries[2]!]) }),
      count: 1,
      severity: "low",
      expect: ([f]) => expect(f!.location?.path).toBe("index.js"),
    },
  ],
  quiet: [
    { name: "only the bin (./cli.js, normalised) is executable", files, facts: await publishedFacts({ source: files, bytes: rawTarball(entries) }) },
    { name: "npm pack marks bins executable itself", files, facts: await publishedFacts({ source: files }) },
  ],
});
