/** A ProcessPool worker process: loads the handler module named in argv and runs the jobs its parent sends, one at a time. */
import { UserError } from "../errors.js";
import type { ChildMessage, ParentMessage, PoolHandler } from "./pool-protocol.js";

const handlerUrl = process.argv[2];
if (!handlerUrl || !process.send) {
  process.stderr.write("pool-child: run by ProcessPool only (needs an IPC channel and a handler module)\n");
  process.exit(2);
}

// Ctrl-C in a terminal reaches the whole process group: the parent decides when a worker stops.
process.on("SIGINT", () => {});
// A parent that went away leaves nobody to report to.
process.on("disconnect", () => process.exit(0));

const handler = (await import(handlerUrl)) as PoolHandler;
let stopping = false;
let busy = false;

/** Resolves once the message is handed to the channel, so exiting after it does not lose it. */
function reply(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.connected || !process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

process.on("message", (message: ParentMessage) => {
  if (message.type === "stop") {
    stopping = true;
    if (!busy) process.exit(0);
    return;
  }
  if (message.type !== "job") return;
  busy = true;
  void (async () => {
    let result: ChildMessage;
    try {
      const value = await handler.handle(message.payload);
      result = { type: "result", id: message.id, ok: true, value };
    } catch (error) {
      const text = error instanceof UserError ? error.oneLine() : error instanceof Error ? error.message : String(error);
      result = { type: "result", id: message.id, ok: false, error: { message: text.split("\n")[0] ?? "", ...(error instanceof UserError ? { userError: true } : {}) } };
    }
    await reply({ ...result, rssMb: Math.round(process.memoryUsage.rss() / 1048576), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
    busy = false;
    if (stopping) process.exit(0);
  })();
});

await reply({ type: "ready" });
