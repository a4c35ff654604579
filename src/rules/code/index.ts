/** The code dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";
import { commandInjection } from "./command-injection.js";
import { dynamicCodeExecution } from "./dynamic-code-execution.js";
import { hardcodedSecret } from "./hardcoded-secret.js";
import { pathTraversal } from "./path-traversal.js";
import { sqlInjection } from "./sql-injection.js";
import { ssrf } from "./ssrf.js";
import { tlsVerificationDisabled } from "./tls-verification-disabled.js";
import { toolDescriptionChanged } from "./tool-description-changed.js";
import { toolPoisoning } from "./tool-poisoning.js";

export const CODE_RULES: readonly Rule[] = [
  commandInjection,
  dynamicCodeExecution,
  pathTraversal,
  ssrf,
  sqlInjection,
  hardcodedSecret,
  tlsVerificationDisabled,
  toolPoisoning,
  toolDescriptionChanged,
];

export const CODE_DIMENSION: DimensionDefinition = {
  id: "code",
  implemented: CODE_RULES.length > 0,
  applicable: (snapshot) => snapshot.code.modules.length > 0,
};
