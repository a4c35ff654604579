/** The package-verification dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";

export const PACKAGE_VERIFICATION_RULES: readonly Rule[] = [];

export const PACKAGE_VERIFICATION_DIMENSION: DimensionDefinition = { id: "package-verification", implemented: PACKAGE_VERIFICATION_RULES.length > 0 };
