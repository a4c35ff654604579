/** code/dynamic-code-execution: eval, new Function or vm running text that is not a literal. */
import type { Draft, Rule } from "../../model.js";
import { hitsOf, originPhrase, sinkDraft, worstTrace } from "./sink-findings.js";

export const dynamicCodeExecution: Rule = {
  id: "code/dynamic-code-execution",
  dimension: "code",
  severity: "high",
  title: "Code built at run time is executed (eval, new Function, vm)",
  rationale:
    "eval, new Function, vm.runIn*Context and Python's eval/exec run whatever text reaches them with the server's full access; " +
    "the vm module is not a security boundary. When that text is not a literal, anyone who can shape it (tool arguments, " +
    "a network response) runs code inside the server. Severity follows the origin: critical for tool arguments and HTTP request " +
    "data, high for network responses and file contents, medium for argv and env, low for a value the analysis could not follow; " +
    "code a library assembles from its own literals and generated code (Emscripten glue, ajv's schema compilers) raise nothing.",
  remediation: "Parse data with JSON.parse (or ast.literal_eval in Python) instead of evaluating it, and map names to functions with a lookup table.",
  check(snapshot) {
    const drafts: Draft[] = [];
    for (const hit of hitsOf(snapshot, ["code", "module-load"])) {
      const judged = worstTrace(hit, "code");
      if (!judged) continue;
      // Loading a module by a computed name is code execution only when the model or a client picks the name.
      if (hit.kind === "module-load" && judged.trace.origin !== "tool-argument" && judged.trace.origin !== "http-request") continue;
      drafts.push(sinkDraft(hit, judged, hit.kind === "module-load" ? `${hit.api} loads a module named by ${originPhrase(judged.trace)}.` : `${hit.api} runs code built from ${originPhrase(judged.trace)}.`));
    }
    return drafts;
  },
};
