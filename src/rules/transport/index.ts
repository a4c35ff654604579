/** The transport dimension's rules, in catalogue order, and when the dimension applies. */
import type { Rule } from "../../model.js";
import type { DimensionDefinition } from "../engine.js";
import { bindsAllInterfaces } from "./binds-all-interfaces.js";
import { conformanceFailure } from "./conformance-failure.js";
import { deprecatedSseTransport } from "./deprecated-sse-transport.js";
import { invalidToolName } from "./invalid-tool-name.js";
import { missingOriginValidation } from "./missing-origin-validation.js";
import { outdatedSdk } from "./outdated-sdk.js";
import { stdioStdoutPollution } from "./stdio-stdout-pollution.js";
import { weakSessionId } from "./weak-session-id.js";

export const TRANSPORT_RULES: readonly Rule[] = [
  stdioStdoutPollution,
  missingOriginValidation,
  bindsAllInterfaces,
  deprecatedSseTransport,
  outdatedSdk,
  weakSessionId,
  conformanceFailure,
  invalidToolName,
];

export const TRANSPORT_DIMENSION: DimensionDefinition = { id: "transport", implemented: TRANSPORT_RULES.length > 0 };
