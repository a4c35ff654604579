/** Reads the lockfile fixtures under test/fixtures/lockfiles/ for the parser tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function lockfileFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/lockfiles/${name}`, import.meta.url)), "utf8");
}
