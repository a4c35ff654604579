/**
 * TOML reading for the Python manifests and lockfiles, with smol-toml: a small, dependency-free, spec-compliant
 * (TOML 1.0, fully tested against toml-test) parser whose errors carry the line, which becomes a UserError.
 */
import { parse, TomlError } from "smol-toml";
import { UserError } from "../../errors.js";

export type TomlTable = Record<string, unknown>;

/** Parses a TOML file; malformed TOML is a UserError naming the file and line. */
export function parseTomlFile(text: string, file: string): TomlTable {
  try {
    return parse(text.replace(/^\uFEFF/, "")) as TomlTable;
  } catch (error) {
    if (error instanceof TomlError) {
      throw new UserError(`malformed TOML: ${error.message.split("\n")[0]}`, { file, line: error.line });
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(`malformed TOML: ${message.split("\n")[0]}`, { file });
  }
}

export function table(value: unknown): TomlTable {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? (value as TomlTable) : {};
}

export function tables(value: unknown): TomlTable[] {
  return Array.isArray(value) ? value.filter((v): v is TomlTable => v !== null && typeof v === "object" && !Array.isArray(v)) : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A TOML date-time as ISO text (smol-toml returns its own Date subclass), or a string as written. */
export function isoTime(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return typeof value === "string" ? value : undefined;
}
