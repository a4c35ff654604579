/** The JSON report (schemaVersion 1) and the JSON delta, as stable, pretty-printed text. */
import type { Delta, Report } from "../model.js";

export function renderJson(report: Report | Delta): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
