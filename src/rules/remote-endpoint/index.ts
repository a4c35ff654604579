/** The remote-endpoint dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";

export const REMOTE_ENDPOINT_RULES: readonly Rule[] = [];

export const REMOTE_ENDPOINT_DIMENSION: DimensionDefinition = { id: "remote-endpoint", implemented: REMOTE_ENDPOINT_RULES.length > 0 };
