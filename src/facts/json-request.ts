/** One JSON request with a deadline and a single retry on a network error or a 5xx, for the PyPI and OSV clients. */
import { UnavailableError } from "../errors.js";
import { RequestFailure, describeStatus, withDeadline } from "./http-request.js";

export interface JsonRequestOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  method?: "GET" | "POST";
  body?: unknown;
  /** Bytes past which the body is refused (a hostile or broken server cannot exhaust memory). */
  maxBytes?: number;
}

export type JsonResponse = { status: 200; body: unknown } | { status: 404 };

type Attempt = JsonResponse | { reason: string; retry: boolean };

/** GETs or POSTs JSON; a 404 is an answer, anything else that is not 2xx JSON becomes an UnavailableError naming `what`. */
export async function requestJson(url: string, what: string, options: JsonRequestOptions = {}): Promise<JsonResponse> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const once = async (): Promise<Attempt> => {
    try {
      return await withDeadline(timeoutMs, async (signal) => {
        const response = await fetchImpl(url, {
          method: options.method ?? "GET",
          headers: { accept: "application/json", ...(options.body !== undefined ? { "content-type": "application/json" } : {}) },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
          signal,
        });
        if (response.status === 404) {
          await response.body?.cancel();
          return { status: 404 as const };
        }
        if (!response.ok) {
          await response.body?.cancel();
          return { reason: `${what} answered ${describeStatus(response)}`, retry: response.status >= 500 };
        }
        const text = await response.text();
        if (text.length > maxBytes) return { reason: `${what} sent more than ${maxBytes} bytes`, retry: false };
        try {
          return { status: 200 as const, body: JSON.parse(text) as unknown };
        } catch {
          return { reason: `${what} sent malformed JSON`, retry: false };
        }
      });
    } catch (error) {
      if (!(error instanceof RequestFailure)) throw error;
      return error.timeout ? { reason: `${what} ${error.message}`, retry: false } : { reason: `${what} unreachable: ${error.message}`, retry: true };
    }
  };
  let attempt = await once();
  if ("reason" in attempt && attempt.retry) attempt = await once();
  if ("reason" in attempt) throw new UnavailableError(attempt.reason);
  return attempt;
}
