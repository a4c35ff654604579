/** Snapshot facts for the provenance rules: a published package and a source package.json naming a repository. */
import type { AttestationFacts, PublishedPackage, Snapshot } from "../../../src/model.js";

export function publishedNuxt(version: string): PublishedPackage {
  return {
    name: "nuxt",
    version,
    registry: "https://registry.npmjs.org/",
    chosenBy: "package.json",
    registryManifest: { name: "nuxt", version },
    entries: [],
    tarballIntegrity: "sha512-unused",
    distTags: {},
    sourceIsTarball: false,
  };
}

/** A source tree whose package.json is nuxt@version with the given repository field. */
export function nuxtSource(version: string, repository: unknown = { type: "git", url: "git+https://github.com/nuxt/nuxt.git", directory: "packages/nuxt" }): Record<string, string> {
  return { "package.json": JSON.stringify({ name: "nuxt", version, repository }, null, 2) };
}

export function withFacts(version: string, attestations: AttestationFacts, extra: Partial<Snapshot> = {}): Partial<Snapshot> {
  return { published: publishedNuxt(version), attestations, skipped: [], ...extra };
}
