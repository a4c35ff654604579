/** Writes a file all at once: a temp file beside it, then a rename, so a failed scan never leaves half a file. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UserError } from "./errors.js";

export function writeFileAtomic(file: string, content: string): void {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temp file never got written where it cannot be removed.
    }
    const code = (error as { code?: string }).code;
    throw new UserError(`cannot write the output file${code ? ` (${code})` : ""}`, { file });
  }
}
