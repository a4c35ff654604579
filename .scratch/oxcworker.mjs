import { Worker } from "node:worker_threads";
const [kind, n] = process.argv.slice(2);
const w = new Worker(new URL("./oxcdepth.mjs", import.meta.url), { argv: [kind, n] });
w.on("exit", (c) => process.exit(c));
