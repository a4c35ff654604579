/** code/dynamic-code-execution: eval, new Function or vm running text that is not a literal. */
import type { Rule } from "../../model.js";
import { sinkDrafts } from "./drafts.js";

export const dynamicCodeExecution: Rule = {
  id: "code/dynamic-code-execution",
  dimension: "code",
  severity: "high",
  title: "Code built at run time is executed (eval, new Function, vm)",
  rationale:
    "eval, new Function, vm.runIn*Context and Python's eval/exec run whatever text reaches them with the server's full access; " +
    "the vm module is not a security boundary. When that text is not a literal, anyone who can shape it (tool arguments, " +
    "a network response) runs code inside the server.",
  remediation: "Parse data with JSON.parse (or ast.literal_eval in Python) instead of evaluating it, and map names to functions with a lookup table.",
  check: (snapshot) => sinkDrafts(snapshot, "dynamic-code-execution"),
};
