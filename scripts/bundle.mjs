#!/usr/bin/env node
// Bundles the Action (src/action/main.ts) into dist/ with esbuild; `--check` only tells whether dist/ is stale against its inputs.
//
// dist/ holds:
//   index.js             every pure-JS module (ours and node_modules) in one ESM file, target node20
//   package.json         {type: module, name, version}: Node reads dist/index.js as ESM; src/version.ts reads the version here
//   data/                a copy of data/: the rules read it at run time
//   schema/              a copy of schema/: the config is validated against schema/config.schema.json at run time
//   vendor/              the native parsers (oxc-parser, @ast-grep/napi) with their linux-x64 .node bindings beside their
//                        loaders (napi-rs loaders try that local file first), and files read at run time (@sigstore/tuf's
//                        seeds.json): a .node addon cannot be inlined into JS, and the Action cannot `npm ci` at run time
//   prebuilds/           @ast-grep/lang-python's linux-x64 parser: its loader (bundled) looks for it beside index.js
//   bundle-inputs.json   the hash of everything the bundle is built from; the test suite fails when it no longer matches
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPT = path.relative(ROOT, fileURLToPath(import.meta.url)).split(path.sep).join("/");

/** Packages with native addons: external to the bundle, imported from dist/vendor/, with their platform binding beside the loader. */
const NATIVE_PACKAGES = {
  "oxc-parser": { entry: "src-js/index.js", loaderDir: "src-js" },
  "@ast-grep/napi": { entry: "index.js", loaderDir: "." },
};
/** Bundled as JS, but its loader finds a prebuilt parser through __dirname: that folder is copied beside dist/index.js. */
const PREBUILT_PACKAGES = ["@ast-grep/lang-python"];
/** GitHub's hosted Linux runners; other platforms' bindings stay out of the committed bundle. */
const PLATFORM = { binding: /linux-x64-gnu$/, prebuild: "prebuild-Linux-X64" };

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** sha256 over the sources, the data, the lockfile, the dependencies and this script: what decides the bundle's content. */
export function bundleInputsHash(root = ROOT) {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const files = [...listFiles(path.join(root, "src")), ...listFiles(path.join(root, "data")), ...listFiles(path.join(root, "schema")), path.join(root, "package-lock.json"), path.join(root, SCRIPT)]
    .map((f) => path.relative(root, f).split(path.sep).join("/"))
    .sort();
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ name: manifest.name, version: manifest.version, dependencies: manifest.dependencies ?? {} }));
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return { hash: hash.digest("hex"), files: files.length };
}

/**
 * Bundled, every module shares dist/index.js's import.meta.url, so `new URL("../../../data/x", import.meta.url)` in
 * src/rules/supply-chain/typosquat.ts would leave the Action's folder. This rewrites each of our modules' import.meta.url
 * to where the module would sit under dist/_src/, which keeps every relative lookup written for src/ and build/
 * (`../package.json`, `../../../data/...`) pointing into dist/.
 */
const moduleUrlPlugin = {
  name: "module-url",
  setup(build) {
    const srcDir = path.join(ROOT, "src");
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(srcDir + path.sep)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url") && !RUNTIME_RESOLVE.test(text)) return { contents: text, loader: "ts" };
      const rel = path.relative(srcDir, args.path).split(path.sep).join("/").replace(/\.ts$/, ".js");
      const replaced = text
        .replaceAll("import.meta.url", `new URL(${JSON.stringify(`./_src/${rel}`)}, import.meta.url).href`)
        .replace(RUNTIME_RESOLVE, (_call, spec) => `__mcpTrustVendorPath(${JSON.stringify(spec)})`);
      return { contents: replaced, loader: "ts" };
    });
  },
};

/**
 * Packages whose `main` is a UMD wrapper that require()s its own files through a variable, which no bundler can follow:
 * their ESM build (the package's `module` field) is bundled instead.
 */
const ESM_ENTRIES = { "jsonc-parser": "lib/esm/main.js" };

const esmEntryPlugin = {
  name: "esm-entry",
  setup(build) {
    const names = Object.keys(ESM_ENTRIES).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
    build.onResolve({ filter: new RegExp(`^(${names.join("|")})$`) }, (args) => ({ path: path.join(packageDir(args.path), ESM_ENTRIES[args.path]) }));
  },
};

/**
 * Files our modules find at run time with require.resolve("pkg/file") (src/facts/sigstore-trust.ts reads @sigstore/tuf's
 * seeds.json): copied to dist/vendor/pkg/file, and the call is rewritten to that path.
 */
const RUNTIME_RESOLVE = /require\.resolve\(\s*["']([^"'.][^"']*)["']\s*\)/g;

function runtimeResolvedFiles() {
  const specs = new Set();
  for (const file of listFiles(path.join(ROOT, "src"))) {
    for (const match of readFileSync(file, "utf8").matchAll(RUNTIME_RESOLVE)) specs.add(match[1]);
  }
  return [...specs].sort();
}

/** Imports of the native packages point at their copies in dist/vendor/, relative to dist/index.js. */
const vendorPlugin = {
  name: "vendor",
  setup(build) {
    const names = Object.keys(NATIVE_PACKAGES).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
    build.onResolve({ filter: new RegExp(`^(${names.join("|")})$`) }, (args) => ({
      path: `./vendor/${args.path}/${NATIVE_PACKAGES[args.path].entry}`,
      external: true,
    }));
  },
};

/** CommonJS dependencies inside an ESM bundle still call require() for Node built-ins and read __dirname. */
const BANNER = [
  'import { createRequire as __mcpTrustCreateRequire } from "node:module";',
  'import { fileURLToPath as __mcpTrustFileURLToPath } from "node:url";',
  'import { dirname as __mcpTrustDirname, join as __mcpTrustJoin } from "node:path";',
  "const require = __mcpTrustCreateRequire(import.meta.url);",
  "const __filename = __mcpTrustFileURLToPath(import.meta.url);",
  "const __dirname = __mcpTrustDirname(__filename);",
  'const __mcpTrustVendorPath = (spec) => __mcpTrustJoin(__dirname, "vendor", ...spec.split("/"));',
].join("\n");

function packageDir(name) {
  return path.join(ROOT, "node_modules", ...name.split("/"));
}

/** What of a native package the runtime needs: no type declarations, docs, sources, wasm fallbacks or other platforms' prebuilds. */
function keepFile(src) {
  const base = path.basename(src);
  if (/\.(d\.[cm]?ts|map|md|wasm|c|h|cc)$/i.test(base) || /\.wasm32-wasi/.test(base)) return false;
  const parts = src.split(path.sep);
  const prebuilds = parts.indexOf("prebuilds");
  if (prebuilds >= 0 && parts[prebuilds + 1] && parts[prebuilds + 1] !== PLATFORM.prebuild) return false;
  if (parts.includes("src") && parts.includes("lang-python")) return false;
  return true;
}

/** Copies each native package to dest/vendor/<name>, with this platform's .node binding beside its loader. */
function copyNativePackages(dest) {
  const copied = [];
  for (const [name, { loaderDir }] of Object.entries(NATIVE_PACKAGES)) {
    const dir = packageDir(name);
    if (!existsSync(dir)) throw new Error(`${name} is not installed: run npm ci before bundling`);
    const target = path.join(dest, "vendor", ...name.split("/"));
    cpSync(dir, target, { recursive: true, filter: (src) => statSync(src).isDirectory() || keepFile(src) });
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    const bindings = Object.keys(manifest.optionalDependencies ?? {}).filter((optional) => PLATFORM.binding.test(optional) && existsSync(packageDir(optional)));
    if (bindings.length === 0) throw new Error(`${name} has no installed ${PLATFORM.binding} binding: run npm ci on linux-x64 before bundling`);
    for (const binding of bindings) {
      for (const file of listFiles(packageDir(binding)).filter((f) => f.endsWith(".node"))) cpSync(file, path.join(target, loaderDir, path.basename(file)));
      copied.push(binding);
    }
    copied.push(name);
  }
  for (const name of PREBUILT_PACKAGES) {
    const prebuild = path.join(packageDir(name), "prebuilds", PLATFORM.prebuild);
    if (!existsSync(prebuild)) throw new Error(`${name} has no ${PLATFORM.prebuild} prebuild`);
    cpSync(prebuild, path.join(dest, "prebuilds", PLATFORM.prebuild), { recursive: true });
    copied.push(name);
  }
  return copied.sort();
}

async function bundle(outDir) {
  const esbuild = await import("esbuild");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "src/action/main.ts")],
    outfile: path.join(outDir, "index.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: Object.keys(NATIVE_PACKAGES),
    banner: { js: BANNER },
    plugins: [vendorPlugin, moduleUrlPlugin, esmEntryPlugin],
    legalComments: "none",
    logLevel: "warning",
    metafile: false,
  });
  if (result.errors.length > 0) throw new Error("esbuild failed");
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  writeFileSync(
    path.join(outDir, "package.json"),
    `${JSON.stringify({ name: manifest.name, version: manifest.version, private: true, type: "module", description: "The mcp-trust GitHub Action bundle: built by scripts/bundle.mjs, do not edit." }, null, 2)}\n`,
  );
  cpSync(path.join(ROOT, "data"), path.join(outDir, "data"), { recursive: true });
  cpSync(path.join(ROOT, "schema"), path.join(outDir, "schema"), { recursive: true });
  const natives = copyNativePackages(outDir);
  const resolved = runtimeResolvedFiles();
  for (const spec of resolved) {
    const from = createRequire(path.join(ROOT, "src", "index.js")).resolve(spec);
    const to = path.join(outDir, "vendor", ...spec.split("/"));
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to);
  }
  writeFileSync(path.join(outDir, "bundle-inputs.json"), `${JSON.stringify({ ...bundleInputsHash(), natives, runtimeFiles: resolved, builtWith: `esbuild ${esbuild.version}` }, null, 2)}\n`);
  return natives;
}

function check(outDir) {
  const stamp = path.join(outDir, "bundle-inputs.json");
  if (!existsSync(stamp)) return `${path.relative(ROOT, outDir)} has no bundle-inputs.json: run npm run bundle`;
  const recorded = JSON.parse(readFileSync(stamp, "utf8")).hash;
  const current = bundleInputsHash().hash;
  return recorded === current ? undefined : `${path.relative(ROOT, outDir)} is stale against src/, data/ or package-lock.json: run npm run bundle and commit dist/`;
}

const isMain = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (isMain) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(ROOT, "dist");
  if (args.includes("--check")) {
    const problem = check(outDir);
    if (problem) {
      process.stderr.write(`${problem}\n`);
      process.exit(1);
    }
    process.stdout.write("dist/ is up to date\n");
  } else {
    const started = Date.now();
    const natives = await bundle(outDir);
    process.stdout.write(`bundled ${path.relative(ROOT, outDir)}/index.js in ${Date.now() - started} ms (native: ${natives.join(", ")})\n`);
  }
}
