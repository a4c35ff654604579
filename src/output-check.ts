/**
 * A seam for checking every report and delta the pipeline builds: unset in production; the test suite sets it
 * (test/helpers/schema-hook.ts) to validate each one against the shipped JSON Schemas.
 */

export type OutputKind = "report" | "delta";
export type OutputCheck = (kind: OutputKind, value: unknown) => void;

let current: OutputCheck | undefined;

export function setOutputCheck(check: OutputCheck | undefined): void {
  current = check;
}

export function checkOutput(kind: OutputKind, value: unknown): void {
  current?.(kind, value);
}
