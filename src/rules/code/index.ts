/** The code dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";

export const CODE_RULES: readonly Rule[] = [];

export const CODE_DIMENSION: DimensionDefinition = { id: "code", implemented: CODE_RULES.length > 0 };
