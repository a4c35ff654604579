/** The registry side of package verification: a full packument and a tarball's bytes, through pacote by default. */
import path from "node:path";
import pacote from "pacote";
import { UnavailableError } from "../errors.js";

/** A packument as the registry serves it with full metadata; each version entry is that version's manifest. */
export interface RegistryPackument {
  name: string;
  "dist-tags"?: Record<string, string>;
  versions: Record<string, Record<string, unknown>>;
  /** Publish times by version (plus `created` and `modified`). */
  time?: Record<string, string>;
}

export interface PublishedClient {
  registry: string;
  /** The full packument; undefined when the registry has no such package. Throws UnavailableError when unreachable. */
  packument(name: string): Promise<RegistryPackument | undefined>;
  /** The tarball's bytes, not yet integrity-checked. Throws UnavailableError when unreachable. */
  tarball(name: string, version: string): Promise<Buffer>;
}

export interface PublishedClientOptions {
  registry: string;
  cacheDir?: string;
  offline?: boolean;
}

export function createPublishedClient(options: PublishedClientOptions): PublishedClient {
  const pacoteOptions = {
    registry: options.registry,
    ...(options.cacheDir ? { cache: path.join(options.cacheDir, "pacote") } : {}),
    ...(options.offline ? { offline: true } : {}),
  };
  return {
    registry: options.registry,
    async packument(name) {
      try {
        const doc = await pacote.packument(name, { ...pacoteOptions, fullMetadata: true });
        return doc as unknown as RegistryPackument;
      } catch (error) {
        if ((error as { code?: string }).code === "E404") return undefined;
        throw unavailable(`the packument of ${name}`, error);
      }
    },
    async tarball(name, version) {
      try {
        // No integrity option: the caller checks it with ssri and reports a mismatch itself.
        return await pacote.tarball(`${name}@${version}`, pacoteOptions);
      } catch (error) {
        throw unavailable(`the tarball of ${name}@${version}`, error);
      }
    },
  };
}

function unavailable(what: string, error: unknown): UnavailableError {
  const code = (error as { code?: string }).code;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  if (code === "ENOTCACHED") return new UnavailableError(`${what} is not cached and --offline forbids fetching it`, { cause: error });
  return new UnavailableError(`could not fetch ${what}: ${code ? `${code} ` : ""}${message}`, { cause: error });
}
