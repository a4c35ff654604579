/** Reads the dated reference data shipped in data/ (popular npm and PyPI names, the MCP SDK advisory table, option-parsing programs) once per process. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseJsonFile, UserError } from "../errors.js";
import type { OptionEffect, OptionProgram, OptionProgramTable, ProgramOption, ReferenceData, SdkAdvisoryTable } from "../model.js";

// src/facts/ and build/facts/ both sit two levels below the repository root.
const DATA = new URL("../../data/", import.meta.url);

let data: ReferenceData | undefined;

export function readReferenceData(): ReferenceData {
  data ??= {
    popularNpm: {
      names: readList("popular-npm.txt"),
      establishedScopes: readList("established-npm-scopes.txt"),
      exceptions: [...readList("typosquat-exceptions.txt"), ...readList("established-npm-names.txt")],
    },
    popularPypi: { names: readList("popular-pypi.txt"), exceptions: readList("established-pypi-names.txt") },
    sdkAdvisories: readSdkAdvisories(),
    optionPrograms: readOptionPrograms(),
  };
  return data;
}

function readList(file: string): string[] {
  return listedNames(readFileSync(new URL(file, DATA), "utf8"));
}

/** One name a line; `#` starts a comment. */
export function listedNames(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim().toLowerCase())
    .filter((line) => line !== "");
}

/** data/mcp-sdk-advisories.json, checked for shape. */
function readSdkAdvisories(): SdkAdvisoryTable {
  const path = fileURLToPath(new URL("mcp-sdk-advisories.json", DATA));
  const table = parseJsonFile<SdkAdvisoryTable>(readFileSync(path, "utf8"), path);
  if (typeof table.source !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(String(table.date)) || !Array.isArray(table.sdks))
    throw new UserError("the SDK advisory table needs source, date (YYYY-MM-DD) and sdks", { file: path });
  return table;
}

const EFFECTS: ReadonlySet<string> = new Set<OptionEffect>(["execute", "write", "read", "redirect"]);

/** data/option-programs.json: options are written as [option, effect, what] triples to keep the table readable. */
function readOptionPrograms(): OptionProgramTable {
  const path = fileURLToPath(new URL("option-programs.json", DATA));
  return parseOptionPrograms(readFileSync(path, "utf8"), path);
}

export function parseOptionPrograms(text: string, path: string): OptionProgramTable {
  const raw = parseJsonFile<{ source?: unknown; date?: unknown; programs?: unknown }>(text, path);
  const fail = (why: string): never => {
    throw new UserError(`the option-program table ${why}`, { file: path });
  };
  if (typeof raw.source !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(String(raw.date)) || !Array.isArray(raw.programs)) fail("needs source, date (YYYY-MM-DD) and programs");
  const options = (list: unknown, where: string): ProgramOption[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) return fail(`has a non-list of options in ${where}`);
    return list.map((entry) => {
      if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((e) => typeof e === "string") || !String(entry[0]).startsWith("-") || !EFFECTS.has(entry[1] as string))
        return fail(`has a malformed option in ${where}: ${JSON.stringify(entry)}`);
      return { option: entry[0] as string, effect: entry[1] as OptionEffect, what: entry[2] as string };
    });
  };
  const programs = (raw.programs as unknown[]).map((p): OptionProgram => {
    const entry = (p ?? {}) as Record<string, unknown>;
    if (typeof entry["name"] !== "string") return fail("has a program with no name");
    const name = entry["name"];
    const subcommands: Record<string, ProgramOption[]> = {};
    for (const [sub, list] of Object.entries((entry["subcommands"] ?? {}) as Record<string, unknown>)) subcommands[sub] = options(list, `${name} ${sub}`);
    return {
      name,
      aliases: Array.isArray(entry["aliases"]) ? entry["aliases"].filter((a): a is string => typeof a === "string") : [],
      permutes: entry["permutes"] !== false,
      endOfOptions: Array.isArray(entry["endOfOptions"]) ? entry["endOfOptions"].filter((a): a is string => typeof a === "string") : ["--"],
      options: options(entry["options"], name),
      subcommands,
    };
  });
  return { source: raw.source as string, date: raw.date as string, programs };
}
