/** The Action's gate: inputs win over the scanned tree's config, as command-line flags do in the CLI; fail-on critical by default. */
import { resolveGate, type Gate } from "../gate.js";
import type { Config } from "../model.js";
import type { ActionInputs } from "./inputs.js";

export function actionGateOptions(inputs: Pick<ActionInputs, "failUnder" | "failOn">, config: Config | undefined): Gate {
  return resolveGate([
    { failUnder: inputs.failUnder, failOn: inputs.failOn, from: "action input" },
    { failUnder: config?.failUnder, failOn: config?.failOn, from: config?.source ?? "config" },
  ]);
}
