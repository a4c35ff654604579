/** fetch with a per-request deadline (covering the body too) and one-line descriptions of failures. */

/** Why a request did not produce a response; `timeout` is kept apart because it is not worth retrying. */
export class RequestFailure extends Error {
  constructor(
    message: string,
    readonly timeout: boolean,
  ) {
    super(message);
    this.name = "RequestFailure";
  }
}

/**
 * Runs `request` with an AbortSignal that fires after `timeoutMs`; the deadline covers reading the
 * body, so `request` should consume it before returning. Network errors and timeouts become RequestFailure.
 */
export async function withDeadline<T>(timeoutMs: number, request: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await request(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw new RequestFailure(`timed out after ${formatDuration(timeoutMs)}`, true);
    throw new RequestFailure(describeNetworkError(error), false);
  } finally {
    clearTimeout(timer);
  }
}

/** "ECONNREFUSED 127.0.0.1:443" rather than undici's bare "fetch failed". */
export function describeNetworkError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    // Errors may come from another realm (jest's vm, nock), so duck-type rather than instanceof.
    if (typeof current !== "object") {
      parts.push(String(current));
      break;
    }
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    const text = typeof message === "string" ? message : "";
    const labelled = typeof code === "string" && !text.includes(code) ? `${code} ${text}`.trim() : text;
    if (labelled && !parts.includes(labelled)) parts.push(labelled);
    current = cause;
  }
  // undici's outer "fetch failed" says nothing once the cause is known.
  const useful = parts.length > 1 && parts[0] === "fetch failed" ? parts.slice(1) : parts;
  return (useful.join(": ") || "network error").replace(/\s*\n\s*/g, " ");
}

/** "503 Service Unavailable" from a response, for one-line reasons. */
export function describeStatus(response: Response): string {
  return `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
