/** Test material for the App: a throwaway key, a repository tarball with many located findings, and webhook payloads. */
import { generateKeyPairSync } from "node:crypto";
import { githubArchive } from "./tarball.js";

export const APP_ID = 123;
export const INSTALLATION_ID = 2;
export const OWNER = "octo";
export const REPO = "server";

export function throwawayPrivateKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}

/**
 * An MCP server whose lockfile has `count` registry packages; without integrity hashes each one is a located
 * supply-chain/missing-integrity finding (medium) in package-lock.json.
 */
export function serverTarball(options: { count: number; integrity: boolean; config?: string; version?: string; files?: Record<string, string> }): Buffer {
  const names = Array.from({ length: options.count }, (_, i) => `dep-${String(i).padStart(3, "0")}`);
  const manifest = {
    name: "octo-server",
    version: options.version ?? "1.0.0",
    dependencies: Object.fromEntries(names.map((n) => [n, "1.0.0"])),
  };
  const lock = {
    name: "octo-server",
    version: manifest.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "octo-server", version: manifest.version, dependencies: manifest.dependencies },
      ...Object.fromEntries(
        names.map((n) => [
          `node_modules/${n}`,
          {
            version: "1.0.0",
            resolved: `https://registry.npmjs.org/${n}/-/${n}-1.0.0.tgz`,
            ...(options.integrity ? { integrity: `sha512-${Buffer.from(n).toString("base64")}==` } : {}),
          },
        ]),
      ),
    },
  };
  return githubArchive({
    "package.json": `${JSON.stringify(manifest, null, 2)}\n`,
    "package-lock.json": `${JSON.stringify(lock, null, 2)}\n`,
    ...(options.config ? { ".github/mcp-trust.yml": options.config } : {}),
    ...options.files,
  });
}

export const repository = { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER }, default_branch: "main", private: false };
export const installation = { id: INSTALLATION_ID };

export function pullRequestPayload(action: "opened" | "synchronize", headSha: string, baseSha: string): Record<string, unknown> {
  return { action, number: 7, pull_request: { number: 7, base: { sha: baseSha, ref: "main" }, head: { sha: headSha, ref: "feature" } }, repository, installation };
}
