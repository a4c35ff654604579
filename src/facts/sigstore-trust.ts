/** The sigstore trusted root and the npm registry keys that ship inside @sigstore/tuf (seeds.json), so verification needs no TUF refresh. */
import { createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { TrustedRoot } from "@sigstore/protobuf-specs";
import { Verifier, toTrustMaterial, type KeyFinderFunc } from "@sigstore/verify";

const PUBLIC_GOOD_TUF = "https://tuf-repo-cdn.sigstore.dev";
const TRUSTED_ROOT_TARGET = "trusted_root.json";
const NPM_KEYS_TARGET = "registry.npmjs.org%2Fkeys.json";

/** One npm registry key: `npm:signatures` signs `name@version:integrity`, `npm:attestations` signs publish attestations. */
export interface NpmRegistryKey {
  keyId: string;
  usage: "npm:signatures" | "npm:attestations";
  publicKey: KeyObject;
  validFrom?: Date;
  validUntil?: Date;
}

interface SeedRepo {
  targets: Record<string, string>;
}

interface KeysDocument {
  keys: {
    keyId: string;
    keyUsage: string;
    publicKey: { rawBytes: string; keyDetails?: string; validFor?: { start?: string; end?: string } };
  }[];
}

let seedTargets: Record<string, string> | undefined;

/** The public-good instance's TUF targets as seeds.json embeds them (base64). */
function readSeedTargets(): Record<string, string> {
  if (seedTargets) return seedTargets;
  const require = createRequire(import.meta.url);
  const seeds = JSON.parse(readFileSync(require.resolve("@sigstore/tuf/seeds.json"), "utf8")) as Record<string, SeedRepo>;
  const repo = seeds[PUBLIC_GOOD_TUF];
  if (!repo?.targets) throw new Error(`@sigstore/tuf's seeds.json has no targets for ${PUBLIC_GOOD_TUF}`);
  seedTargets = repo.targets;
  return seedTargets;
}

function seedTarget(name: string): string {
  const encoded = readSeedTargets()[name];
  if (encoded === undefined) throw new Error(`@sigstore/tuf's seeds.json has no ${decodeURIComponent(name)} target`);
  return Buffer.from(encoded, "base64").toString("utf8");
}

let registryKeys: NpmRegistryKey[] | undefined;

/** The npm registry's signing keys, with the periods they are valid for. */
export function npmRegistryKeys(): NpmRegistryKey[] {
  if (registryKeys) return registryKeys;
  const document = JSON.parse(seedTarget(NPM_KEYS_TARGET)) as KeysDocument;
  registryKeys = document.keys
    .filter((k) => k.keyUsage === "npm:signatures" || k.keyUsage === "npm:attestations")
    .map((k) => ({
      keyId: k.keyId,
      usage: k.keyUsage as NpmRegistryKey["usage"],
      publicKey: createPublicKey({ key: Buffer.from(k.publicKey.rawBytes, "base64"), format: "der", type: "spki" }),
      ...(k.publicKey.validFor?.start ? { validFrom: new Date(k.publicKey.validFor.start) } : {}),
      ...(k.publicKey.validFor?.end ? { validUntil: new Date(k.publicKey.validFor.end) } : {}),
    }));
  return registryKeys;
}

export function keyValidAt(key: NpmRegistryKey, when: Date): boolean {
  return (!key.validFrom || when >= key.validFrom) && (!key.validUntil || when <= key.validUntil);
}

/** Finds the npm attestation key a keyed bundle's hint names; throws (as the verifier expects) when there is none. */
const npmAttestationKeyFinder: KeyFinderFunc = (hint) => {
  const key = npmRegistryKeys().find((k) => k.keyId === hint && k.usage === "npm:attestations");
  if (!key) throw new Error(`no npm registry attestation key with keyid ${hint}`);
  return { publicKey: key.publicKey, validFor: (date) => keyValidAt(key, date) };
};

let verifier: Verifier | undefined;

/** A verifier trusting the public-good Fulcio, Rekor and CT logs, and npm's attestation keys, as of the installed @sigstore/tuf. */
export function sigstoreVerifier(): Verifier {
  if (verifier) return verifier;
  const root = TrustedRoot.fromJSON(JSON.parse(seedTarget(TRUSTED_ROOT_TARGET)));
  verifier = new Verifier(toTrustMaterial(root, npmAttestationKeyFinder));
  return verifier;
}
