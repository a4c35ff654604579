/** The supply-chain dimension's rules, in catalogue order. */
import type { Rule } from "../../model.js";

export const SUPPLY_CHAIN_RULES: readonly Rule[] = [];
