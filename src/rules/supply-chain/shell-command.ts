/** Splits shell command lines into commands and recognises the ones that download code and run it. */
import { programName } from "../../analysis/program-name.js";

export { programName };

export interface ShellCommand {
  /** Words after quote removal; assignments (`A=1`) and `sudo`/`env` prefixes are kept. */
  argv: string[];
  /** The operator that joins this command to the next: "|" makes them one pipeline. */
  next?: "|" | "&&" | "||" | ";" | "&";
}

const OPERATORS = ["&&", "||", "|", ";", "&", "\n"] as const;

/**
 * Splits a command line on `&&`, `||`, `|`, `;`, `&` and newlines outside quotes, and each command into words.
 * Quotes and backslashes are resolved the way sh would; substitutions are kept as text inside their word.
 */
export function splitCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let argv: string[] = [];
  let word = "";
  let inWord = false;
  const endWord = (): void => {
    if (inWord) argv.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = (operator?: ShellCommand["next"]): void => {
    endWord();
    if (argv.length > 0) commands.push(operator ? { argv, next: operator } : { argv });
    argv = [];
  };
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === "'") {
      const close = script.indexOf("'", i + 1);
      const end = close < 0 ? script.length : close;
      word += script.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      inWord = true;
      while (i < script.length && script[i] !== '"') {
        if (script[i] === "\\" && i + 1 < script.length && '"\\$`\n'.includes(script[i + 1]!)) i++;
        word += script[i]!;
        i++;
      }
      i++;
      continue;
    }
    if (c === "\\" && i + 1 < script.length) {
      if (script[i + 1] !== "\n") word += script[i + 1]!;
      inWord = true;
      i += 2;
      continue;
    }
    if (c === "$" && script[i + 1] === "(") {
      // Keep `$( … )` in one word so a substitution reads as what it is.
      const end = matchingParen(script, i + 1);
      word += script.slice(i, end + 1);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (c === "#" && !inWord) {
      const newline = script.indexOf("\n", i);
      i = newline < 0 ? script.length : newline;
      continue;
    }
    const operator = OPERATORS.find((op) => script.startsWith(op, i));
    if (operator) {
      endCommand(operator === "\n" ? ";" : operator);
      i += operator.length;
      continue;
    }
    if (c === "(" || c === ")" || ((c === "{" || c === "}") && !inWord)) {
      endCommand(";");
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      endWord();
      i++;
      continue;
    }
    word += c;
    inWord = true;
    i++;
  }
  endCommand();
  return commands;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return text.length - 1;
}


/** argv without leading `sudo`, `env`, `exec`, `command`, `time` and `NAME=value` assignments. */
export function stripPrefixes<T extends string | undefined>(argv: readonly T[]): T[] {
  let i = 0;
  while (i < argv.length) {
    const word = argv[i];
    if (word === undefined) break;
    const name = programName(word);
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++;
    else if (name === "sudo" || name === "env" || name === "exec" || name === "command" || name === "time" || name === "nohup") {
      i++;
      while (i < argv.length && argv[i]?.startsWith("-")) i++;
    } else break;
  }
  return argv.slice(i);
}

const DOWNLOADERS = new Set(["curl", "wget", "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "fetch", "aria2c"]);
const SHELLS = new Set(["sh", "bash", "zsh", "dash", "ksh", "fish", "ash"]);
const INTERPRETERS = new Set([
  ...SHELLS, "node", "nodejs", "deno", "bun", "python", "python2", "python3", "perl", "ruby", "php",
  "pwsh", "powershell", "iex", "invoke-expression", "source", ".", "eval",
]);
const INLINE_CODE_FLAGS: Record<string, readonly string[]> = {
  node: ["-e", "--eval", "-p", "--print"],
  nodejs: ["-e", "--eval", "-p", "--print"],
  bun: ["-e", "--eval", "-p", "--print"],
  python: ["-c"],
  python2: ["-c"],
  python3: ["-c"],
  perl: ["-e", "-E"],
  ruby: ["-e"],
  php: ["-r"],
};
/** Flags that make a shell run the next word as a script. */
const NESTED_SCRIPT_FLAGS: Record<string, readonly string[]> = {
  ...Object.fromEntries([...SHELLS].map((s) => [s, ["-c"]])),
  pwsh: ["-c", "-command", "-encodedcommand"],
  powershell: ["-c", "-command"],
  cmd: ["/c", "/k"],
};
const URL = /\bhttps?:\/\//i;

/** A shell command line that downloads code and runs it, described in a few words; undefined when none does. */
export function remoteCodeExecution(script: string, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  const substitution = /(?:\$\(|`|<\()\s*(curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b/i.exec(script);
  if (substitution && /\b(?:sh|bash|zsh|dash|eval|source|node|python3?|perl|ruby|iex|invoke-expression)\b|(?:^|\s)\.\s/i.test(script)) {
    return `runs the output of ${substitution[1]!.toLowerCase()} as code`;
  }
  if (/\b(?:iex|invoke-expression)\b/i.test(script) && /\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring|net\.webclient|curl|wget)\b/i.test(script)) {
    return "downloads a script with PowerShell and runs it with Invoke-Expression";
  }

  const commands = splitCommands(script).map((c) => ({ ...c, argv: stripPrefixes(c.argv) }));
  let downloaded: { url: string; files: string[] } | undefined;
  for (let i = 0; i < commands.length; i++) {
    const argv = commands[i]!.argv;
    const program = programName(argv[0]);
    if (!program) continue;

    const nested = nestedScript(program, argv);
    if (nested !== undefined) {
      const inner = remoteCodeExecution(nested, depth + 1);
      if (inner) return inner;
    }

    if (DOWNLOADERS.has(program)) {
      const runner = pipedInto(commands, i);
      if (runner) return `pipes ${program} into ${runner}`;
      const url = argv.find((w) => URL.test(w));
      if (url) downloaded = { url, files: downloadedFiles(program, argv, url) };
      continue;
    }

    const inlineFlags = INLINE_CODE_FLAGS[program];
    if (inlineFlags) {
      const code = valueAfterFlag(argv, inlineFlags);
      if (code !== undefined && URL.test(code)) return `runs ${program} inline code that loads ${firstUrl(code)}`;
    }
    if ((program === "deno" || program === "bun") && argv.slice(1).some((w) => /^https?:\/\//i.test(w))) {
      return `runs ${program} on a remote script ${argv.find((w) => /^https?:\/\//i.test(w))}`;
    }
    if (downloaded && runsDownload(program, argv, downloaded.files)) {
      return `downloads ${downloaded.url} and then runs it (${argv.join(" ")})`;
    }
  }
  return undefined;
}

/** The script a shell, PowerShell or cmd invocation runs (`bash -c "…"`), if any. */
export function nestedScript(program: string, argv: readonly string[]): string | undefined {
  const flags = NESTED_SCRIPT_FLAGS[program];
  if (!flags) return undefined;
  return valueAfterFlag(argv, flags);
}

function valueAfterFlag(argv: readonly string[], flags: readonly string[]): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (flags.includes(word.toLowerCase())) return argv.slice(i + 1).join(" ") || undefined;
    const joined = flags.find((f) => f.startsWith("--") && word.startsWith(`${f}=`));
    if (joined) return word.slice(joined.length + 1);
  }
  return undefined;
}

/** The interpreter a downloader's output is piped into, later in the same pipeline. */
function pipedInto(commands: readonly ShellCommand[], index: number): string | undefined {
  for (let j = index; j < commands.length - 1 && commands[j]!.next === "|"; j++) {
    const program = programName(commands[j + 1]!.argv[0]);
    if (program && INTERPRETERS.has(program)) return program;
  }
  return undefined;
}

/** The file names a download command writes (`-o f`, `-O`, wget's default of the URL's last segment). */
function downloadedFiles(program: string, argv: readonly string[], url: string): string[] {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    const lower = word.toLowerCase();
    if ((program === "curl" && (word === "-o" || word === "--output")) || (program === "wget" && (word === "-O" || word === "--output-document")) ||
      ((program === "iwr" || program === "invoke-webrequest") && lower === "-outfile")) {
      const next = argv[i + 1];
      if (next && next !== "-") files.push(basename(next));
    }
  }
  const urlFile = basename(url.replace(/[?#].*$/, ""));
  if (files.length === 0 && urlFile) files.push(urlFile);
  return files;
}

/** True when a command runs one of the downloaded files, or (when their names are unknown) runs some script file. */
function runsDownload(program: string, argv: readonly string[], files: readonly string[]): boolean {
  const mentions = (word: string): boolean => files.includes(basename(word));
  const args = argv.slice(1).filter((w) => !w.startsWith("-"));
  if (argv[0]!.includes("/") && mentions(argv[0]!)) return true;
  if (/^\.{1,2}\//.test(argv[0]!)) return files.length === 0;
  if (!INTERPRETERS.has(program)) return false;
  return files.length === 0 ? args.length > 0 : args.some(mentions);
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function firstUrl(text: string): string {
  return /https?:\/\/[^\s'"`)]+/i.exec(text)?.[0] ?? "a URL";
}

/** Every command of a script, including those inside `sh -c "…"`, `pwsh -Command "…"` and `cmd /c "…"`. */
export function flattenCommands(script: string, depth = 0): string[][] {
  const out: string[][] = [];
  for (const command of splitCommands(script)) {
    const argv = stripPrefixes(command.argv);
    if (argv.length === 0) continue;
    out.push(argv);
    const nested = depth < 3 ? nestedScript(programName(argv[0]) ?? "", argv) : undefined;
    if (nested !== undefined) out.push(...flattenCommands(nested, depth + 1));
  }
  return out;
}
