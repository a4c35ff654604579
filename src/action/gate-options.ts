/** The Action's gate thresholds: inputs win over the scanned tree's config, as command-line flags do in the CLI. */
import type { GateOptions } from "../gate.js";
import type { Config } from "../model.js";
import type { ActionInputs } from "./inputs.js";

export function actionGateOptions(inputs: Pick<ActionInputs, "failUnder" | "failOn">, config: Config | undefined): GateOptions {
  const failUnder = inputs.failUnder ?? config?.failUnder;
  const failOn = inputs.failOn ?? config?.failOn;
  return { ...(failUnder !== undefined ? { failUnder } : {}), ...(failOn !== undefined ? { failOn } : {}) };
}
