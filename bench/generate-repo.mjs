// Generates the benchmark repo: a 1,500-package npm lockfile (v3), 500 source files, and a warm packument cache.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPackumentCache } from "../build/facts/registry-cache.js";
import { defaultRegistry } from "../build/facts/registry.js";

export async function generateRepo(root, cacheDir, packageCount = 1500, sourceCount = 500) {
  const names = Array.from({ length: packageCount }, (_, i) => `bench-dependency-${String(i).padStart(4, "0")}`);
  const direct = names.slice(0, 60);
  const dependencies = Object.fromEntries(direct.map((n) => [n, "^1.0.0"]));
  const packages = { "": { name: "bench-server", version: "1.0.0", dependencies } };
  names.forEach((name, i) => {
    packages[`node_modules/${name}`] = {
      version: "1.0.0",
      resolved: `https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz`,
      integrity: `sha512-${Buffer.from(name.padEnd(64, "x")).toString("base64")}`,
      ...(i % 3 === 0 ? { dev: true } : {}),
    };
  });
  mkdirSync(path.join(root, "src"), { recursive: true });
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "bench-server", version: "1.0.0", dependencies }, null, 2));
  writeFileSync(path.join(root, "package-lock.json"), JSON.stringify({ name: "bench-server", version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2));
  for (let i = 0; i < sourceCount; i++) {
    const body = Array.from({ length: 40 }, (_, j) => `export function handler${j}(input) {\n  const value = input?.items?.[${j}] ?? "${i}-${j}";\n  return String(value).trim();\n}\n`).join("\n");
    writeFileSync(path.join(root, "src", `module-${i}.js`), `import { readFile } from "node:fs/promises";\n${body}`);
  }
  const cache = createPackumentCache(path.join(cacheDir, "packuments"), defaultRegistry());
  await Promise.all(
    names.map((name) =>
      cache.write(name, {
        registry: defaultRegistry(),
        fetchedAt: Date.now(),
        fact: { name, distTags: { latest: "1.0.0" }, created: "2020-01-01T00:00:00.000Z", versions: { "1.0.0": { published: "2020-01-01T00:00:00.000Z" } } },
      }),
    ),
  );
}
