/** Whether text output gets ANSI colours: --color/--no-color, then NO_COLOR and FORCE_COLOR (no-color.org, force-color.org), then the terminal. */

export function colorEnabled(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env["NO_COLOR"]) return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "") return !["0", "false"].includes(force.toLowerCase());
  return isTTY === true && env["TERM"] !== "dumb";
}
