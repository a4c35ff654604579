/**
 * The progress line on stderr. On a terminal: one line rewritten in place, the current step and its elapsed time,
 * ticking while a slow step runs. Elsewhere (CI logs): a line when a step starts, and its time when it took over a second.
 */

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface ProgressReporter {
  update(message: string): void;
  /** Ends the current step and clears the line. */
  done(): void;
}

/** Steps shorter than this are not timed in logs. */
const SLOW_MS = 1000;
const TICK_MS = 250;

/** "fetching packuments 12/40" is the counter of the step "fetching packuments". */
function stepOf(message: string): string {
  return message.replace(/\s*\d+\/\d+$/, "");
}

export function progressReporter(stderr: ProgressStream, clock: () => number = Date.now): ProgressReporter {
  let step = "";
  let message = "";
  let started = 0;
  let shown = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const seconds = () => ((clock() - started) / 1000).toFixed(1);

  const draw = () => {
    stderr.write(`\r\u001b[2K${message} (${seconds()}s)`);
    shown = true;
  };
  const finishStep = () => {
    if (!step) return;
    if (!stderr.isTTY && clock() - started >= SLOW_MS) stderr.write(`mcp-trust: ${step}: ${seconds()}s\n`);
    step = "";
  };

  return {
    update(next) {
      const nextStep = stepOf(next);
      if (nextStep !== step) {
        finishStep();
        step = nextStep;
        started = clock();
        if (!stderr.isTTY) stderr.write(`mcp-trust: ${next}\n`);
      }
      message = next;
      if (stderr.isTTY) {
        draw();
        if (!timer) {
          timer = setInterval(draw, TICK_MS);
          timer.unref?.();
        }
      }
    },
    done() {
      finishStep();
      if (timer) clearInterval(timer);
      timer = undefined;
      if (shown) stderr.write("\r\u001b[2K");
      shown = false;
    },
  };
}
