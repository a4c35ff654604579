import { colorEnabled } from "../../src/cli/color.js";
import { progressReporter } from "../../src/cli/progress.js";

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { out, write: (s: string) => out.push(s), isTTY };
}

describe("progressReporter", () => {
  test("in a log: one line per step, and the time of the steps that took over a second", () => {
    let now = 0;
    const s = stream(false);
    const p = progressReporter(s, () => now);
    p.update("fetching 40 packuments");
    p.update("fetching packuments 1/40");
    now = 2300;
    p.update("fetching packuments 40/40");
    p.update("checking 40 packages for advisories");
    now = 2500;
    p.update("analysing 12 files");
    now = 4000;
    p.done();
    expect(s.out).toEqual([
      "mcp-trust: fetching 40 packuments\n",
      "mcp-trust: fetching packuments 1/40\n",
      "mcp-trust: fetching packuments: 2.3s\n",
      "mcp-trust: checking 40 packages for advisories\n",
      "mcp-trust: analysing 12 files\n",
      "mcp-trust: analysing 12 files: 1.5s\n",
    ]);
  });

  test("on a terminal: one line rewritten in place with the step's elapsed time, cleared at the end", () => {
    let now = 0;
    const s = stream(true);
    const p = progressReporter(s, () => now);
    p.update("fetching packuments 1/40");
    now = 1200;
    p.update("fetching packuments 2/40");
    p.done();
    expect(s.out).toEqual(["\r\u001b[2Kfetching packuments 1/40 (0.0s)", "\r\u001b[2Kfetching packuments 2/40 (1.2s)", "\r\u001b[2K"]);
  });
});

describe("colorEnabled", () => {
  test.each([
    [undefined, {}, true, true],
    [undefined, { TERM: "dumb" }, true, false],
    [undefined, { NO_COLOR: "1" }, true, false],
    [undefined, { NO_COLOR: "" }, true, true],
    [undefined, { FORCE_COLOR: "1" }, false, true],
    [undefined, { FORCE_COLOR: "false" }, true, false],
    [false, { FORCE_COLOR: "1" }, true, false],
    [true, { NO_COLOR: "1" }, false, true],
  ])("flag %s, env %j, tty %s → %s", (flag, env, tty, expected) => {
    expect(colorEnabled(flag, env, tty)).toBe(expected);
  });
});
