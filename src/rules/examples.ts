/** Every rule's documented examples, by rule id: the source of docs/rules/<dimension>/<rule>.md (with the rule's own metadata). */
import { CODE_EXAMPLES } from "./code/examples.js";
import type { RuleExamples } from "./example-files.js";
import { PACKAGE_VERIFICATION_EXAMPLES } from "./package-verification/examples.js";
import { REMOTE_ENDPOINT_EXAMPLES } from "./remote-endpoint/examples.js";
import { SUPPLY_CHAIN_EXAMPLES } from "./supply-chain/examples.js";
import { TRANSPORT_EXAMPLES } from "./transport/examples.js";

export const RULE_EXAMPLES: Record<string, RuleExamples> = {
  ...SUPPLY_CHAIN_EXAMPLES,
  ...PACKAGE_VERIFICATION_EXAMPLES,
  ...CODE_EXAMPLES,
  ...REMOTE_ENDPOINT_EXAMPLES,
  ...TRANSPORT_EXAMPLES,
};
