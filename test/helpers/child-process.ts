/** Node flags for a child process that runs the TypeScript sources (a ProcessPool worker in tests). */
import { fileURLToPath } from "node:url";

export const TS_EXEC_ARGV = ["--import", fileURLToPath(new URL("./ts-register.mjs", import.meta.url)), "--no-warnings"];
