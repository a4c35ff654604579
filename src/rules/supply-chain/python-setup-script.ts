/**
 * own-install-script for Python: setup.py runs at every build and every install from source. Spawning processes or
 * reaching the network there is high; fetching code and running it (a download then exec, `pip install` of more
 * packages, curl | sh) is critical.
 */
import type { Draft, SetupScriptCall, Snapshot } from "../../model.js";
import { pythonManifests } from "./python-declared.js";
import { remoteCodeExecution } from "./shell-command.js";

/** Installers whose run fetches packages and executes their build code. */
const INSTALLERS = /^(?:pip3?|uv|python3?|easy_install|poetry|pipx)$/;

export function pythonSetupScripts(snapshot: Snapshot): Draft[] {
  const drafts: Draft[] = [];
  for (const manifest of pythonManifests(snapshot)) {
    const calls = manifest.setupCalls ?? [];
    if (manifest.format !== "setup.py" || calls.length === 0) continue;
    const downloads = calls.filter((c) => c.kind === "network");
    const execs = calls.filter((c) => c.kind === "exec");
    const spawns = calls.filter((c) => c.kind === "spawn");
    const remoteSpawn = spawns.map((c) => ({ call: c, why: remoteCommand(c) })).find((x) => x.why !== undefined);
    const worst: { call: SetupScriptCall; why: string; critical: boolean } =
      remoteSpawn ? { call: remoteSpawn.call, why: remoteSpawn.why!, critical: true }
      : downloads.length > 0 && execs.length > 0 ? { call: execs[0]!, why: `downloads (${downloads[0]!.callee}, line ${downloads[0]!.line}) and runs text as code (${execs[0]!.callee})`, critical: true }
      : spawns[0] ? { call: spawns[0], why: `spawns a process (${spawns[0].callee})`, critical: false }
      : downloads[0] ? { call: downloads[0], why: `reaches the network (${downloads[0].callee})`, critical: false }
      : { call: execs[0]!, why: `runs non-literal text as code (${execs[0]!.callee})`, critical: false };
    const others = calls.length > 1 ? ` It makes ${calls.length} such calls (${[...new Set(calls.map((c) => c.callee))].join(", ")}).` : "";
    drafts.push({
      ...(worst.critical ? { severity: "critical" as const } : {}),
      message:
        `${manifest.path} ${worst.why} at line ${worst.call.line}: setup.py runs on every install from source and every build, with the installing user's rights` +
        `${worst.critical ? ", so it hands the install to whoever controls the code it fetches" : ""}.${others} ` +
        `Move the work out of setup.py (declare build requirements in pyproject.toml, ship generated files), and never fetch code at build time.`,
      location: { path: manifest.path, startLine: worst.call.line },
      evidence: `${manifest.path}: ${worst.call.callee}`,
    });
  }
  return drafts;
}

/** Why a spawned command fetches and runs code: a shell pipeline that does, or an installer pulling in more packages. */
function remoteCommand(call: SetupScriptCall): string | undefined {
  const words = call.command;
  if (!words || words.length === 0) return undefined;
  const line = words.length === 1 ? words[0]! : words.join(" ");
  const remote = remoteCodeExecution(line);
  if (remote) return `runs \`${line.slice(0, 80)}\`, which ${remote}`;
  const argv = words.length === 1 ? line.split(/\s+/) : words;
  const program = argv[0]?.split("/").pop() ?? "";
  const installs = INSTALLERS.test(program) && (argv.includes("install") || (argv.includes("-m") && argv.includes("pip") && argv.includes("install")));
  return installs ? `runs \`${line.slice(0, 80)}\`, which downloads packages and runs their build code` : undefined;
}
