/** Reads the dated reference data shipped in data/ (popular npm and PyPI names, the MCP SDK advisory table) once per process. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseJsonFile, UserError } from "../errors.js";
import type { ReferenceData, SdkAdvisoryTable } from "../model.js";

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
