/** supply-chain/own-install-script: the server's own preinstall/install/postinstall hooks, critical when they fetch and run remote code. */
import { snippet } from "../../analysis/ast.js";
import { jsonKeyLine } from "../../json-key-line.js";
import type { Draft, Rule, Snapshot } from "../../model.js";
import { describeUnpinnedFetch, installedPackageNames, unpinnedFetches } from "./package-runner.js";
import { flattenCommands, programName, remoteCodeExecution } from "./shell-command.js";
import { pythonSetupScripts } from "./python-setup-script.js";

/** The hooks npm, pnpm, yarn and bun run when a user installs the package from the registry (prepare runs only for git installs). */
const INSTALL_HOOKS = ["preinstall", "install", "postinstall"] as const;

/** Programs whose first non-flag argument is a file they run. */
const FILE_RUNNERS = new Set(["node", "nodejs", "bun", "deno", "tsx", "ts-node", "sh", "bash", "zsh", "dash", "python", "python3", "perl", "ruby", "pwsh", "powershell"]);

export const ownInstallScript: Rule = {
  id: "supply-chain/own-install-script",
  dimension: "supply-chain",
  severity: "high",
  title: "The package runs its own install script",
  rationale:
    "A preinstall, install or postinstall hook runs with the user's privileges the moment the server is installed, " +
    "before anyone has started it or read its code; a hook that downloads and runs code hands the install to whoever " +
    "controls that URL or package today. A Python server's setup.py runs the same way on every install from source.",
  remediation:
    "Remove the install hook: ship built files in the package, or do the work lazily at first run where it can be " +
    "reviewed. If a hook is unavoidable, keep it to files inside the package and never fetch code from the network in it. " +
    "For Python, keep setup.py declarative (or drop it for pyproject.toml): no processes, downloads or exec at build time.",
  ecosystems: ["npm", "pypi"],
  check(snapshot) {
    const manifest = snapshot.manifest;
    if (!manifest) return pythonSetupScripts(snapshot);
    const scripts = stringScripts(manifest.data.scripts);
    const installed = installedPackageNames(manifest);
    const drafts: Draft[] = [];
    for (const hook of INSTALL_HOOKS) {
      const script = scripts[hook];
      if (script === undefined || script.trim() === "") continue;
      const line = jsonKeyLine(manifest.text, hook, "scripts");
      const location = line === undefined ? { path: manifest.path } : { path: manifest.path, startLine: line };
      const evidence = `${hook}: ${snippet(script)}`;
      const analysis = analyseScript(script, scripts, installed);
      const via = analysis.via.length > 0 ? ` (through ${analysis.via.map((s) => `"${s}"`).join(" → ")})` : "";
      if (analysis.remote) {
        drafts.push({
          severity: "critical",
          message:
            `The ${hook} script \`${snippet(script, 80)}\`${via} ${analysis.remote}: every install of the package downloads ` +
            `code that is not in it and runs it. Remove the hook, or ship the code in the package and pin what it uses.`,
          location,
          evidence,
        });
      } else if (analysis.files.length > 0) {
        const files = analysis.files.join(", ");
        drafts.push({
          message:
            `The ${hook} script \`${snippet(script, 80)}\`${via} runs ${files} on every install of the package. Review ${files}; ` +
            `if it can run at first start instead, remove the hook.`,
          location,
          evidence,
        });
      } else {
        drafts.push({
          message: `The ${hook} script \`${snippet(script, 80)}\`${via} runs on every install of the package. Remove it if the package can work without it.`,
          location,
          evidence,
        });
      }
    }
    drafts.push(...nativeBuild(snapshot, scripts));
    return [...drafts, ...pythonSetupScripts(snapshot)];
  },
};

function stringScripts(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

interface ScriptAnalysis {
  /** How the script fetches and runs remote code, if it does. */
  remote?: string;
  /** Local files the script runs. */
  files: string[];
  /** The package.json scripts the hook went through (`npm run setup`) to reach what it runs. */
  via: string[];
}

/** What a hook runs, following `npm run <script>` into the scripts it names. */
function analyseScript(script: string, scripts: Record<string, string>, installed: ReadonlySet<string>, via: string[] = []): ScriptAnalysis {
  const remote = remoteCodeExecution(script);
  if (remote) return { remote, files: [], via };
  const files: string[] = [];
  for (const argv of flattenCommands(script)) {
    const fetch = unpinnedFetches(argv, installed)[0];
    if (fetch) return { remote: `runs \`${argv.join(" ")}\`: ${describeUnpinnedFetch(fetch)} from the registry at install time`, files: [], via };
    const target = scriptTarget(argv, scripts);
    if (target && !via.includes(target) && via.length < 5) {
      const inner = analyseScript(scripts[target]!, scripts, installed, [...via, target]);
      if (inner.remote) return inner;
      files.push(...inner.files);
      continue;
    }
    const file = fileRun(argv);
    if (file && !files.includes(file)) files.push(file);
  }
  return { files, via };
}

/** The package.json script a command runs (`npm run x`, `yarn x`, `pnpm run x`, `bun run x`), if it is one. */
function scriptTarget(argv: readonly string[], scripts: Record<string, string>): string | undefined {
  const program = programName(argv[0]);
  if (!program || !["npm", "yarn", "pnpm", "bun"].includes(program)) return undefined;
  const words = argv.slice(1).filter((w) => !w.startsWith("-"));
  const [first, second] = words;
  const name = first === "run" || first === "run-script" ? second : program === "yarn" || program === "pnpm" ? first : undefined;
  return name !== undefined && Object.hasOwn(scripts, name) ? name : undefined;
}

/** The local file a command runs: `node scripts/x.js`, `sh ./setup.sh`, `./install.sh`, `node-gyp rebuild`. */
function fileRun(argv: readonly string[]): string | undefined {
  const program = programName(argv[0]);
  if (!program) return undefined;
  if (program === "node-gyp" || program === "prebuild-install" || program === "node-pre-gyp") return `a native build (${argv.join(" ")})`;
  if (/^\.{1,2}\//.test(argv[0]!)) return argv[0];
  if (!FILE_RUNNERS.has(program)) return undefined;
  const args = argv.slice(1).filter((w) => !w.startsWith("-"));
  const file = program === "deno" && args[0] === "run" ? args[1] : args[0];
  return file !== undefined && /[./]/.test(file) ? file : undefined;
}

/** npm runs `node-gyp rebuild` for a root binding.gyp when no install or preinstall hook is set (unless gypfile is false). */
function nativeBuild(snapshot: Snapshot, scripts: Record<string, string>): Draft[] {
  const manifest = snapshot.manifest;
  if (!manifest || manifest.data.gypfile === false || scripts.install || scripts.preinstall) return [];
  if (!snapshot.files.some((f) => f.path === "binding.gyp")) return [];
  return [
    {
      message:
        "binding.gyp at the package root makes npm run `node-gyp rebuild` on every install, compiling native code on the " +
        "user's machine. Ship prebuilt binaries (optionalDependencies per platform) or set \"gypfile\": false if the build is not needed at install.",
      location: { path: "binding.gyp", startLine: 1 },
      evidence: "binding.gyp",
    },
  ];
}
