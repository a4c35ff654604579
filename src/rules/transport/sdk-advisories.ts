/** The dated table of MCP SDK advisories in data/mcp-sdk-advisories.json, loaded once and checked for shape. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseJsonFile, UserError } from "../../errors.js";

export interface SdkAdvisory {
  id: string;
  aliases: string[];
  summary: string;
  fixed: string;
}

export interface SdkAdvisoryTable {
  source: string;
  date: string;
  sdks: { package: string; ecosystem: "npm" | "pypi"; advisories: SdkAdvisory[] }[];
}

const TABLE_URL = new URL("../../../data/mcp-sdk-advisories.json", import.meta.url);
let table: SdkAdvisoryTable | undefined;

export function sdkAdvisoryTable(): SdkAdvisoryTable {
  if (table) return table;
  const path = fileURLToPath(TABLE_URL);
  const data = parseJsonFile<SdkAdvisoryTable>(readFileSync(path, "utf8"), path);
  if (typeof data.source !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(String(data.date)) || !Array.isArray(data.sdks))
    throw new UserError("the SDK advisory table needs source, date (YYYY-MM-DD) and sdks", { file: path });
  table = data;
  return table;
}

/** The advisories a version is still exposed to, and the lowest version that fixes them all. */
export function openAdvisories(
  packageName: string,
  isBelow: (version: string, fixed: string) => boolean,
  version: string,
): { advisories: SdkAdvisory[]; fixedIn?: string } {
  const sdk = sdkAdvisoryTable().sdks.find((s) => s.package === packageName);
  const advisories = (sdk?.advisories ?? []).filter((a) => isBelow(version, a.fixed));
  const fixedIn = advisories.map((a) => a.fixed).reduce<string | undefined>((max, v) => (max === undefined || isBelow(max, v) ? v : max), undefined);
  return fixedIn === undefined ? { advisories } : { advisories, fixedIn };
}
