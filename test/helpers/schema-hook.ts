/** Jest setup (setupFilesAfterEnv): every report and delta the suite builds is validated against schema/*.schema.json. */
import { setOutputCheck } from "../../src/output-check.js";
import { schemaErrors } from "../../src/report/schemas.js";

setOutputCheck((kind, value) => {
  const errors = schemaErrors(kind, value);
  if (errors.length > 0) throw new Error(`the ${kind} does not match schema/${kind}.schema.json:\n  ${errors.slice(0, 10).join("\n  ")}`);
});
