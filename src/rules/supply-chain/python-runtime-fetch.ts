/** runtime-fetch-execute in Python modules: `subprocess.run(["uvx", "pkg"])`, `pip install pkg`, `uv run --with pkg`, `os.system("curl … | sh")`. */
import type { Draft, Snapshot } from "../../model.js";
import { argvHazard, scriptHazard } from "./command-hazard.js";

export function pythonRuntimeFetches(snapshot: Snapshot): Draft[] {
  // A name the project itself requires is installed with it: `python -m pip install` of it finds it there.
  const installed = new Set((snapshot.python ?? []).flatMap((p) => p.manifests.flatMap((m) => m.requirements.filter((r) => r.scope === "runtime").map((r) => r.name))));
  const drafts: Draft[] = [];
  for (const command of snapshot.code.pythonCommands) {
    const hazard = command.argv ? argvHazard(command.argv, installed) : command.script !== undefined ? scriptHazard(command.script, installed) : undefined;
    if (!hazard) continue;
    const shown = command.argv ? command.argv.map((w) => w ?? "…").join(" ") : command.script!;
    const how = command.api.endsWith("StdioServerParameters") ? "Starts a stdio MCP server with" : command.script !== undefined ? "Runs the shell command" : "Spawns";
    drafts.push({
      message: `${how} \`${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}\` (${command.api}): ${hazard}`,
      location: { path: command.path, startLine: command.line },
      evidence: command.evidence,
    });
  }
  return drafts;
}
