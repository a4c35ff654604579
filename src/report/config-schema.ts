/** schema/config.schema.json's list of rule ids, generated from the catalogue (so editors complete them and typos are caught). */
import { RULES } from "../rules/index.js";

/** The schema text with `$defs.ruleId.enum` set to every rule id of the catalogue, in catalogue order. */
export function withRuleIds(schemaText: string): string {
  const schema = JSON.parse(schemaText) as { $defs: { ruleId: { enum: string[] } } };
  schema.$defs.ruleId.enum = RULES.map((r) => r.id);
  return `${JSON.stringify(schema, null, 2)}\n`;
}
