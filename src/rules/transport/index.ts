/** The transport dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";

export const TRANSPORT_RULES: readonly Rule[] = [];

export const TRANSPORT_DIMENSION: DimensionDefinition = { id: "transport", implemented: TRANSPORT_RULES.length > 0 };
