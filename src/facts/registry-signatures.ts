/** Checks a version manifest's `dist.signatures` (ECDSA P-256 over `name@version:integrity`) against the npm registry keys. */
import { verify } from "node:crypto";
import type { RegistrySignatureCheck } from "../model.js";
import { keyValidAt, npmRegistryKeys } from "./sigstore-trust.js";

export interface SignedVersion {
  name: string;
  version: string;
  integrity: string;
  /** When the version was published (packument `time[version]`): a key only counts inside its validity period. */
  publishedAt?: Date;
}

/** Reads `dist.signatures` as `[{ keyid, sig }]`; entries of any other shape are dropped. */
export function readDistSignatures(dist: unknown): { keyid: string; sig: string }[] {
  const list = (dist as { signatures?: unknown } | undefined)?.signatures;
  if (!Array.isArray(list)) return [];
  return list.flatMap((s: unknown) => {
    const { keyid, sig } = (s ?? {}) as { keyid?: unknown; sig?: unknown };
    return typeof keyid === "string" && typeof sig === "string" ? [{ keyid, sig }] : [];
  });
}

export function checkRegistrySignatures(signed: SignedVersion, signatures: { keyid: string; sig: string }[]): RegistrySignatureCheck[] {
  const message = Buffer.from(`${signed.name}@${signed.version}:${signed.integrity}`, "utf8");
  return signatures.map(({ keyid, sig }): RegistrySignatureCheck => {
    const key = npmRegistryKeys().find((k) => k.keyId === keyid && k.usage === "npm:signatures");
    if (!key) return { keyid, verification: { ok: false, error: `no npm registry signing key has keyid ${keyid}` } };
    if (signed.publishedAt && !keyValidAt(key, signed.publishedAt)) {
      return { keyid, verification: { ok: false, error: `key ${keyid} was not valid when the version was published (${signed.publishedAt.toISOString()})` } };
    }
    let valid = false;
    try {
      valid = verify("sha256", message, key.publicKey, Buffer.from(sig, "base64"));
    } catch {
      valid = false;
    }
    return valid
      ? { keyid, verification: { ok: true } }
      : { keyid, verification: { ok: false, error: `the signature does not match ${signed.name}@${signed.version}:${signed.integrity.slice(0, 24)}…` } };
  });
}
