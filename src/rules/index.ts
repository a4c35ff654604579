/** The rule catalogue (ruleset 1) and which dimensions are built. */
import type { Rule } from "../model.js";
import { CODE_DIMENSION, CODE_RULES } from "./code/index.js";
import type { DimensionDefinition } from "./engine.js";
import { PACKAGE_VERIFICATION_DIMENSION, PACKAGE_VERIFICATION_RULES } from "./package-verification/index.js";
import { REMOTE_ENDPOINT_DIMENSION, REMOTE_ENDPOINT_RULES } from "./remote-endpoint/index.js";
import { SUPPLY_CHAIN_RULES } from "./supply-chain/index.js";
import { TRANSPORT_DIMENSION, TRANSPORT_RULES } from "./transport/index.js";

export const RULES: readonly Rule[] = [
  ...SUPPLY_CHAIN_RULES,
  ...PACKAGE_VERIFICATION_RULES,
  ...CODE_RULES,
  ...REMOTE_ENDPOINT_RULES,
  ...TRANSPORT_RULES,
];

export const DIMENSION_DEFINITIONS: readonly DimensionDefinition[] = [
  { id: "supply-chain", implemented: true },
  PACKAGE_VERIFICATION_DIMENSION,
  CODE_DIMENSION,
  REMOTE_ENDPOINT_DIMENSION,
  TRANSPORT_DIMENSION,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
