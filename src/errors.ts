/** Errors meant for the user: a one-line message, the file and line when known, and an exit code. */
export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly exitCode: number;

  constructor(message: string, options: { file?: string; line?: number; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UserError";
    this.file = options.file;
    this.line = options.line;
    this.exitCode = options.exitCode ?? 2;
  }

  /** "file:line: message", the form every surface prints. */
  oneLine(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    return `${where}${this.message}`.replace(/\s*\n\s*/g, " ");
  }
}

/** Thrown by network clients when a registry or API cannot be reached or refuses; becomes a `skipped` entry. */
export class UnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UnavailableError";
  }
}

/** JSON.parse with a one-line UserError naming the file and line on malformed input. */
export function parseJsonFile<T = unknown>(text: string, file: string): T {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : undefined;
    throw new UserError(`malformed JSON: ${message.split("\n")[0]}`, { file, line });
  }
}
