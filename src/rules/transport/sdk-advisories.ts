/** Which advisories of the MCP SDK table (snapshot.reference.sdkAdvisories) a version is still exposed to. */
import type { SdkAdvisory, SdkAdvisoryTable } from "../../model.js";

/** The advisories a version is still exposed to, and the lowest version that fixes them all. */
export function openAdvisories(
  table: SdkAdvisoryTable,
  packageName: string,
  isBelow: (version: string, fixed: string) => boolean,
  version: string,
): { advisories: SdkAdvisory[]; fixedIn?: string } {
  const sdk = table.sdks.find((s) => s.package === packageName);
  const advisories = (sdk?.advisories ?? []).filter((a) => isBelow(version, a.fixed));
  const fixedIn = advisories.map((a) => a.fixed).reduce<string | undefined>((max, v) => (max === undefined || isBelow(max, v) ? v : max), undefined);
  return fixedIn === undefined ? { advisories } : { advisories, fixedIn };
}
