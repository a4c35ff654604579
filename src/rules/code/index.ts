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
import { unanalysableCode } from "./unanalysable-code.js";

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
  unanalysableCode,
];

export const CODE_DIMENSION: DimensionDefinition = {
  id: "code",
  implemented: CODE_RULES.length > 0,
  // A server file the analysis could not read (too large, too deep) is still code to judge: partial, not absent.
  applicable: (snapshot) => snapshot.code.modules.length > 0 || (snapshot.unanalysed ?? []).some((f) => f.runtime),
};
