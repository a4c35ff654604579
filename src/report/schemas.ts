/** The shipped JSON Schemas (schema/*.schema.json, draft 2020-12) compiled with ajv: a report or delta checked against its contract. */
import { readFileSync } from "node:fs";
import AjvModule, { type ValidateFunction } from "ajv/dist/2020.js";

export type SchemaName = "report" | "delta" | "config";

export function schemaUrl(name: SchemaName): URL {
  return new URL(`../../schema/${name}.schema.json`, import.meta.url);
}

let validators: Record<SchemaName, ValidateFunction> | undefined;

function compile(): Record<SchemaName, ValidateFunction> {
  const ajv = new AjvModule.default({ allErrors: true, strict: true, allowUnionTypes: true });
  const load = (name: SchemaName) => JSON.parse(readFileSync(schemaUrl(name), "utf8")) as Record<string, unknown>;
  const report = load("report");
  const delta = load("delta");
  const config = load("config");
  ajv.addSchema(report);
  ajv.addSchema(delta);
  return { report: ajv.getSchema(String(report["$id"]))!, delta: ajv.getSchema(String(delta["$id"]))!, config: ajv.compile(config) };
}

/** The violations, one line each ("/findings/0/severity must be equal to one of the allowed values"); empty when valid. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  validators ??= compile();
  const validate = validators[name];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? ` (${String(e.params["additionalProperty"])})` : ""}`);
}
