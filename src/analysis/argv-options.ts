/**
 * Which elements of a program's argument vector the program can read as options (CWE-88): an element whose text
 * can start with `-`, before any `--`, where the program parses options there. Pure: elements in, positions out.
 */
import type { OptionProgram, OptionProgramTable, ProgramOption } from "../model.js";

/** A piece of one argv element: literal text the code fixes, or a hole filled at run time. */
export type ArgvPart<T> = { text: string } | { hole: T };

/**
 * One element of the vector: its parts, or a spread of an array the analysis cannot count (`...args`). `paired` marks
 * an element written in the same array literal or push() right after the one before it (`push("-n", ns)`), where a
 * literal option before it takes it as its value.
 */
export type ArgvElement<T> = { parts: ArgvPart<T>[]; paired?: boolean } | { spread: T };

export interface OptionPosition<T> {
  /** Index of the element in the vector. */
  index: number;
  /** What fills the start of the element. */
  hole: T;
  /** The subcommand in force there (`log` in `git log <ref>`), when the vector names one. */
  subcommand?: string;
}

/** The table entry for a program as the code names it: `git`, `/usr/bin/git`, `git.exe`, `C:\\Git\\git.cmd`. */
export function optionProgram(table: OptionProgramTable, program: string): OptionProgram | undefined {
  const base = programBaseName(program);
  return table.programs.find((p) => p.name === base || p.aliases.includes(base));
}

export function programBaseName(program: string): string {
  return (program.split(/[\\/]/).pop() ?? program).replace(/\.(?:exe|cmd|bat|com)$/i, "").toLowerCase();
}

/**
 * The elements the program can take as options: the element starts with a hole (or is a spread), no end-of-options
 * marker precedes it, it is not the value of a literal option written right before it, and (for programs that stop
 * at the first operand) no literal operand precedes it.
 */
export function optionPositions<T>(elements: readonly ArgvElement<T>[], program: OptionProgram): OptionPosition<T>[] {
  const out: OptionPosition<T>[] = [];
  let subcommand: string | undefined;
  let previousLiteral: string | undefined;
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!;
    if ("spread" in element) {
      out.push({ index, hole: element.spread, ...(subcommand ? { subcommand } : {}) });
      previousLiteral = undefined;
      continue;
    }
    const text = literalText(element.parts);
    if (text !== undefined) {
      if (program.endOfOptions.includes(text)) return out;
      const valueOfPrevious = element.paired === true && previousLiteral !== undefined && takesValue(previousLiteral);
      if (!text.startsWith("-") && !valueOfPrevious) {
        if (subcommand === undefined && Object.keys(program.subcommands).length > 0) subcommand = text;
        else if (!program.permutes) return out;
      }
      previousLiteral = text;
      continue;
    }
    previousLiteral = undefined;
    const first = leadingHole(element.parts);
    if (first === undefined) continue;
    // `push("-n", namespace)`: the value of the option written right before it, however it starts.
    const previous = elements[index - 1];
    if (element.paired === true && previous && "parts" in previous) {
      const before = literalText(previous.parts);
      if (before !== undefined && takesValue(before)) continue;
    }
    out.push({ index, hole: first, ...(subcommand ? { subcommand } : {}) });
    if (!program.permutes) return out;
  }
  return out;
}

/** The options that apply at a position: the program's own plus its subcommand's. */
export function applicableOptions(program: OptionProgram, subcommand: string | undefined): ProgramOption[] {
  return [...program.options, ...(subcommand ? (program.subcommands[subcommand] ?? []) : [])];
}

/** The option that does the most harm among those that apply: one that executes, then writes, then reads, then redirects. */
export function worstOption(options: readonly ProgramOption[]): ProgramOption | undefined {
  const rank = { execute: 4, write: 3, read: 2, redirect: 1 } as const;
  let worst: ProgramOption | undefined;
  for (const option of options) if (!worst || rank[option.effect] > rank[worst.effect]) worst = option;
  return worst;
}

/**
 * True when a regular expression's source only matches text that cannot start with `-`: anchored at the start, and its
 * first atom is a character or class without `-` (`^[a-z0-9]`, `^\w`, `^[^-]`). Unanchored or starting with a group,
 * `.`, `\S`, `\W` or a class holding `-` (`^[\w-]+$`) it can.
 */
export function patternForbidsLeadingDash(source: string): boolean {
  if (!source.startsWith("^")) return false;
  const rest = source.slice(1);
  if (rest.startsWith("(?!-)") || rest.startsWith("(?!\\-)")) return true;
  // `^(?:main|dev)$`: a group of alternatives that each start with a plain character.
  const group = /^\((?:\?:)?([^()]*)\)/.exec(rest);
  if (group) return group[1]!.split("|").every((alternative) => alternative !== "" && patternForbidsLeadingDash(`^${alternative}`));
  if (rest.startsWith("[^")) {
    const body = classBody(rest.slice(2));
    return body !== undefined && classHoldsDash(body);
  }
  if (rest.startsWith("[")) {
    const body = classBody(rest.slice(1));
    return body !== undefined && !classHoldsDash(body) && !/\\[SWDsP]|\\p/.test(body);
  }
  if (/^\\[wdA-Z]/.test(rest)) return /^\\[wd]/.test(rest);
  if (rest.startsWith("\\")) return rest[1] !== "-" && /^\\[^a-zA-Z0-9]/.test(rest);
  const first = rest[0];
  return first !== undefined && !"-.([|?*+{$".includes(first);
}

/** The body of a character class up to its closing `]` (escapes kept), or undefined when unterminated. */
function classBody(text: string): string | undefined {
  let i = text.startsWith("]") ? 1 : 0;
  for (; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "]") return text.slice(0, i);
  }
  return undefined;
}

/** A class body holds `-` as a member: escaped, first or last, or inside a range such as `!-/` or ` -~`. */
function classHoldsDash(body: string): boolean {
  if (body.includes("\\-") || body.startsWith("-") || body.endsWith("-")) return true;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\") {
      chars.push(body.slice(i, i + 2));
      i++;
    } else chars.push(body[i]!);
  }
  for (let i = 1; i + 1 < chars.length; i++) {
    if (chars[i] !== "-") continue;
    const low = chars[i - 1]!;
    const high = chars[i + 1]!;
    if (low.length === 1 && high.length === 1 && low <= "-" && high >= "-") return true;
  }
  return false;
}

/** `-n`, `--context` (no `=`): an option that can take the next element as its value. */
function takesValue(option: string): boolean {
  return /^--?[A-Za-z0-9][\w.-]*$/.test(option) && !option.includes("=");
}

function literalText<T>(parts: readonly ArgvPart<T>[]): string | undefined {
  let text = "";
  for (const part of parts) {
    if (!("text" in part)) return undefined;
    text += part.text;
  }
  return text;
}

/** The hole the element starts with, skipping empty literal text; undefined when literal text comes first. */
function leadingHole<T>(parts: readonly ArgvPart<T>[]): T | undefined {
  for (const part of parts) {
    if ("text" in part) {
      if (part.text === "") continue;
      return undefined;
    }
    return part.hole;
  }
  return undefined;
}
