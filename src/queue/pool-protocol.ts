/** The messages between a ProcessPool and its worker processes (over the IPC channel, structured clone). */

export type ParentMessage = { type: "job"; id: number; payload: unknown } | { type: "stop" };

export type ChildMessage =
  | { type: "ready" }
  | {
      type: "result";
      id: number;
      /** Resident memory after the job and the process's peak so far, for recycling and the bench. */
      rssMb?: number;
      maxRssMb?: number;
    } & ({ ok: true; value: unknown } | { ok: false; error: { message: string; userError?: boolean } });

/** What a handler module exports: one job in, its result out (a throw becomes an `error` outcome). */
export interface PoolHandler {
  handle(payload: unknown): Promise<unknown>;
}
