import { scanTree } from "../src/scan.js";
import { openDirectory } from "../src/sources/local.js";
import { inMemoryClients, writeTree } from "../test/helpers/snapshot.js";
test("x", async () => {
  const root = writeTree({ "package.json": JSON.stringify({ name: "demo", version: "1.0.0", dependencies: { zod: "^3.0.0" } }), "package-lock.json": JSON.stringify({ name: "demo", lockfileVersion: 3, packages: { "": { dependencies: { zod: "^3.0.0" } }, "node_modules/zod": { version: "3.25.0", resolved: "https://registry.npmjs.org/zod/-/zod-3.25.0.tgz", integrity: "sha512-x" } } }), "src/index.ts": "console.error('hi')\n" });
  const report = await scanTree(openDirectory(root), { clients: inMemoryClients({}) });
  console.log(JSON.stringify(report.skipped, null, 1), report.partial, JSON.stringify(report.dimensions));
});
